/**
 * Pygments' HareLexer (pygments/lexers/hare.py, Pygments 2.20.0), rule for rule.
 *
 *     fn main() void = { ... };   ->   <k>fn</k><w> </w><n>main</n><p>()</p><w> </w><kt>void</kt>...
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const OPERATOR_WORDS = [
  'as', 'is', '=>', '..', '...',
];

const KEYWORDS = [
  'abort', 'align', 'alloc', 'append', 'assert', 'case', 'const', 'def', 'defer', 'delete', 'else', 'enum', 'export',
  'fn', 'for', 'free', 'if', 'let', 'len', 'match', 'offset', 'return', 'static', 'struct', 'switch', 'type',
  'union', 'yield', 'vastart', 'vaarg', 'vaend',
];

export const hareLexer: LexerDefinition = {
  name: 'Hare',
  aliases: ['hare'],
  tokens: {
    whitespace: [
      ['^use.*;', 'Comment.Preproc'],
      ['@[a-z]+', 'Comment.Preproc'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//.*?$', 'Comment.Single'],
    ],
    statements: [
      ['"', 'Literal.String', 'string'],
      ['`[^`]*`', 'Literal.String'],
      [String.raw`'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      ['0o[0-7]+[LlUu]*', 'Literal.Number.Oct'],
      [String.raw`\d+[zui]?(\d+)?`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [words(OPERATOR_WORDS), 'Operator'],
      [String.raw`[()\[\],.{};]+`, 'Punctuation'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      ['(bool|int|uint|uintptr|u8|u16|u32|u64|i8|i16|i32|i64|f32|f64|null|done|' +
        String.raw`never|void|nullable|rune|size|valist)\b`, 'Keyword.Type'],
      [String.raw`(true|false|null)\b`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    root: [
      include('whitespace'),
      include('statements'),
    ],
  },
};
