/**
 * Pygments' RqlLexer (pygments/lexers/sql.py, Pygments 2.20.0), rule for rule: CubicWeb's
 * Relation Query Language, case-insensitive.
 *
 *     Any X WHERE X is Person   ->   <nb>Any</nb><w> </w><n>X</n><w> </w><k>WHERE</k><w> </w><n>X</n><w> </w><nb>is</nb><w> </w><n>Person</n>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const rqlLexer: LexerDefinition = {
  name: 'RQL',
  aliases: ['rql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['(DELETE|SET|INSERT|UNION|DISTINCT|WITH|WHERE|BEING|OR' +
        '|AND|NOT|GROUPBY|HAVING|ORDERBY|ASC|DESC|LIMIT|OFFSET' +
        String.raw`|TODAY|NOW|TRUE|FALSE|NULL|EXISTS)\b`, 'Keyword'],
      ['[+*/<>=%-]', 'Operator'],
      [String.raw`(Any|is|instance_of|CWEType|CWRelation)\b`, 'Name.Builtin'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`[A-Z_]\w*\??`, 'Name'],
      ["'(''|[^'])*'", 'Literal.String.Single'],
      ['"(""|[^"])*"', 'Literal.String.Single'],
      [String.raw`[;:()\[\],.]`, 'Punctuation'],
    ],
  },
};
