/**
 * Pygments' GoogleSqlLexer (pygments/lexers/sql.py, Pygments 2.20.0), rule for rule: GoogleSQL
 * (formerly ZetaSQL, BigQuery's dialect), case-insensitive. Its literals, strings, variables and
 * quoted names are MySqlLexer's; it has no optimizer hints, and operators only as whole words
 * between word boundaries (`a=b`, not `a = b`).
 *
 *     SELECT COUNT(*) FROM t   ->   <k>SELECT</k><w> </w><nf>COUNT</nf><p>(</p><err>*</err><p>)</p><w> </w><k>FROM</k><w> </w><n>t</n>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { CONSTANTS, FUNCTIONNAMES, KEYWORDS, OPERATORS, TYPES } from './googlesql-words.ts';
import { MYSQL_LITERALS, MYSQL_QUOTED_STATES } from './mysql.ts';

export const googlesqlLexer: LexerDefinition = {
  name: 'GoogleSQL',
  aliases: ['googlesql', 'zetasql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],

      // Comments
      [String.raw`(?:#|--\s+).*`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comment'],

      ...MYSQL_LITERALS,

      // Exceptions; these words tokenize differently in different contexts.
      [String.raw`\b(set)(?!\s*\()`, 'Keyword'],
      [String.raw`\b(character)(\s+)(set)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],

      // Constants, types, keywords, functions, operators
      [words(CONSTANTS, String.raw`\b`, String.raw`\b`), 'Name.Constant'],
      [words(TYPES, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(FUNCTIONNAMES, String.raw`\b`, String.raw`\b(\s*)(\()`), bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      [words(OPERATORS, String.raw`\b`, String.raw`\b`), 'Operator'],

      // Schema object names (all-numeric ones are numbers by now)
      ['[0-9a-z$_\u0080-\uffff]+', 'Name'],
      ['`', 'Name.Quoted', 'schema-object-name'],

      // Punctuation
      ['[(),.;]', 'Punctuation'],
    ],
    ...MYSQL_QUOTED_STATES,
  },
};
