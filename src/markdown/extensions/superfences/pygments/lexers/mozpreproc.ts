/**
 * Pygments' MozPreprocHashLexer, MozPreprocPercentLexer and their XUL, JavaScript and CSS
 * DelegatingLexers (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: Mozilla's build
 * preprocessor lines (`#ifdef`, `#include`, or `%` for CSS) are lexed, all other lines are
 * `Other`, which the DelegatingLexers hand to XML, JavaScript or CSS.
 *
 *     #ifdef XP_WIN   ->   <cp>#</cp><cp>ifdef</cp> <n>XP_WIN</n>
 */
import { bygroups, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

/** The root state: a directive line starts with `marker`. */
const root = (marker: string): readonly Rule[] => [
  [`^${marker}`, 'Comment.Preproc', ['expr', 'exprstart']],
  ['.+', 'Other'],
];

const expressionStates = {
  exprstart: [
    ['(literal)(.*)', bygroups('Comment.Preproc', 'Text'), '#pop:2'],
    [
      words([
        'define', 'undef', 'if', 'ifdef', 'ifndef', 'else', 'elif', 'elifdef', 'elifndef', 'endif', 'expand', 'filter', 'unfilter',
        'include', 'includesubst', 'error',
      ]),
      'Comment.Preproc',
      '#pop',
    ],
  ],
  expr: [
    [words(['!', '!=', '==', '&&', '||']), 'Operator'],
    [String.raw`(defined)(\()`, bygroups('Keyword', 'Punctuation')],
    [String.raw`\)`, 'Punctuation'],
    ['[0-9]+', 'Literal.Number.Decimal'],
    [String.raw`__\w+?__`, 'Name.Variable'],
    [String.raw`@\w+?@`, 'Name.Class'],
    [String.raw`\w+`, 'Name'],
    [String.raw`\n`, 'Text', '#pop'],
    [String.raw`\s+`, 'Text'],
    [String.raw`\S`, 'Punctuation'],
  ],
} satisfies Record<string, readonly Rule[]>;

export const mozPreprocHashLexer: LexerDefinition = {
  name: 'mozhashpreproc',
  aliases: ['mozhashpreproc'],
  tokens: { root: root('#'), ...expressionStates },
};

/** A subclass of the hash lexer in Pygments: only its root state differs. */
export const mozPreprocPercentLexer: LexerDefinition = {
  name: 'mozpercentpreproc',
  aliases: ['mozpercentpreproc'],
  tokens: { root: root('%'), ...expressionStates },
};

export const mozPreprocXulLexer = delegatingFactory('XUL+mozpreproc', ['xul+mozpreproc'], 'xml', 'mozhashpreproc');
export const mozPreprocJavascriptLexer = delegatingFactory('Javascript+mozpreproc', ['javascript+mozpreproc'], 'javascript', 'mozhashpreproc');
// The CSS variant reads `%` lines: `#` starts CSS ids.
export const mozPreprocCssLexer = delegatingFactory('CSS+mozpreproc', ['css+mozpreproc'], 'css', 'mozpercentpreproc');
