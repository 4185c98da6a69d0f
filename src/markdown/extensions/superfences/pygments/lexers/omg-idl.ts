/**
 * Pygments' OmgIdlLexer (pygments/lexers/c_like.py, Pygments 2.20.0), rule for rule: the Object
 * Management Group's IDL. Its own `root` replaces CLexer's; CLexer's other states (whitespace,
 * comments, preprocessor) and the C family's type retyping stay.
 *
 *     interface Hello { void say(in string msg); };
 *     ->   <k>interface</k> <nc>Hello</nc> <p>{</p> <kt>void</kt> <n>say</n><p>(</p><kd>in</kd> <kt>string</kt> <n>msg</n><p>)</p><p>;</p> <p>}</p><p>;</p>
 */
import { bygroups, defaultState, include, words, type LexerFactory } from '../regex-lexer.ts';
import { cTokens } from './c.ts';
import { cFamilyFactory } from './c-family.ts';

const IDL_TYPES: readonly string[] = [
  'void', 'any', 'native', 'bitfield', 'unsigned', 'boolean', 'char', 'wchar', 'octet', 'short', 'long', 'int8',
  'uint8', 'int16', 'int32', 'int64', 'uint16', 'uint32', 'uint64', 'float', 'double', 'fixed', 'sequence', 'string',
  'wstring', 'map',
];

const IDL_TYPES_2: readonly string[] = [
  'abstract', 'alias', 'attribute', 'case', 'connector', 'consumes', 'context', 'custom', 'default', 'emits',
  'factory', 'finder', 'getraises', 'home', 'import', 'manages', 'mirrorport', 'multiple', 'Object', 'oneway',
  'primarykey', 'private', 'port', 'porttype', 'provides', 'public', 'publishes', 'raises', 'readonly', 'setraises',
  'supports', 'switch', 'truncatable', 'typeid', 'typename', 'typeprefix', 'uses', 'ValueBase',
];

export const omgIdlLexer: LexerFactory = cFamilyFactory({
  name: 'OMG Interface Definition Language',
  aliases: ['omg-idl'],
  tokens: {
    ...cTokens(),
    values: [
      [words(['true', 'false'], String.raw`(?i)`, String.raw`\b`), 'Literal.Number'],
      [String.raw`([Ll]?)(")`, bygroups('Literal.String.Affix', 'Literal.String.Double'), 'string'],
      [String.raw`([Ll]?)(\')(\\[^\']+)(\')`, bygroups('Literal.String.Affix', 'Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char')],
      [String.raw`([Ll]?)(\')(\\\')(\')`, bygroups('Literal.String.Affix', 'Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char')],
      [String.raw`([Ll]?)(\'.\')`, bygroups('Literal.String.Affix', 'Literal.String.Char')],
      [String.raw`[+-]?\d+(\.\d*)?[Ee][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`[+-]?(\d+\.\d*)|(\d*\.\d+)([Ee][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`(?i)[+-]?0x[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`[+-]?[1-9]\d*`, 'Literal.Number.Integer'],
      [String.raw`[+-]?0[0-7]*`, 'Literal.Number.Oct'],
      [String.raw`[\+\-\*\/%^&\|~]`, 'Operator'],
      [words(['<<', '>>']), 'Operator'],
      [String.raw`((::)?\w+)+`, 'Name'],
      [String.raw`[{};:,<>\[\]]`, 'Punctuation'],
    ],
    annotation_params: [
      include('whitespace'),
      [String.raw`\(`, 'Punctuation', '#push'],
      include('values'),
      [String.raw`=`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    annotation_params_maybe: [
      [String.raw`\(`, 'Punctuation', 'annotation_params'],
      include('whitespace'),
      defaultState('#pop'),
    ],
    annotation_appl: [
      [String.raw`@((::)?\w+)+`, 'Name.Decorator', 'annotation_params_maybe'],
    ],
    enum: [
      include('whitespace'),
      [String.raw`[{,]`, 'Punctuation'],
      [String.raw`\w+`, 'Name.Constant'],
      include('annotation_appl'),
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    root: [
      include('whitespace'),
      [words(['typedef', 'const', 'in', 'out', 'inout', 'local'], String.raw`(?i)`, String.raw`\b`), 'Keyword.Declaration'],
      [words(IDL_TYPES, String.raw`(?i)`, String.raw`\b`), 'Keyword.Type'],
      [words(['@annotation', 'struct', 'union', 'bitset', 'interface', 'exception', 'valuetype', 'eventtype', 'component'], String.raw`(?i)`, String.raw`(\s+)(\w+)`), bygroups('Keyword', 'Text.Whitespace', 'Name.Class')],
      [words(IDL_TYPES_2, String.raw`(?i)`, String.raw`\b`), 'Keyword'],
      [String.raw`(?i)(enum|bitmask)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class'), 'enum'],
      [String.raw`(?i)(module)(\s+)(\w+)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(\w+)(\s*)(=)`, bygroups('Name.Constant', 'Text.Whitespace', 'Operator')],
      [String.raw`[\(\)]`, 'Punctuation'],
      include('values'),
      include('annotation_appl'),
    ],
  },
});
