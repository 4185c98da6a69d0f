/**
 * Pygments' RellLexer (pygments/lexers/rell.py, Pygments 2.20.0), rule for rule.
 * Rell, Chromia's relational blockchain language.
 *
 *     entity user { name; }   ->   <kd>entity</kd><w> </w><n>user</n><w> </w><p>{</p><w> </w><n>name</n><p>;</p><w> ...
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_TYPE = [
  'big_integer', 'boolean', 'byte_array', 'decimal', 'gtv', 'integer', 'json', 'list', 'map', 'mutable', 'set',
  'text', 'virtual',
];
const ROOT_RESERVED = [
  'abstract', 'and', 'break', 'continue', 'create', 'delete', 'else', 'for', 'if', 'import', 'in', 'index', 'key',
  'limit', 'module', 'not', 'offset', 'or', 'override', 'return', 'update', 'val', 'var', 'when', 'while',
];

export const rellLexer: LexerDefinition = {
  name: 'Rell',
  aliases: ['rell'],
  tokens: {
    root: [
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`(false|true|null)\b`, 'Keyword.Constant'],
      [String.raw`(entity|enum|namespace|object|struct)\b`, 'Keyword.Declaration'],
      [String.raw`(function|operation|query)\b`, 'Keyword.Declaration', 'function'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`/\*(.|\n|\r)*?\*/`, 'Comment.Multiline'],
      [String.raw`"(\\\\|\\"|[^"])*"`, 'Literal.String.Double'],
      [String.raw`\'(\\\\|\\\'|[^\\\'])*\'`, 'Literal.String.Single'],
      [String.raw`-?[0-9]*\.[0-9]+([eE][+-][0-9]+)?`, 'Literal.Number.Float'],
      ['-?[0-9]+([eE][+-][0-9]+|[lL])?', 'Literal.Number.Integer'],
      [String.raw`x(\'[a-fA-F0-9]*\'|"[a-fA-F0-9]*")`, 'Literal.String.Binary'],
      [String.raw`(\.)([ \n\t\r]*)([a-zA-Z_][a-zA-Z0-9_]*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Attribute')],
      ['[{}():;,]+', 'Punctuation'],
      [String.raw`[ \n\t\r]+`, 'Text.Whitespace'],
      ['@[a-zA-Z_][a-zA-Z0-9_]*', 'Name.Decorator'],
      [String.raw`[~^*!%&\[\]<>|+=/?\-@\$]`, 'Punctuation.Marker'],
      ['[a-zA-Z_][a-zA-Z0-9_]*', 'Name'],
      [String.raw`(\.)+`, 'Punctuation'],
    ],
    function: [
      [String.raw`[ \n\t\r]+`, 'Text.Whitespace'],
      ['[a-zA-Z_][a-zA-Z0-9_]*', 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
  },
};
