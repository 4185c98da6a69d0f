/**
 * Pygments' GSQLLexer (pygments/lexers/gsql.py, Pygments 2.20.0), rule for rule: TigerGraph's GSQL.
 *
 *     CREATE QUERY hello(VERTEX<Person> p) FOR GRAPH social { PRINT p; }
 *     ->   <k>CREATE</k> <k>QUERY</k> <n>hello</n><o>(</o><k>VERTEX</k><p><</p><n>Person</n><p>></p> <n>p</n><o>)</o> <k>FOR</k> <k>GRAPH</k> <n>social</n> <p>{</p> <k>PRINT</k> <n>p</n><o>;</o> <p>}</p>
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS_WORDS: readonly string[] = [
  'ACCUM', 'AND', 'ANY', 'API', 'AS', 'ASC', 'AVG', 'BAG', 'BATCH', 'BETWEEN', 'BOOL', 'BOTH', 'BREAK', 'BY', 'CASE',
  'CATCH', 'COALESCE', 'COMPRESS', 'CONTINUE', 'COUNT', 'CREATE', 'DATETIME', 'DATETIME_ADD', 'DATETIME_SUB',
  'DELETE', 'DESC', 'DISTRIBUTED', 'DO', 'DOUBLE', 'EDGE', 'ELSE', 'END', 'ESCAPE', 'EXCEPTION', 'FALSE', 'FILE',
  'FILTER', 'FLOAT', 'FOREACH', 'FOR', 'FROM', 'GRAPH', 'GROUP', 'GSQL_INT_MAX', 'GSQL_INT_MIN', 'GSQL_UINT_MAX',
  'HAVING', 'IF', 'IN', 'INSERT', 'INT', 'INTERPRET', 'INTERSECT', 'INTERVAL', 'INTO', 'IS', 'ISEMPTY', 'JSONARRAY',
  'JSONOBJECT', 'LASTHOP', 'LEADING', 'LIKE', 'LIMIT', 'LIST', 'LOAD_ACCUM', 'LOG', 'MAP', 'MATCH', 'MAX', 'MIN',
  'MINUS', 'NOT', 'NOW', 'NULL', 'OFFSET', 'OR', 'ORDER', 'PATH', 'PER', 'PINNED', 'POST_ACCUM', 'POST-ACCUM',
  'PRIMARY_ID', 'PRINT', 'QUERY', 'RAISE', 'RANGE', 'REPLACE', 'RESET_COLLECTION_ACCUM', 'RETURN', 'RETURNS', 'RUN',
  'SAMPLE', 'SELECT', 'SELECT_VERTEX', 'SET', 'SRC', 'STATIC', 'STRING', 'SUM', 'SYNTAX', 'TARGET', 'TAGSTGT',
  'THEN', 'TO', 'TO_CSV', 'TO_DATETIME', 'TRAILING', 'TRIM', 'TRUE', 'TRY', 'TUPLE', 'TYPEDEF', 'UINT', 'UNION',
  'UPDATE', 'VALUES', 'VERTEX', 'WHEN', 'WHERE', 'WHILE', 'WITH',
];

export const gsqlLexer: LexerDefinition = {
  name: 'GSQL',
  aliases: ['gsql'],
  flags: 'im',
  tokens: {
    root: [
      include('comment'),
      include('keywords'),
      include('clauses'),
      include('accums'),
      include('relations'),
      include('strings'),
      include('whitespace'),
      include('barewords'),
      include('operators'),
    ],
    comment: [
      [String.raw`\#.*`, 'Comment.Single'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment.Multiline'],
    ],
    keywords: [
      [words(KEYWORDS_WORDS, String.raw`(?<!\.)`, String.raw`\b`), 'Keyword'],
    ],
    clauses: [
      [words(['accum', 'having', 'limit', 'order', 'postAccum', 'sample', 'where']), 'Name.Builtin'],
    ],
    accums: [
      [words(['andaccum', 'arrayaccum', 'avgaccum', 'bagaccum', 'bitwiseandaccum', 'bitwiseoraccum', 'groupbyaccum', 'heapaccum', 'listaccum', 'MapAccum', 'maxaccum', 'minaccum', 'oraccum', 'setaccum', 'sumaccum']), 'Name.Builtin'],
    ],
    relations: [
      [String.raw`(-\s?)(\(.*\:\w?\))(\s?-)`, bygroups('Operator', usingThis(), 'Operator')],
      [String.raw`->|<-`, 'Operator'],
      [String.raw`[.*{}\[\]\<\>\_]`, 'Punctuation'],
    ],
    strings: [
      [String.raw`"([^"\\]|\\.)*"`, 'Literal.String'],
      [String.raw`@{1,2}\w+`, 'Name.Variable'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    barewords: [
      [String.raw`[a-z]\w*`, 'Name'],
      [String.raw`(\d+\.\d+|\d+)`, 'Literal.Number'],
    ],
    operators: [
      [String.raw`\$|[^0-9|\/|\-](\-\=|\+\=|\*\=|\\\=|\=|\=\=|\=\=\=|\+|\-|\*|\\|\+\=|\>|\<)[^\>|\/]`, 'Operator'],
      [String.raw`(\||\(|\)|\,|\;|\=|\-|\+|\*|\/|\>|\<|\:)`, 'Operator'],
    ],
  },
};
