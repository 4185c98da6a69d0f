/**
 * Pygments' MySqlLexer (pygments/lexers/sql.py, Pygments 2.20.0), rule for rule: Oracle MySQL
 * (not MariaDB), case-insensitive; `set` is a keyword unless a `(` follows (then the SET type).
 *
 *     select `id` from t;   ->   <k>select</k><w> </w><nq>`id`</nq><w> </w><k>from</k><w> </w><n>t</n><p>;</p>
 */
import { bygroups, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { MYSQL_CONSTANTS, MYSQL_DATATYPES, MYSQL_FUNCTIONS, MYSQL_KEYWORDS, MYSQL_OPTIMIZER_HINTS } from './mysql-words.ts';

/** A time of day: `12:30:00.5` (separators are any character, as in Pygments). */
const TIME = String.raw`\d{1,2}.?\d{1,2}.?\d{1,2}(\.\d*)?`;

/** MySqlLexer's numbers, dates, strings and variables, which GoogleSqlLexer repeats. */
export const MYSQL_LITERALS: readonly Rule[] = [
  // Hexadecimal literals
  ["x'([0-9a-f]{2})+'", 'Literal.Number.Hex'], // MySQL requires paired hex characters in this form.
  ['0x[0-9a-f]+', 'Literal.Number.Hex'],

  // Binary literals
  ["b'[01]+'", 'Literal.Number.Bin'],
  ['0b[01]+', 'Literal.Number.Bin'],

  // Numeric literals
  [String.raw`[0-9]+\.[0-9]*(e[+-]?[0-9]+)?`, 'Literal.Number.Float'], // Mandatory integer, optional fraction and exponent
  [String.raw`[0-9]*\.[0-9]+(e[+-]?[0-9]+)?`, 'Literal.Number.Float'], // Mandatory fraction, optional integer and exponent
  ['[0-9]+e[+-]?[0-9]+', 'Literal.Number.Float'], // Exponents with integer significands are still floats
  ['[0-9]+(?=[^0-9a-z$_\u0080-\uffff])', 'Literal.Number.Integer'], // Integers that are not in a schema object name

  // Date literals
  [String.raw`\{\s*d\s*(?P<quote>['"])\s*\d{2}(\d{2})?.?\d{2}.?\d{2}\s*(?P=quote)\s*\}`, 'Literal.Date'],

  // Time literals
  [String.raw`\{\s*t\s*(?P<quote>['"])\s*(?:\d+\s+)?` + TIME + String.raw`\s*(?P=quote)\s*\}`, 'Literal.Date'],

  // Timestamp literals: a date part, whitespace, a time part
  [String.raw`\{\s*ts\s*(?P<quote>['"])\s*\d{2}(?:\d{2})?.?\d{2}.?\d{2}\s+` + TIME + String.raw`\s*(?P=quote)\s*\}`, 'Literal.Date'],

  // String literals
  ["'", 'Literal.String.Single', 'single-quoted-string'],
  ['"', 'Literal.String.Double', 'double-quoted-string'],

  // Variables
  [String.raw`@@(?:global\.|persist\.|persist_only\.|session\.)?[a-z_]+`, 'Name.Variable'],
  [String.raw`@[a-z0-9_$.]+`, 'Name.Variable'],
  ["@'", 'Name.Variable', 'single-quoted-variable'],
  ['@"', 'Name.Variable', 'double-quoted-variable'],
  ['@`', 'Name.Variable', 'backtick-quoted-variable'],
  [String.raw`\?`, 'Name.Variable'], // For demonstrating prepared statements
];

/** MySqlLexer's comment, string, variable and quoted name states, which GoogleSqlLexer repeats. */
export const MYSQL_QUOTED_STATES: Readonly<Record<string, readonly Rule[]>> = {
  'multiline-comment': [
    [String.raw`[^*]+`, 'Comment.Multiline'],
    [String.raw`\*/`, 'Comment.Multiline', '#pop'],
    [String.raw`\*`, 'Comment.Multiline'],
  ],

  // String substates
  'single-quoted-string': [
    [String.raw`[^'\\]+`, 'Literal.String.Single'],
    ["''", 'Literal.String.Escape'],
    [String.raw`\\[0'"bnrtZ\\%_]`, 'Literal.String.Escape'],
    ["'", 'Literal.String.Single', '#pop'],
  ],
  'double-quoted-string': [
    [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ['""', 'Literal.String.Escape'],
    [String.raw`\\[0'"bnrtZ\\%_]`, 'Literal.String.Escape'],
    ['"', 'Literal.String.Double', '#pop'],
  ],

  // Variable substates
  'single-quoted-variable': [
    ["[^']+", 'Name.Variable'],
    ["''", 'Name.Variable'],
    ["'", 'Name.Variable', '#pop'],
  ],
  'double-quoted-variable': [
    ['[^"]+', 'Name.Variable'],
    ['""', 'Name.Variable'],
    ['"', 'Name.Variable', '#pop'],
  ],
  'backtick-quoted-variable': [
    ['[^`]+', 'Name.Variable'],
    ['``', 'Name.Variable'],
    ['`', 'Name.Variable', '#pop'],
  ],

  // Schema object name substates: Name.Quoted is no standard type, styled as Name by default.
  'schema-object-name': [
    ['[^`]+', 'Name.Quoted'],
    ['``', 'Name.Quoted.Escape'],
    ['`', 'Name.Quoted', '#pop'],
  ],
};

export const mysqlLexer: LexerDefinition = {
  name: 'MySQL',
  aliases: ['mysql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],

      // Comments
      [String.raw`(?:#|--\s+).*`, 'Comment.Single'],
      [String.raw`/\*\+`, 'Comment.Special', 'optimizer-hints'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comment'],

      ...MYSQL_LITERALS,

      // Operators
      ['[!%&*+/:<=>^|~-]+', 'Operator'],

      // Exceptions; these words tokenize differently in different contexts.
      [String.raw`\b(set)(?!\s*\()`, 'Keyword'],
      [String.raw`\b(character)(\s+)(set)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      // In all other known cases, "SET" is tokenized by MYSQL_DATATYPES.

      [words(MYSQL_CONSTANTS, String.raw`\b`, String.raw`\b`), 'Name.Constant'],
      [words(MYSQL_DATATYPES, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(MYSQL_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(MYSQL_FUNCTIONS, String.raw`\b`, String.raw`\b(\s*)(\()`), bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],

      // Schema object names (all-numeric ones are numbers by now)
      ['[0-9a-z$_\u0080-\uffff]+', 'Name'],
      ['`', 'Name.Quoted', 'schema-object-name'],

      // Punctuation
      ['[(),.;]', 'Punctuation'],
    ],

    // Multiline comment substates
    'optimizer-hints': [
      ['[^*a-z]+', 'Comment.Special'],
      [String.raw`\*/`, 'Comment.Special', '#pop'],
      [words(MYSQL_OPTIMIZER_HINTS, '', String.raw`\b`), 'Comment.Preproc'],
      ['[a-z]+', 'Comment.Special'],
      [String.raw`\*`, 'Comment.Special'],
    ],
    ...MYSQL_QUOTED_STATES,
  },
};
