/**
 * Pygments' SqlLexer (pygments/lexers/sql.py, Pygments 2.20), rule for rule: ANSI SQL only. Its
 * only flag is re.IGNORECASE (no re.MULTILINE), so keywords match in any case.
 *
 *     select id from t;   ->   <k>select</k><w> </w><n>id</n><w> </w><k>from</k><w> </w><n>t</n><p>;</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { SQL_DATATYPES, SQL_KEYWORDS } from './sql-words.ts';

export const sqlLexer: LexerDefinition = {
  name: 'SQL',
  aliases: ['sql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`--.*\n?`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [words(SQL_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(SQL_DATATYPES, '', String.raw`\b`), 'Name.Builtin'],
      ['[+*/<>=~!@#%^&|`?-]', 'Operator'],
      ['[0-9]+', 'Literal.Number.Integer'],
      // TODO (Pygments): backslash escapes?
      ["'(''|[^'])*'", 'Literal.String.Single'],
      ['"(""|[^"])*"', 'Literal.String.Symbol'], // not a real string literal in ANSI SQL
      [String.raw`[a-z_][\w$]*`, 'Name'], // allow $s in strings for Oracle
      [String.raw`[;:()\[\],.]`, 'Punctuation'],
    ],
    'multiline-comments': [
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[^/*]+', 'Comment.Multiline'],
      ['[/*]', 'Comment.Multiline'],
    ],
  },
};
