/**
 * Pygments' WhileyLexer (pygments/lexers/whiley.py, Pygments 2.20.0), rule for rule: Whiley.
 *
 *     function add(int x, int y) -> (int r): return x + y
 *     ->   <kd>function</kd> <n>add</n><p>(</p><kt>int</kt> <n>x</n><p>,</p> <kt>int</kt> <n>y</n><p>)</p> <o>-</o><o>></o> <p>(</p><kt>int</kt> <n>r</n><p>)</p><o>:</o> <kr>return</kr> <n>x</n> <o>+</o> <n>y</n>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'if', 'else', 'while', 'for', 'do', 'return', 'switch', 'case', 'default', 'break', 'continue', 'requires',
  'ensures', 'where', 'assert', 'assume', 'all', 'no', 'some', 'in', 'is', 'new', 'throw', 'try', 'catch', 'debug',
  'skip', 'fail', 'finite', 'total',
];

export const whileyLexer: LexerDefinition = {
  name: 'Whiley',
  aliases: ['whiley'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`//.*`, 'Comment.Single'],
      [String.raw`/\*\*/`, 'Comment.Multiline'],
      [String.raw`(?s)/\*\*.*?\*/`, 'Literal.String.Doc'],
      [String.raw`(?s)/\*.*?\*/`, 'Comment.Multiline'],
      [words(ROOT_WORDS, '', String.raw`\b`), 'Keyword.Reserved'],
      [words(['function', 'method', 'public', 'private', 'protected', 'export', 'native'], '', String.raw`\b`), 'Keyword.Declaration'],
      [String.raw`(constant|type)(\s+)([a-zA-Z_]\w*)(\s+)(is)\b`, bygroups('Keyword.Declaration', 'Text', 'Name', 'Text', 'Keyword.Reserved')],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(bool|byte|int|real|any|void)\b`, 'Keyword.Type'],
      [String.raw`(import)(\s+)(\*)([^\S\n]+)(from)\b`, bygroups('Keyword.Namespace', 'Text', 'Punctuation', 'Text', 'Keyword.Namespace')],
      [String.raw`(import)(\s+)([a-zA-Z_]\w*)([^\S\n]+)(from)\b`, bygroups('Keyword.Namespace', 'Text', 'Name', 'Text', 'Keyword.Namespace')],
      [String.raw`(package|import)\b`, 'Keyword.Namespace'],
      [words(['i8', 'i16', 'i32', 'i64', 'u8', 'u16', 'u32', 'u64', 'uint', 'nat', 'toString'], '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[01]+b`, 'Literal.Number.Bin'],
      [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+\.(?!\.)`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`'[^\\]'`, 'Literal.String.Char'],
      [String.raw`(')(\\['"\\btnfr])(')`, bygroups('Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char')],
      [String.raw`"`, 'Literal.String', 'string'],
      [String.raw`[{}()\[\],.;]`, 'Punctuation'],
      [String.raw`[+\-*/%&|<>^!~@=:?\u2200\u2203\u2205\u2282\u2286\u2283\u2287\u222A\u2229\u2264\u2265\u2208\u2227\u2228]`, 'Operator'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\[btnfr]`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\.`, 'Literal.String'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
