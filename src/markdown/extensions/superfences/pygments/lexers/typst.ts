/**
 * Pygments' TypstLexer (pygments/lexers/typst.py, Pygments 2.20.0), rule for rule: markup, math
 * (`$...$`) and code (`#...`) modes as stacked states. The `start` option picks the mode a
 * block starts in (markup, code or math).
 *
 *     #let x = 1   ->   <kd>#let</kd> <nv>x</nv> <o>=</o> <mi>1</mi>
 */
import { bygroups, compileLexer, include, words, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { choiceOption } from './options.ts';

/** `+`, `/`, `=` and TypstLexer.MATH_SHORTHANDS. */
const MATH_OPERATORS = [
  '+', '/', '=', '[|', '|]', '||', '*', ':=', '::=', '...', "'", '-', '=:', '!=', '>>', '>=', '>>>', '<<', '<=',
  '<<<', '->', '|->', '=>', '|=>', '==>', '-->', '~~>', '~>', '>->', '->>', '<-', '<==', '<--', '<~~', '<~', '<-<',
  '<<-', '<->', '<=>', '<==>', '<-->', '>', '<', '~', ':', '|',
];

const definition: LexerDefinition = {
  name: 'Typst',
  aliases: ['typst'],
  tokens: {
    root: [
      include('markup'),
    ],
    // common cases going from math or markup into code mode
    into_code: [
      [words(['#let', '#set', '#show'], '', String.raw`\b`), 'Keyword.Declaration', 'inline_code'],
      [words(['#import', '#include'], '', String.raw`\b`), 'Keyword.Namespace', 'inline_code'],
      [words(['#if', '#for', '#while', '#export'], '', String.raw`\b`), 'Keyword.Reserved', 'inline_code'],
      [String.raw`#\{`, 'Punctuation', 'code'],
      [String.raw`#\(`, 'Punctuation', 'code'],
      [String.raw`(#[a-zA-Z_][a-zA-Z0-9_-]*)(\[)`, bygroups('Name.Function', 'Punctuation'), 'markup'],
      [String.raw`(#[a-zA-Z_][a-zA-Z0-9_-]*)(\()`, bygroups('Name.Function', 'Punctuation'), 'code'],
      [words(['#true', '#false', '#none', '#auto'], '', String.raw`\b`), 'Keyword.Constant'],
      [String.raw`#[a-zA-Z_][a-zA-Z0-9_]*`, 'Name.Variable'],
      [String.raw`#0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`#0b[01]+`, 'Literal.Number.Bin'],
      [String.raw`#0o[0-7]+`, 'Literal.Number.Oct'],
      [String.raw`#[0-9]+[\.e][0-9]+`, 'Literal.Number.Float'],
      [String.raw`#[0-9]+`, 'Literal.Number.Integer'],
    ],
    markup: [
      include('comment'),
      [String.raw`^\s*=+.*$`, 'Generic.Heading'],
      [String.raw`[*][^*]*[*]`, 'Generic.Strong'],
      [String.raw`_[^_]*_`, 'Generic.Emph'],
      [String.raw`\$`, 'Punctuation', 'math'],
      ['`[^`]*`', 'Literal.String.Backtick'],
      [String.raw`^(\s*)(-)(\s+)`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace')], // unnumbered list
      [String.raw`^(\s*)(\+)(\s+)`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace')], // numbered list
      [String.raw`^(\s*)([0-9]+\.)`, bygroups('Text.Whitespace', 'Punctuation')],
      [String.raw`^(\s*)(/)(\s+)([^:]+)(:)`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Variable', 'Punctuation')], // definitions
      [String.raw`<[a-zA-Z_][a-zA-Z0-9_-]*>`, 'Name.Label'], // label
      [String.raw`@[a-zA-Z_][a-zA-Z0-9_-]*`, 'Name.Label'], // reference
      [String.raw`\\#`, 'Text'], // escaped
      include('into_code'),
      ['```(?:.|\\n)*?```', 'Literal.String.Backtick'],
      [String.raw`https?://[0-9a-zA-Z~/%#&=\',;.+?]*`, 'Generic.Emph'], // links
      [words(['---', '\\', '~', '--', '...'], '', String.raw`\B`), 'Punctuation'], // special character shorthands
      [String.raw`\\\[`, 'Punctuation'],
      [String.raw`\\\]`, 'Punctuation'],
      [String.raw`\[`, 'Punctuation', '#push'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`[ \t]+\n?|\n`, 'Text.Whitespace'],
      ['((?![*_$`<@\\\\#\\] ]|https?://).)+', 'Text'],
    ],
    math: [
      include('comment'),
      [words(['\\_', '\\^', '\\&']), 'Text'], // escapes
      [words(['_', '^', '&', ';']), 'Punctuation'],
      [words(MATH_OPERATORS), 'Operator'],
      [String.raw`\\`, 'Punctuation'],
      [String.raw`\\\$`, 'Punctuation'],
      [String.raw`\$`, 'Punctuation', '#pop'], // end of math mode
      include('into_code'),
      [String.raw`([a-zA-Z][a-zA-Z0-9-]*)(\s*)(\()`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      [String.raw`([a-zA-Z][a-zA-Z0-9-]*)(:)`, bygroups('Name.Variable', 'Punctuation')], // named arguments in math functions
      [String.raw`([a-zA-Z][a-zA-Z0-9-]*)`, 'Name.Variable'], // variables and symbols alike
      [String.raw`[0-9]+(\.[0-9]+)?`, 'Literal.Number'],
      [String.raw`\.{1,3}|\(|\)|,|\{|\}`, 'Punctuation'],
      [String.raw`"[^"]*"`, 'Literal.String.Double'],
      [String.raw`[ \t\n]+`, 'Text.Whitespace'],
    ],
    comment: [
      [String.raw`//.*$`, 'Comment.Single'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
    ],
    code: [
      include('comment'),
      [String.raw`\[`, 'Punctuation', 'markup'],
      [String.raw`\(|\{`, 'Punctuation', 'code'],
      [String.raw`\)|\}`, 'Punctuation', '#pop'],
      [String.raw`"[^"]*"`, 'Literal.String.Double'],
      [String.raw`,|\.{1,2}`, 'Punctuation'],
      [String.raw`=`, 'Operator'],
      [words(['and', 'or', 'not'], '', String.raw`\b`), 'Operator.Word'],
      [String.raw`=>|<=|==|!=|>|<|-=|\+=|\*=|/=|\+|-|\\|\*`, 'Operator'],
      [String.raw`([a-zA-Z_][a-zA-Z0-9_-]*)(:)`, bygroups('Name.Variable', 'Punctuation')],
      [String.raw`([a-zA-Z_][a-zA-Z0-9_-]*)(\()`, bygroups('Name.Function', 'Punctuation'), 'code'],
      [words(['as', 'break', 'export', 'continue', 'else', 'for', 'if', 'in', 'return', 'while'], '', String.raw`\b`), 'Keyword.Reserved'],
      [words(['import', 'include'], '', String.raw`\b`), 'Keyword.Namespace'],
      [words(['auto', 'none', 'true', 'false'], '', String.raw`\b`), 'Keyword.Constant'],
      [String.raw`([0-9.]+)(mm|pt|cm|in|em|fr|%)`, bygroups('Literal.Number', 'Keyword.Reserved')],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`0b[01]+`, 'Literal.Number.Bin'],
      [String.raw`0o[0-7]+`, 'Literal.Number.Oct'],
      [String.raw`[0-9]+[\.e][0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [words(['let', 'set', 'show'], '', String.raw`\b`), 'Keyword.Declaration'],
      [String.raw`([a-zA-Z_][a-zA-Z0-9_-]*)`, 'Name.Variable'],
      [String.raw`[ \t\n]+`, 'Text.Whitespace'],
      [String.raw`:`, 'Punctuation'], // from `import a: b` or `show: text.with(..)`
    ],
    inline_code: [
      [String.raw`;\b`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      include('code'),
    ],
  },
};

/** TypstLexer with its `start` option: the stack starts `root` + that state, unless it is markup (root's own). */
function createTypstLexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const lexer = compileLexer(definition, byName);
  const given = options['start'];
  // get_choice_opt(..., normcase=True): the value is lowercased first.
  const start = choiceOption(typeof given === 'string' ? given.toLowerCase() : given, ['markup', 'code', 'math'], 'markup');
  return {
    ...lexer,
    // Pygments starts from its own stack, whatever it is given.
    tokensUnprocessed: (text) => lexer.tokensUnprocessed(text, start === 'markup' ? ['root'] : ['root', start]),
    withOptions: (more) => createTypstLexer(byName, more),
  };
}

/** `typst`: `= Title` -> `<gh>= Title</gh>`. */
export const typstLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => createTypstLexer(byName, {}),
};
