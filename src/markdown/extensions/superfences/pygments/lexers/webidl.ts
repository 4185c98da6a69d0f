/**
 * Pygments' WebIDLLexer (pygments/lexers/webidl.py, Pygments 2.20.0), rule for rule: a small
 * parser in states (a member is a type, then a name, then arguments), so a name is typed by
 * where it stands.
 *
 *     interface Foo { attribute long x; };   ->   <k>interface</k> <nc>Foo</nc> <p>{</p> <k>attribute</k> <kt>long</kt> <nv>x</nv>...
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const IDENTIFIER = '_?[A-Za-z][a-zA-Z0-9_-]*';
/** A keyword is a whole word: no letter, digit, `_` or `-` follows it. */
const KEYWORD_SUFFIX = String.raw`(?![\w-])`;

const GENERIC_TYPES = [
  'sequence', 'Promise', 'FrozenArray',
];

const CONSTANTS = [
  'true', 'false', '-Infinity', 'Infinity', 'NaN', 'null',
];

const COLLECTION_KINDS = [
  'iterable', 'maplike', 'setlike',
];

const SPECIAL_OPERATIONS = [
  'setter', 'getter', 'creator', 'deleter', 'legacycaller', 'inherit', 'static', 'stringifier', 'jsonifier',
];

const SERIALIZER_MAP_KEYWORDS = [
  'getter', 'inherit', 'attribute',
];

const SERIALIZER_LIST_KEYWORDS = [
  'getter', 'attribute',
];

export const webidlLexer: LexerDefinition = {
  name: 'Web IDL',
  aliases: ['webidl'],
  tokens: {
    common: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(?s)/\*.*?\*/`, 'Comment.Multiline'],
      ['//.*', 'Comment.Single'],
      ['^#.*', 'Comment.Preproc'],
    ],
    root: [
      include('common'),
      [String.raw`\[`, 'Punctuation', 'extended_attributes'],
      [String.raw`partial${KEYWORD_SUFFIX}`, 'Keyword'],
      [String.raw`typedef${KEYWORD_SUFFIX}`, 'Keyword', ['typedef', 'type']],
      [String.raw`interface${KEYWORD_SUFFIX}`, 'Keyword', 'interface_rest'],
      [String.raw`enum${KEYWORD_SUFFIX}`, 'Keyword', 'enum_rest'],
      [String.raw`callback${KEYWORD_SUFFIX}`, 'Keyword', 'callback_rest'],
      [String.raw`dictionary${KEYWORD_SUFFIX}`, 'Keyword', 'dictionary_rest'],
      [String.raw`namespace${KEYWORD_SUFFIX}`, 'Keyword', 'namespace_rest'],
      [IDENTIFIER, 'Name.Class', 'implements_rest'],
    ],
    extended_attributes: [
      include('common'),
      [',', 'Punctuation'],
      [IDENTIFIER, 'Name.Decorator'],
      ['=', 'Punctuation', 'extended_attribute_rest'],
      [String.raw`\(`, 'Punctuation', 'argument_list'],
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
    extended_attribute_rest: [
      include('common'),
      [IDENTIFIER, 'Name', 'extended_attribute_named_rest'],
      ['"[^"]*"', 'Literal.String'],
      [String.raw`\(`, 'Punctuation', 'identifier_list'],
      defaultState('#pop'),
    ],
    extended_attribute_named_rest: [
      include('common'),
      [String.raw`\(`, 'Punctuation', 'argument_list'],
      defaultState('#pop'),
    ],
    argument_list: [
      include('common'),
      [String.raw`\)`, 'Punctuation', '#pop'],
      defaultState('argument'),
    ],
    argument: [
      include('common'),
      [String.raw`optional${KEYWORD_SUFFIX}`, 'Keyword'],
      [String.raw`\[`, 'Punctuation', 'extended_attributes'],
      [',', 'Punctuation', '#pop'],
      [String.raw`\)`, 'Punctuation', '#pop:2'],
      defaultState(['argument_rest', 'type']),
    ],
    argument_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Variable'],
      [String.raw`\.\.\.`, 'Punctuation'],
      ['=', 'Punctuation', 'default_value'],
      defaultState('#pop'),
    ],
    identifier_list: [
      include('common'),
      [IDENTIFIER, 'Name.Class'],
      [',', 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    type: [
      include('common'),
      [String.raw`(?:byte|octet|boolean|(?:unsigned\s+)?(?:short|long(?:\s+long)?)|(?:unrestricted\s+)?(?:float|` +
        'double)|DOMString|ByteString|USVString|Error|DOMException|Uint8Array|Uint16Array|' +
        'Uint32Array|Uint8ClampedArray|Float32Array|Float64Array|ArrayBuffer|DataView|' +
        String.raw`Int8Array|Int16Array|Int32Array|any|void|object|RegExp)${KEYWORD_SUFFIX}`, 'Keyword.Type', 'type_null'],
      [words(GENERIC_TYPES, '', KEYWORD_SUFFIX), 'Keyword.Type', 'type_identifier'],
      [IDENTIFIER, 'Name.Class', 'type_identifier'],
      [String.raw`\(`, 'Punctuation', 'union_type'],
    ],
    union_type: [
      include('common'),
      [String.raw`or${KEYWORD_SUFFIX}`, 'Keyword'],
      [String.raw`\)`, 'Punctuation', ['#pop', 'type_null']],
      defaultState('type'),
    ],
    type_identifier: [
      ['<', 'Punctuation', 'type_list'],
      defaultState(['#pop', 'type_null']),
    ],
    type_null: [
      [String.raw`\?`, 'Punctuation'],
      defaultState('#pop:2'),
    ],
    default_value: [
      include('common'),
      include('const_value'),
      ['"[^"]*"', 'Literal.String', '#pop'],
      [String.raw`\[\s*\]`, 'Punctuation', '#pop'],
    ],
    const_value: [
      include('common'),
      [words(CONSTANTS, '', KEYWORD_SUFFIX), 'Keyword.Constant', '#pop'],
      [String.raw`-?(?:(?:[0-9]+\.[0-9]*|[0-9]*\.[0-9]+)(?:[Ee][+-]?[0-9]+)?|[0-9]+[Ee][+-]?[0-9]+)`, 'Literal.Number.Float', '#pop'],
      ['-?[1-9][0-9]*', 'Literal.Number.Integer', '#pop'],
      ['-?0[Xx][0-9A-Fa-f]+', 'Literal.Number.Hex', '#pop'],
      ['-?0[0-7]*', 'Literal.Number.Oct', '#pop'],
    ],
    typedef: [
      include('common'),
      [IDENTIFIER, 'Name.Class'],
      [';', 'Punctuation', '#pop'],
    ],
    namespace_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Namespace'],
      [String.raw`\{`, 'Punctuation', 'namespace_body'],
      [';', 'Punctuation', '#pop'],
    ],
    namespace_body: [
      include('common'),
      [String.raw`\[`, 'Punctuation', 'extended_attributes'],
      [String.raw`readonly${KEYWORD_SUFFIX}`, 'Keyword'],
      [String.raw`attribute${KEYWORD_SUFFIX}`, 'Keyword', ['attribute_rest', 'type']],
      [String.raw`const${KEYWORD_SUFFIX}`, 'Keyword', ['const_rest', 'type']],
      [String.raw`\}`, 'Punctuation', '#pop'],
      defaultState(['operation_rest', 'type']),
    ],
    interface_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Class'],
      [':', 'Punctuation'],
      [String.raw`\{`, 'Punctuation', 'interface_body'],
      [';', 'Punctuation', '#pop'],
    ],
    interface_body: [
      [words(COLLECTION_KINDS, '', KEYWORD_SUFFIX), 'Keyword', 'iterable_maplike_setlike_rest'],
      [words(SPECIAL_OPERATIONS, '', KEYWORD_SUFFIX), 'Keyword'],
      [String.raw`serializer${KEYWORD_SUFFIX}`, 'Keyword', 'serializer_rest'],
      [';', 'Punctuation'],
      include('namespace_body'),
    ],
    attribute_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Variable'],
      [';', 'Punctuation', '#pop'],
    ],
    const_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Constant'],
      ['=', 'Punctuation', 'const_value'],
      [';', 'Punctuation', '#pop'],
    ],
    operation_rest: [
      include('common'),
      [';', 'Punctuation', '#pop'],
      defaultState('operation'),
    ],
    operation: [
      include('common'),
      [IDENTIFIER, 'Name.Function'],
      [String.raw`\(`, 'Punctuation', 'argument_list'],
      [';', 'Punctuation', '#pop:2'],
    ],
    iterable_maplike_setlike_rest: [
      include('common'),
      ['<', 'Punctuation', 'type_list'],
      [';', 'Punctuation', '#pop'],
    ],
    type_list: [
      include('common'),
      [',', 'Punctuation'],
      ['>', 'Punctuation', '#pop'],
      defaultState('type'),
    ],
    serializer_rest: [
      include('common'),
      ['=', 'Punctuation', 'serialization_pattern'],
      [';', 'Punctuation', '#pop'],
      defaultState('operation'),
    ],
    serialization_pattern: [
      include('common'),
      [IDENTIFIER, 'Name.Variable', '#pop'],
      [String.raw`\{`, 'Punctuation', 'serialization_pattern_map'],
      [String.raw`\[`, 'Punctuation', 'serialization_pattern_list'],
    ],
    serialization_pattern_map: [
      include('common'),
      [words(SERIALIZER_MAP_KEYWORDS, '', KEYWORD_SUFFIX), 'Keyword'],
      [',', 'Punctuation'],
      [IDENTIFIER, 'Name.Variable'],
      [String.raw`\}`, 'Punctuation', '#pop:2'],
    ],
    serialization_pattern_list: [
      include('common'),
      [words(SERIALIZER_LIST_KEYWORDS, '', KEYWORD_SUFFIX), 'Keyword'],
      [',', 'Punctuation'],
      [IDENTIFIER, 'Name.Variable'],
      [']', 'Punctuation', '#pop:2'],
    ],
    enum_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Class'],
      [String.raw`\{`, 'Punctuation', 'enum_body'],
      [';', 'Punctuation', '#pop'],
    ],
    enum_body: [
      include('common'),
      ['"[^"]*"', 'Literal.String'],
      [',', 'Punctuation'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    callback_rest: [
      include('common'),
      [String.raw`interface${KEYWORD_SUFFIX}`, 'Keyword', ['#pop', 'interface_rest']],
      [IDENTIFIER, 'Name.Class'],
      ['=', 'Punctuation', ['operation', 'type']],
      [';', 'Punctuation', '#pop'],
    ],
    dictionary_rest: [
      include('common'),
      [IDENTIFIER, 'Name.Class'],
      [':', 'Punctuation'],
      [String.raw`\{`, 'Punctuation', 'dictionary_body'],
      [';', 'Punctuation', '#pop'],
    ],
    dictionary_body: [
      include('common'),
      [String.raw`\[`, 'Punctuation', 'extended_attributes'],
      [String.raw`required${KEYWORD_SUFFIX}`, 'Keyword'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      defaultState(['dictionary_item', 'type']),
    ],
    dictionary_item: [
      include('common'),
      [IDENTIFIER, 'Name.Variable'],
      ['=', 'Punctuation', 'default_value'],
      [';', 'Punctuation', '#pop'],
    ],
    implements_rest: [
      include('common'),
      [String.raw`implements${KEYWORD_SUFFIX}`, 'Keyword'],
      [IDENTIFIER, 'Name.Class'],
      [';', 'Punctuation', '#pop'],
    ],
  },
};
