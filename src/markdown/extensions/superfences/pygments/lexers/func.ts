/**
 * Pygments' FuncLexer (pygments/lexers/func.py, Pygments 2.20.0), rule for rule: FunC, the TON smart-contract language.
 *
 *     int add(int a, int b) inline { return a + b; }
 *     ->   <kt>int</kt> <nf>add</nf><p>(</p><kt>int</kt> <nv>a</nv><p>,</p> <kt>int</kt> <nv>b</nv><p>)</p> <k>inline</k> <p>{</p> <k>return</k> <nv>a</nv> <o>+</o> <nv>b</nv><p>;</p> <p>}</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS_WORDS: readonly string[] = [
  '<=>', '>=', '<=', '!=', '==', '^>>', '~>>', '>>', '<<', '/%', '^%', '~%', '^/', '~/', '+=', '-=', '*=', '/=',
  '~/=', '^/=', '%=', '^%=', '<<=', '>>=', '~>>=', '^>>=', '&=', '|=', '^=', '^', '=', '~', '/', '%', '-', '*', '+',
  '>', '<', '&', '|', ':', '?',
];

export const funcLexer: LexerDefinition = {
  name: 'FunC',
  aliases: ['func', 'fc'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      include('keywords'),
      include('strings'),
      include('directives'),
      include('numeric'),
      include('comments'),
      include('storage'),
      include('functions'),
      include('variables'),
      [String.raw`[.;(),\[\]~{}]`, 'Punctuation'],
    ],
    keywords: [
      [words(KEYWORDS_WORDS, String.raw`(?<=\s)`, String.raw`(?=\s)`), 'Operator'],
      [words(['if', 'ifnot', 'else', 'elseif', 'elseifnot', 'while', 'do', 'until', 'repeat', 'return', 'impure', 'method_id', 'forall', 'asm', 'inline', 'inline_ref'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
    ],
    directives: [
      [String.raw`#include|#pragma`, 'Keyword', 'directive'],
    ],
    directive: [
      include('strings'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`version|not-version`, 'Keyword'],
      [String.raw`(>=|<=|=|>|<|\^)?([0-9]+)(.[0-9]+)?(.[0-9]+)?`, 'Literal.Number'],
      [String.raw`;`, 'Text', '#pop'],
    ],
    strings: [
      [String.raw`\"([^\n\"]+)\"[Hhcusa]?`, 'Literal.String'],
    ],
    numeric: [
      [String.raw`\b(-?(?!_)([\d_]+|0x[\d_a-fA-F]+)|0b[1_0]+)(?<!_)(?=[\s\)\],;])`, 'Literal.Number'],
    ],
    comments: [
      [String.raw`;;([^\n]*)`, 'Comment.Singleline'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
    ],
    comment: [
      [String.raw`[^-}{]+`, 'Comment.Multiline'],
      [String.raw`\{-`, 'Comment.Multiline', '#push'],
      [String.raw`-\}`, 'Comment.Multiline', '#pop'],
      [String.raw`[-}{]`, 'Comment.Multiline'],
    ],
    storage: [
      [words(['var', 'int', 'slice', 'tuple', 'cell', 'builder', 'cont', '_'], String.raw`\b`, String.raw`(?=[\s\(\),\[\]])`), 'Keyword.Type'],
      [words(['global', 'const'], String.raw`\b`, String.raw`\b`), 'Keyword.Constant'],
    ],
    variables: [
      ["(?!\")(`([^`]+)`|((?=_)_|(?=\\{)\\{|(?=\\})\\}|(?![_`{}]))([^;,\\[\\]\\(\\)\\s~.]+))", 'Name.Variable'],
    ],
    functions: [
      ["(?!\")(`([^`]+)`|((?=_)_|(?=\\{)\\{|(?=\\})\\}|(?![_`{}]))([^;,\\[\\]\\(\\)\\s~.]+))(?=[\\(])", 'Name.Function'],
    ],
  },
};
