/**
 * Pygments' GoLexer (pygments/lexers/go.py, Pygments 2.20), rule for rule. A builtin type or
 * function is `Name.Builtin` when called, `Keyword.Type` otherwise.
 *
 *     x := len(s)   ->   <nx>x</nx><w> </w><o>:=</o><w> </w><nb>len</nb><p>(</p><nx>s</nx><p>)</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const TYPES = [
  'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'int', 'int8', 'int16', 'int32', 'int64',
  'float', 'float32', 'float64', 'complex64', 'complex128', 'byte', 'rune',
  'string', 'bool', 'error', 'uintptr', 'any', 'comparable',
];
const FUNCTIONS = [
  'print', 'println', 'panic', 'recover', 'close', 'complex', 'real', 'imag', 'len', 'cap',
  'append', 'copy', 'delete', 'new', 'make', 'min', 'max', 'clear',
];

export const goLexer: LexerDefinition = {
  name: 'Go',
  aliases: ['go', 'golang'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')], // line continuations
      ['//(.*?)$', 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`(import|package)\b`, 'Keyword.Namespace'],
      [String.raw`(var|func|struct|map|chan|type|interface|const)\b`, 'Keyword.Declaration'],
      [
        words(['break', 'default', 'select', 'case', 'defer', 'go', 'else', 'goto', 'switch', 'fallthrough', 'if',
          'range', 'continue', 'for', 'return'], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`(true|false|iota|nil)\b`, 'Keyword.Constant'],
      // The builtin types aren't keywords and can be called like functions: two declarations.
      [words([...TYPES, ...FUNCTIONS], '', String.raw`\b(\()`), bygroups('Name.Builtin', 'Punctuation')],
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
      // imaginary_lit
      [String.raw`\d+i`, 'Literal.Number'],
      [String.raw`\d+\.\d*([Ee][-+]\d+)?i`, 'Literal.Number'],
      [String.raw`\.\d+([Ee][-+]\d+)?i`, 'Literal.Number'],
      [String.raw`\d+[Ee][-+]\d+i`, 'Literal.Number'],
      // float_lit
      [String.raw`\d+(\.\d+[eE][+\-]?\d+|` + String.raw`\.\d*|[eE][+\-]?\d+)`, 'Literal.Number.Float'],
      [String.raw`\.\d+([eE][+\-]?\d+)?`, 'Literal.Number.Float'],
      // int_lit: octal, hex, decimal
      ['0[0-7]+', 'Literal.Number.Oct'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['(0|[1-9][0-9]*)', 'Literal.Number.Integer'],
      // char_lit
      [
        String.raw`'(\\['"\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}` + String.raw`|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|[^\\])'`,
        'Literal.String.Char',
      ],
      // raw_string_lit, interpreted_string_lit
      ['`[^`]*`', 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      // Tokens
      [
        String.raw`(<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|/=|%=|&=|\|=|&&|\|\|` +
          String.raw`|<-|\+\+|--|==|!=|:=|\.\.\.|[+\-*/%&]` +
          String.raw`|~|\|)`,
        'Operator',
      ],
      [String.raw`[|^<>=!()\[\]{}.,;:]`, 'Punctuation'],
      // identifier
      [String.raw`[^\W\d]\w*`, 'Name.Other'],
    ],
  },
};
