/**
 * Pygments' IDLLexer (pygments/lexers/idl.py, Pygments 2.20), rule for rule: the Interactive Data
 * Language (not CORBA's IDL), case-insensitive, `;` comments only on a line of their own.
 *
 *     x = sin(!pi)   ->   <n>x</n> <o>=</o> <nb>sin</nb>(!pi)
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { IDL_BUILTINS, IDL_KEYWORDS } from './idl-words.ts';

export const idlLexer: LexerDefinition = {
  name: 'IDL',
  aliases: ['idl'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`(^\s*)(;.*?)(\n)`, bygroups('Text.Whitespace', 'Comment.Single', 'Text.Whitespace')],
      [words(IDL_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(IDL_BUILTINS, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`\+=|-=|\^=|\*=|/=|#=|##=|<=|>=|=`, 'Operator'],
      [String.raw`\+\+|--|->|\+|-|##|#|\*|/|<|>|&&|\^|~|\|\|\?|:`, 'Operator'],
      [String.raw`\b(mod=|lt=|le=|eq=|ne=|ge=|gt=|not=|and=|or=|xor=)`, 'Operator'],
      [String.raw`\b(mod|lt|le|eq|ne|ge|gt|not|and|or|xor)\b`, 'Operator'],
      [String.raw`"[^\"]*"`, 'Literal.String.Double'],
      [String.raw`'[^\']*'`, 'Literal.String.Single'],
      [String.raw`\b[+\-]?([0-9]*\.[0-9]+|[0-9]+\.[0-9]*)(D|E)?([+\-]?[0-9]+)?\b`, 'Literal.Number.Float'],
      [String.raw`\b\'[+\-]?[0-9A-F]+\'X(U?(S?|L{1,2})|B)\b`, 'Literal.Number.Hex'],
      [String.raw`\b\'[+\-]?[0-7]+\'O(U?(S?|L{1,2})|B)\b`, 'Literal.Number.Oct'],
      [String.raw`\b[+\-]?[0-9]+U?L{1,2}\b`, 'Literal.Number.Integer.Long'],
      [String.raw`\b[+\-]?[0-9]+U?S?\b`, 'Literal.Number.Integer'],
      [String.raw`\b[+\-]?[0-9]+B\b`, 'Literal.Number'],
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`\n`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
  },
};
