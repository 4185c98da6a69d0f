/**
 * Pygments' BareLexer (pygments/lexers/bare.py, Pygments 2.20.0), rule for rule: BARE message schemas
 * (types, enums, structs, unions).
 *
 *     type Person struct { name: string }   ->   <k>type</k><w> </w><n>Person</n><w> </w><err>s</err><err>t</err><err>r</err>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const bareLexer: LexerDefinition = {
  name: 'BARE',
  aliases: ['bare'],
  tokens: {
    root: [
      [String.raw`(type)(\s+)([A-Z][a-zA-Z0-9]+)(\s+)(\{)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Text'), 'struct'],
      [String.raw`(type)(\s+)([A-Z][a-zA-Z0-9]+)(\s+)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Text'), 'union'],
      [String.raw`(type)(\s+)([A-Z][a-zA-Z0-9]+)(\s+)`, bygroups('Keyword', 'Text.Whitespace', 'Name', 'Text.Whitespace'), 'typedef'],
      [String.raw`(enum)(\s+)([A-Z][a-zA-Z0-9]+)(\s+\{)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace'), 'enum'],
      ['#.*?$', 'Comment'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    struct: [
      [String.raw`\{`, 'Text', '#push'],
      [String.raw`\}`, 'Text', '#pop'],
      [String.raw`([a-zA-Z0-9]+)(:)(\s*)`, bygroups('Name.Attribute', 'Text', 'Text.Whitespace'), 'typedef'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    union: [
      [String.raw`\)`, 'Text', '#pop'],
      [String.raw`(\s*)(\|)(\s*)`, bygroups('Text.Whitespace', 'Text', 'Text.Whitespace')],
      ['[A-Z][a-zA-Z0-9]+', 'Name.Class'],
      [
        words([
          'type', 'enum', 'u8', 'u16', 'u32', 'u64', 'uint', 'i8', 'i16', 'i32', 'i64', 'int', 'f32', 'f64',
          'bool', 'void', 'data', 'string', 'optional', 'map',
        ]),
        'Keyword',
      ],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    typedef: [
      [String.raw`\[\]`, 'Text'],
      ['#.*?$', 'Comment', '#pop'],
      [String.raw`(\[)(\d+)(\])`, bygroups('Text', 'Literal', 'Text')],
      ['<|>', 'Text'],
      [String.raw`\(`, 'Text', 'union'],
      [String.raw`(\[)([a-z][a-z-A-Z0-9]+)(\])`, bygroups('Text', 'Keyword', 'Text')],
      [String.raw`(\[)([A-Z][a-z-A-Z0-9]+)(\])`, bygroups('Text', 'Name.Class', 'Text')],
      ['([A-Z][a-z-A-Z0-9]+)', 'Name.Class'],
      [
        words([
          'type', 'enum', 'u8', 'u16', 'u32', 'u64', 'uint', 'i8', 'i16', 'i32', 'i64', 'int', 'f32', 'f64',
          'bool', 'void', 'data', 'string', 'optional', 'map',
        ]),
        'Keyword',
      ],
      [String.raw`\n`, 'Text', '#pop'],
      [String.raw`\{`, 'Text', 'struct'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\d+`, 'Literal'],
    ],
    enum: [
      [String.raw`\{`, 'Text', '#push'],
      [String.raw`\}`, 'Text', '#pop'],
      [String.raw`([A-Z][A-Z0-9_]*)(\s*=\s*)(\d+)`, bygroups('Name.Attribute', 'Text', 'Literal')],
      ['([A-Z][A-Z0-9_]*)', bygroups('Name.Attribute')],
      ['#.*?$', 'Comment'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
