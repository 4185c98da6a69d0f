/**
 * Pygments' SpiceLexer (pygments/lexers/spice.py, Pygments 2.20.0), rule for rule.
 * Spice, a compiled systems language: its keywords and types.
 *
 *     f<int> main() {   ->   <kd>f</kd><p>&lt;</p><kt>int</kt><p>&gt;</p><w> </w><nx>main</nx><p>(</p><p>)</p><w> ...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'if', 'else', 'switch', 'case', 'default', 'for', 'foreach', 'do', 'while', 'break', 'continue', 'fallthrough',
  'return', 'assert', 'unsafe', 'ext', 'cast',
];
const ROOT_PSEUDO = [
  'const', 'signed', 'unsigned', 'inline', 'public', 'heap', 'compose',
];
const ROOT_RESERVED = [
  'new', 'yield', 'stash', 'pick', 'sync', 'class',
];
const ROOT_TYPE = [
  'double', 'int', 'short', 'long', 'byte', 'char', 'string', 'bool', 'dyn',
];
const ROOT_WORDS = [
  'printf', 'sizeof', 'alignof', 'len', 'panic',
];

export const spiceLexer: LexerDefinition = {
  name: 'Spice',
  aliases: ['spice', 'spicelang'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*]{2}(.|\n)*?[*](\\\n)?/`, 'Literal.String.Doc'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`(import|as)\b`, 'Keyword.Namespace'],
      [String.raw`(f|p|type|struct|interface|enum|alias|operator)\b`, 'Keyword.Declaration'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_PSEUDO, '', String.raw`\b`), 'Keyword.Pseudo'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [words(ROOT_WORDS, '', String.raw`\b(\()`), bygroups('Name.Builtin', 'Punctuation')],
      ['[-]?[0-9]*[.][0-9]+([eE][+-]?[0-9]+)?', 'Literal.Number.Double'],
      ['0[bB][01]+[slu]?', 'Literal.Number.Bin'],
      ['0[oO][0-7]+[slu]?', 'Literal.Number.Oct'],
      ['0[xXhH][0-9a-fA-F]+[slu]?', 'Literal.Number.Hex'],
      ['(0[dD])?[0-9]+[slu]?', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`\'(\\\\|\\[^\\]|[^\'\\])\'`, 'Literal.String.Char'],
      [String.raw`<<=|>>=|<<|>>|<=|>=|\+=|-=|\*=|/=|\%=|\|=|&=|\^=|&&|\|\||&|\||\+\+|--|\%|\^|\~|==|!=|->|::|[.]{3}|#!|#|[+\-*/&]`, 'Operator'],
      [String.raw`[|<>=!()\[\]{}.,;:\?]`, 'Punctuation'],
      [String.raw`[^\W\d]\w*`, 'Name.Other'],
    ],
  },
};
