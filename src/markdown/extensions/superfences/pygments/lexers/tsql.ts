/**
 * Pygments' TransactSqlLexer (pygments/lexers/sql.py, Pygments 2.20.0), rule for rule:
 * Microsoft's and Sybase's T-SQL, case-insensitive, with ODBC and future reserved keywords.
 *
 *     declare @n int = 0x1F;   ->   <k>declare</k><w> </w><nv>@n</nv><w> </w><nc>int</nc><w> </w><o>=</o><w> </w><mh>0x1F</mh><p>;</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { FUNCTIONS, KEYWORDS, OPERATORS, OPERATOR_WORDS, TYPES } from './tsql-words.ts';

export const tsqlLexer: LexerDefinition = {
  name: 'Transact-SQL',
  aliases: ['tsql', 't-sql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`--.*[$|\n]?`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [words(OPERATORS), 'Operator'],
      [words(OPERATOR_WORDS, '', String.raw`\b`), 'Operator.Word'],
      [words(TYPES, '', String.raw`\b`), 'Name.Class'],
      [words(FUNCTIONS, '', String.raw`\b`), 'Name.Function'],
      [String.raw`(goto)(\s+)(\w+\b)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Label')],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(\[)([^]]+)(\])`, bygroups('Operator', 'Name', 'Operator')],
      ['0x[0-9a-f]+', 'Literal.Number.Hex'],
      // Float variant 1, for example: 1., 1.e2, 1.2e3
      [String.raw`[0-9]+\.[0-9]*(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      // Float variant 2, for example: .1, .1e2
      [String.raw`\.[0-9]+(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      // Float variant 3, for example: 123e45
      ['[0-9]+e[+-]?[0-9]+', 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ["'(''|[^'])*'", 'Literal.String.Single'],
      ['"(""|[^"])*"', 'Literal.String.Symbol'],
      ['[;(),.]', 'Punctuation'],
      // \w even for the first character: names starting with a digit are numbers by now.
      [String.raw`@@\w+`, 'Name.Builtin'],
      [String.raw`@\w+`, 'Name.Variable'],
      [String.raw`(\w+)(:)`, bygroups('Name.Label', 'Punctuation')],
      [String.raw`#?#?\w+`, 'Name'], // names for temp tables and anything else
      [String.raw`\?`, 'Name.Variable.Magic'], // parameter for prepared statements
    ],
    'multiline-comments': [
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[^/*]+', 'Comment.Multiline'],
      ['[/*]', 'Comment.Multiline'],
    ],
  },
};
