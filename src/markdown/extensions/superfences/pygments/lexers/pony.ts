/**
 * Pygments' PonyLexer (pygments/lexers/pony.py, Pygments 2.20.0), rule for rule: a type or
 * method keyword names what follows it, after an optional reference capability.
 *
 *     actor Main   ->   <k>actor</k><w> </w><nc>Main</nc>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const OPERATOR_WORDS = [
  'addressof', 'and', 'as', 'consume', 'digestof', 'is', 'isnt', 'not', 'or',
];

const KEYWORDS = [
  'box', 'break', 'compile_error', 'compile_intrinsic', 'continue', 'do', 'else', 'elseif', 'embed', 'end', 'error',
  'for', 'if', 'ifdef', 'in', 'iso', 'lambda', 'let', 'match', 'object', 'recover', 'ref', 'repeat', 'return', 'tag',
  'then', 'this', 'trn', 'try', 'until', 'use', 'var', 'val', 'where', 'while', 'with', '#any', '#read', '#send',
  '#share',
];

const BUILTIN_TYPES = [
  'I8', 'U8', 'I16', 'U16', 'I32', 'U32', 'I64', 'U64', 'I128', 'U128', 'ILong', 'ULong', 'ISize', 'USize', 'F32',
  'F64', 'Bool', 'Pointer', 'None', 'Any', 'Array', 'String', 'Iterator',
];

export const ponyLexer: LexerDefinition = {
  name: 'Pony',
  aliases: ['pony'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`//.*\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'nested_comment'],
      [String.raw`"""(?:.|\n)*?"""`, 'Literal.String.Doc'],
      ['"', 'Literal.String', 'string'],
      [String.raw`\'.*\'`, 'Literal.String.Char'],
      ['=>|[]{}:().~;,|&!^?[]', 'Punctuation'],
      [words(OPERATOR_WORDS, '', String.raw`\b`), 'Operator.Word'],
      ['!=|==|<<|>>|[-+/*%=<>]', 'Operator'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(actor|class|struct|primitive|interface|trait|type)((?:\s)+)`, bygroups('Keyword', 'Text'), 'typename'],
      [String.raw`(new|fun|be)((?:\s)+)`, bygroups('Keyword', 'Text'), 'methodname'],
      [words(BUILTIN_TYPES, '', String.raw`\b`), 'Name.Builtin.Type'],
      [String.raw`_?[A-Z]\w*`, 'Name.Type'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`(true|false)\b`, 'Name.Builtin'],
      [String.raw`_\d*`, 'Name'],
      [String.raw`_?[a-z][\w\']*`, 'Name'],
    ],
    typename: [
      [String.raw`(iso|trn|ref|val|box|tag)?((?:\s)*)(_?[A-Z]\w*)`, bygroups('Keyword', 'Text', 'Name.Class'), '#pop'],
    ],
    methodname: [
      [String.raw`(iso|trn|ref|val|box|tag)?((?:\s)*)(_?[a-z]\w*)`, bygroups('Keyword', 'Text', 'Name.Function'), '#pop'],
    ],
    nested_comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\"`, 'Literal.String'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
