/**
 * Pygments' GraphQLLexer (pygments/lexers/graphql.py, Pygments 2.20), rule for rule: operations,
 * selection sets, arguments and values, fragments, and the schema language's keywords.
 *
 *     query Q { me }   ->   <k>query</k><w> </w><nf>Q</nf><w> </w><p>{</p><w> </w><n>me</n><w> </w><p>}</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const OPERATION_TYPES = ['query', 'mutation', 'subscription'];
const BUILTIN_TYPES = ['Int', 'Float', 'String', 'Boolean', 'ID'];
const BOOLEAN_VALUES = ['true', 'false', 'null'];
const KEYWORDS = [
  'type', 'schema', 'extend', 'enum', 'scalar', 'implements', 'interface', 'union', 'input', 'directive',
  'QUERY', 'MUTATION', 'SUBSCRIPTION', 'FIELD', 'FRAGMENT_DEFINITION', 'FRAGMENT_SPREAD', 'INLINE_FRAGMENT',
  'SCHEMA', 'SCALAR', 'OBJECT', 'FIELD_DEFINITION', 'ARGUMENT_DEFINITION', 'INTERFACE', 'UNION', 'ENUM',
  'ENUM_VALUE', 'INPUT_OBJECT', 'INPUT_FIELD_DEFINITION',
];
const NAME = String.raw`[a-zA-Z_]\w*`;

export const graphqlLexer: LexerDefinition = {
  name: 'GraphQL',
  aliases: ['graphql'],
  tokens: {
    ignored_tokens: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*$', 'Comment'],
      [',', 'Punctuation'], // insignificant commas
    ],
    value: [
      include('ignored_tokens'),
      [String.raw`-?\d+(?![.eE])`, 'Literal.Number.Integer', '#pop'],
      [String.raw`-?\d+(\.\d+)?([eE][+-]?\d+)?`, 'Literal.Number.Float', '#pop'],
      ['"', 'Literal.String', ['#pop', 'string']],
      [words(BOOLEAN_VALUES, '', String.raw`\b`), 'Name.Builtin', '#pop'],
      [String.raw`\$${NAME}`, 'Name.Variable', '#pop'],
      [NAME, 'Name.Constant', '#pop'],
      [String.raw`\[`, 'Punctuation', ['#pop', 'list_value']],
      [String.raw`\{`, 'Punctuation', ['#pop', 'object_value']],
    ],
    list_value: [include('ignored_tokens'), [']', 'Punctuation', '#pop'], defaultState('value')],
    object_value: [
      include('ignored_tokens'),
      [NAME, 'Name'],
      [':', 'Punctuation', 'value'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    string: [
      [String.raw`\\(["\\/bfnrt]|u[a-fA-F0-9]{4})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      ['"', 'Literal.String', '#pop'],
    ],
    root: [
      include('ignored_tokens'),
      [words(OPERATION_TYPES, '', String.raw`\b`), 'Keyword', 'operation'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`\{`, 'Punctuation', 'selection_set'],
      [String.raw`fragment\b`, 'Keyword', 'fragment_definition'],
    ],
    operation: [
      include('ignored_tokens'),
      [NAME, 'Name.Function'],
      [String.raw`\(`, 'Punctuation', 'variable_definition'],
      [String.raw`\{`, 'Punctuation', ['#pop', 'selection_set']],
    ],
    variable_definition: [
      include('ignored_tokens'),
      [String.raw`\$${NAME}`, 'Name.Variable'],
      [String.raw`[\]!]`, 'Punctuation'],
      [':', 'Punctuation', 'type'],
      ['=', 'Punctuation', 'value'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    type: [
      include('ignored_tokens'),
      [String.raw`\[`, 'Punctuation'],
      [words(BUILTIN_TYPES, '', String.raw`\b`), 'Name.Builtin', '#pop'],
      [NAME, 'Name.Class', '#pop'],
    ],
    selection_set: [
      include('ignored_tokens'),
      [String.raw`(${NAME})(\s*)(:)`, bygroups('Name.Label', 'Text.Whitespace', 'Punctuation')],
      [NAME, 'Name'], // a field
      [String.raw`(\.\.\.)(\s+)(on)\b`, bygroups('Punctuation', 'Text.Whitespace', 'Keyword'), 'inline_fragment'],
      [String.raw`\.\.\.`, 'Punctuation', 'fragment_spread'],
      [String.raw`\(`, 'Punctuation', 'arguments'],
      [`@${NAME}`, 'Name.Decorator', 'directive'],
      [String.raw`\{`, 'Punctuation', 'selection_set'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    directive: [include('ignored_tokens'), [String.raw`\(`, 'Punctuation', ['#pop', 'arguments']]],
    arguments: [
      include('ignored_tokens'),
      [NAME, 'Name'],
      [':', 'Punctuation', 'value'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    // Fragments
    fragment_definition: [
      include('ignored_tokens'),
      [String.raw`[\]!]`, 'Punctuation'], // for a NamedType
      [String.raw`on\b`, 'Keyword', 'type'],
      [NAME, 'Name.Function'],
      [`@${NAME}`, 'Name.Decorator', 'directive'],
      [String.raw`\{`, 'Punctuation', ['#pop', 'selection_set']],
    ],
    fragment_spread: [
      include('ignored_tokens'),
      [`@${NAME}`, 'Name.Decorator', 'directive'],
      [NAME, 'Name', '#pop'], // the fragment's name
    ],
    inline_fragment: [
      include('ignored_tokens'),
      [NAME, 'Name.Class'], // type condition
      [`@${NAME}`, 'Name.Decorator', 'directive'],
      [String.raw`\{`, 'Punctuation', ['#pop', 'selection_set']],
    ],
  },
};
