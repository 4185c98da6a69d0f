/**
 * Pygments' CAmkESLexer (pygments/lexers/esoteric.py, Pygments 2.20.0), rule for rule.
 * CAmkES component descriptions (IDL4): C-like preprocessor lines and component keywords.
 *
 *     component Foo {   ->   <k>component</k><w> </w><n>Foo</n><w> </w><p>{</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'assembly', 'attribute', 'component', 'composition', 'configuration', 'connection', 'connector', 'consumes',
  'control', 'dataport', 'Dataport', 'Dataports', 'emits', 'event', 'Event', 'Events', 'export', 'from', 'group',
  'hardware', 'has', 'interface', 'Interface', 'maybe', 'procedure', 'Procedure', 'Procedures', 'provides',
  'template', 'thread', 'threads', 'to', 'uses', 'with',
];
const ROOT_TYPE = [
  'bool', 'boolean', 'Buf', 'char', 'character', 'double', 'float', 'in', 'inout', 'int', 'int16_6', 'int32_t',
  'int64_t', 'int8_t', 'integer', 'mutex', 'out', 'real', 'refin', 'semaphore', 'signed', 'string', 'struct',
  'uint16_t', 'uint32_t', 'uint64_t', 'uint8_t', 'uintptr_t', 'unsigned', 'void',
];
const ROOT_RESERVED = [
  'dma_pool', 'from_access', 'to_access',
];

export const camkesLexer: LexerDefinition = {
  name: 'CAmkES',
  aliases: ['camkes', 'idl4'],
  tokens: {
    root: [
      [String.raw`^(\s*)(#.*)(\n)`, bygroups('Text.Whitespace', 'Comment.Preproc', 'Text.Whitespace')],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment'],
      ['//.*$', 'Comment'],
      [String.raw`[\[(){},.;\]]`, 'Punctuation'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`[a-zA-Z_]\w*_(priority|domain|buffer)`, 'Keyword.Reserved'],
      [words(ROOT_RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(import)(\s+)((?:<[^>]*>|"[^"]*");)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc')],
      [String.raw`(include)(\s+)((?:<[^>]*>|"[^"]*");)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc')],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`-?[\d]+`, 'Literal.Number'],
      [String.raw`-?[\d]+\.[\d]+`, 'Literal.Number.Float'],
      ['"[^"]*"', 'Literal.String'],
      ['[Tt]rue|[Ff]alse', 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
  },
};
