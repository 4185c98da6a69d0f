/**
 * Pygments' VhdlLexer (pygments/lexers/hdl.py, Pygments 2.20.0), rule for rule. Case-insensitive;
 * entity, component and architecture names are Name.Class, `end`'s name too.
 *
 *     entity Counter is   ->   <k>entity</k> <nc>Counter</nc> <k>is</k>
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const LIBRARIES = [
  'std', 'ieee', 'work',
];
const TYPES = [
  'boolean', 'bit', 'character', 'severity_level', 'integer', 'time', 'delay_length', 'natural', 'positive',
  'string', 'bit_vector', 'file_open_kind', 'file_open_status', 'std_ulogic', 'std_ulogic_vector', 'std_logic',
  'std_logic_vector', 'signed', 'unsigned',
];
const KEYWORDS = [
  'abs', 'access', 'after', 'alias', 'all', 'and', 'architecture', 'array', 'assert', 'attribute', 'begin', 'block',
  'body', 'buffer', 'bus', 'case', 'component', 'configuration', 'constant', 'disconnect', 'downto', 'else',
  'elsif', 'end', 'entity', 'exit', 'file', 'for', 'function', 'generate', 'generic', 'group', 'guarded', 'if',
  'impure', 'in', 'inertial', 'inout', 'is', 'label', 'library', 'linkage', 'literal', 'loop', 'map', 'mod', 'nand',
  'new', 'next', 'nor', 'not', 'null', 'of', 'on', 'open', 'or', 'others', 'out', 'package', 'port', 'postponed',
  'procedure', 'process', 'pure', 'range', 'record', 'register', 'reject', 'rem', 'return', 'rol', 'ror', 'select',
  'severity', 'signal', 'shared', 'sla', 'sll', 'sra', 'srl', 'subtype', 'then', 'to', 'transport', 'type', 'units',
  'until', 'use', 'variable', 'wait', 'when', 'while', 'with', 'xnor', 'xor',
];

export const vhdlLexer: LexerDefinition = {
  name: 'vhdl',
  aliases: ['vhdl'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')], // line continuation
      [String.raw`--.*?$`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`'(U|X|0|1|Z|W|L|H|-)'`, 'Literal.String.Char'],
      [String.raw`[~!%^&*+=|?:<>/-]`, 'Operator'],
      [String.raw`'[a-z_]\w*`, 'Name.Attribute'],
      [String.raw`[()\[\],.;\']`, 'Punctuation'],
      [String.raw`"[^\n\\"]*"`, 'Literal.String'],
      [String.raw`(library)(\s+)([a-z_]\w*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(use)(\s+)(entity)`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(use)(\s+)([a-z_][\w.]*\.)(all)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace', 'Keyword')],
      [String.raw`(use)(\s+)([a-z_][\w.]*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(std|ieee)(\.[a-z_]\w*)`, bygroups('Name.Namespace', 'Name.Namespace')],
      [words(LIBRARIES, '', String.raw`\b`), 'Name.Namespace'],
      [String.raw`(entity|component)(\s+)([a-z_]\w*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(architecture|configuration)(\s+)([a-z_]\w*)(\s+)(of)(\s+)([a-z_]\w*)(\s+)(is)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Keyword')],
      [String.raw`([a-z_]\w*)(:)(\s+)(process|for)`, bygroups('Name.Class', 'Operator', 'Text.Whitespace', 'Keyword')],
      [String.raw`(end)(\s+)`, bygroups(usingThis(), 'Text.Whitespace'), 'endblock'],
      include('types'),
      include('keywords'),
      include('numbers'),
      [String.raw`[a-z_]\w*`, 'Name'],
    ],
    endblock: [
      include('keywords'),
      [String.raw`[a-z_]\w*`, 'Name.Class'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`;`, 'Punctuation', '#pop'],
    ],
    types: [
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
    ],
    keywords: [
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
    ],
    numbers: [
      [String.raw`\d{1,2}#[0-9a-f_]+#?`, 'Literal.Number.Integer'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)E[+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`X"[0-9a-f_]+"`, 'Literal.Number.Hex'],
      [String.raw`O"[0-7_]+"`, 'Literal.Number.Oct'],
      [String.raw`B"[01_]+"`, 'Literal.Number.Bin'],
    ],
  },
};
