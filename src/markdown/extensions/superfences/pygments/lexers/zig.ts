/**
 * Pygments' ZigLexer (pygments/lexers/zig.py, Pygments 2.20), rule for rule. Multiline string
 * lines (`\\`) are `String.Heredoc`; a character literal with an escape is all `String.Escape`.
 *
 *     const x: u8 = 'a';   ->   <kr>const</kr> <n>x</n><o>:</o> <kt>u8</kt> <o>=</o> <s>'a'</s><p>;</p>
 */
import { words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const keywords = (list: readonly string[], type: 'Keyword' | 'Keyword.Type' | 'Keyword.Reserved' | 'Keyword.Constant'): Rule => [
  words(list, '', String.raw`\b`),
  type,
];

const ESCAPE = String.raw`\\(x[a-fA-F0-9]{2}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{6}|[nr\\t'"])`;

export const zigLexer: LexerDefinition = {
  name: 'Zig',
  aliases: ['zig'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      // keywords, in Pygments' order
      keywords(['break', 'return', 'continue', 'asm', 'defer', 'errdefer', 'unreachable', 'try', 'catch', 'async', 'await',
        'suspend', 'resume', 'cancel'], 'Keyword'),
      keywords(['const', 'var', 'extern', 'packed', 'export', 'pub', 'noalias', 'inline', 'comptime', 'nakedcc', 'stdcallcc',
        'volatile', 'allowzero', 'align', 'linksection', 'threadlocal'], 'Keyword.Reserved'),
      keywords(['struct', 'enum', 'union', 'error'], 'Keyword'),
      keywords(['while', 'for'], 'Keyword'),
      // Pygments' list lacks a comma after 'c_void': it has `c_voidi8`, and neither `c_void` nor `i8`.
      keywords(['bool', 'f16', 'f32', 'f64', 'f128', 'void', 'noreturn', 'type', 'anyerror', 'promise', 'i0', 'u0', 'isize',
        'usize', 'comptime_int', 'comptime_float', 'c_short', 'c_ushort', 'c_int', 'c_uint', 'c_long', 'c_ulong',
        'c_longlong', 'c_ulonglong', 'c_longdouble', 'c_voidi8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'i128',
        'u128'], 'Keyword.Type'),
      keywords(['true', 'false', 'null', 'undefined'], 'Keyword.Constant'),
      keywords(['if', 'else', 'switch', 'and', 'or', 'orelse'], 'Keyword'),
      keywords(['fn', 'usingnamespace', 'test'], 'Keyword'),
      // floats
      [String.raw`0x[0-9a-fA-F]+\.[0-9a-fA-F]+([pP][\-+]?[0-9a-fA-F]+)?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-fA-F]+\.?[pP][\-+]?[0-9a-fA-F]+`, 'Literal.Number.Float'],
      [String.raw`[0-9]+\.[0-9]+([eE][-+]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`[0-9]+\.?[eE][-+]?[0-9]+`, 'Literal.Number.Float'],
      // integers
      ['0b[01]+', 'Literal.Number.Bin'],
      ['0o[0-7]+', 'Literal.Number.Oct'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      // identifiers
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      // characters
      [String.raw`'\\''`, 'Literal.String.Escape'],
      [`'${ESCAPE}'`, 'Literal.String.Escape'],
      [String.raw`'[^\\']'`, 'Literal.String'],
      // strings
      [String.raw`\\\\[^\n]*`, 'Literal.String.Heredoc'],
      [String.raw`c\\\\[^\n]*`, 'Literal.String.Heredoc'],
      ['c?"', 'Literal.String', 'string'],
      // operators, punctuation
      [String.raw`[+%=><|^!?/\-*&~:]`, 'Operator'],
      [String.raw`[{}()\[\],.;]`, 'Punctuation'],
    ],
    string: [
      [ESCAPE, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
  },
};
