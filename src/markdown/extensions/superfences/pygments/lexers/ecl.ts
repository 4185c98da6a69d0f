/**
 * Pygments' ECLLexer (pygments/lexers/ecl.py, Pygments 2.20.0), rule for rule: HPCC's ECL.
 *
 *     EXPORT Layout := RECORD STRING20 name; END;
 *     ->   <kr>EXPORT</kr> <n>Layout</n> <o>:=</o> <kd>RECORD </kd><kt>STRING20</kt> <n>name</n><p>;</p> <kd>END;</kd>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS_WORDS: readonly string[] = [
  'APPLY', 'ASSERT', 'BUILD', 'BUILDINDEX', 'EVALUATE', 'FAIL', 'KEYDIFF', 'KEYPATCH', 'LOADXML', 'NOTHOR', 'NOTIFY',
  'OUTPUT', 'PARALLEL', 'SEQUENTIAL', 'SOAPCALL', 'CHECKPOINT', 'DEPRECATED', 'FAILCODE', 'FAILMESSAGE', 'FAILURE',
  'GLOBAL', 'INDEPENDENT', 'ONWARNING', 'PERSIST', 'PRIORITY', 'RECOVERY', 'STORED', 'SUCCESS', 'WAIT', 'WHEN',
];

const KEYWORDS_WORDS_2: readonly string[] = [
  'ALL', 'AND', 'ANY', 'AS', 'ATMOST', 'BEFORE', 'BEGINC++', 'BEST', 'BETWEEN', 'CASE', 'CONST', 'COUNTER', 'CSV',
  'DESCEND', 'ENCRYPT', 'ENDC++', 'ENDMACRO', 'EXCEPT', 'EXCLUSIVE', 'EXPIRE', 'EXPORT', 'EXTEND', 'FALSE', 'FEW',
  'FIRST', 'FLAT', 'FULL', 'FUNCTION', 'GROUP', 'HEADER', 'HEADING', 'HOLE', 'IFBLOCK', 'IMPORT', 'IN', 'JOINED',
  'KEEP', 'KEYED', 'LAST', 'LEFT', 'LIMIT', 'LOAD', 'LOCAL', 'LOCALE', 'LOOKUP', 'MACRO', 'MANY', 'MAXCOUNT',
  'MAXLENGTH', 'MIN SKEW', 'MODULE', 'INTERFACE', 'NAMED', 'NOCASE', 'NOROOT', 'NOSCAN', 'NOSORT', 'NOT', 'OF',
  'ONLY', 'OPT', 'OR', 'OUTER', 'OVERWRITE', 'PACKED', 'PARTITION', 'PENALTY', 'PHYSICALLENGTH', 'PIPE', 'QUOTE',
  'RELATIONSHIP', 'REPEAT', 'RETURN', 'RIGHT', 'SCAN', 'SELF', 'SEPARATOR', 'SERVICE', 'SHARED', 'SKEW', 'SKIP',
  'SQL', 'STORE', 'TERMINATOR', 'THOR', 'THRESHOLD', 'TOKEN', 'TRANSFORM', 'TRIM', 'TRUE', 'TYPE', 'UNICODEORDER',
  'UNSORTED', 'VALIDATE', 'VIRTUAL', 'WHOLE', 'WILD', 'WITHIN', 'XML', 'XPATH', '__COMPRESSED__',
];

const FUNCTIONS_WORDS: readonly string[] = [
  'ABS', 'ACOS', 'ALLNODES', 'ASCII', 'ASIN', 'ASSTRING', 'ATAN', 'ATAN2', 'AVE', 'CASE', 'CHOOSE', 'CHOOSEN',
  'CHOOSESETS', 'CLUSTERSIZE', 'COMBINE', 'CORRELATION', 'COS', 'COSH', 'COUNT', 'COVARIANCE', 'CRON', 'DATASET',
  'DEDUP', 'DEFINE', 'DENORMALIZE', 'DISTRIBUTE', 'DISTRIBUTED', 'DISTRIBUTION', 'EBCDIC', 'ENTH', 'ERROR',
  'EVALUATE', 'EVENT', 'EVENTEXTRA', 'EVENTNAME', 'EXISTS', 'EXP', 'FAILCODE', 'FAILMESSAGE', 'FETCH', 'FROMUNICODE',
  'GETISVALID', 'GLOBAL', 'GRAPH', 'GROUP', 'HASH', 'HASH32', 'HASH64', 'HASHCRC', 'HASHMD5', 'HAVING', 'IF',
  'INDEX', 'INTFORMAT', 'ISVALID', 'ITERATE', 'JOIN', 'KEYUNICODE', 'LENGTH', 'LIBRARY', 'LIMIT', 'LN', 'LOCAL',
  'LOG', 'LOOP', 'MAP', 'MATCHED', 'MATCHLENGTH', 'MATCHPOSITION', 'MATCHTEXT', 'MATCHUNICODE', 'MAX', 'MERGE',
  'MERGEJOIN', 'MIN', 'NOLOCAL', 'NONEMPTY', 'NORMALIZE', 'PARSE', 'PIPE', 'POWER', 'PRELOAD', 'PROCESS', 'PROJECT',
  'PULL', 'RANDOM', 'RANGE', 'RANK', 'RANKED', 'REALFORMAT', 'RECORDOF', 'REGEXFIND', 'REGEXREPLACE', 'REGROUP',
  'REJECTED', 'ROLLUP', 'ROUND', 'ROUNDUP', 'ROW', 'ROWDIFF', 'SAMPLE', 'SET', 'SIN', 'SINH', 'SIZEOF', 'SOAPCALL',
  'SORT', 'SORTED', 'SQRT', 'STEPPED', 'STORED', 'SUM', 'TABLE', 'TAN', 'TANH', 'THISNODE', 'TOPN', 'TOUNICODE',
  'TRANSFER', 'TRIM', 'TRUNCATE', 'TYPEOF', 'UNGROUP', 'UNICODEORDER', 'VARIANCE', 'WHICH', 'WORKUNIT', 'XMLDECODE',
  'XMLENCODE', 'XMLTEXT', 'XMLUNICODE',
];

export const eclLexer: LexerDefinition = {
  name: 'ECL',
  aliases: ['ecl'],
  flags: 'im',
  tokens: {
    root: [
      include('whitespace'),
      include('statements'),
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\/\/.*`, 'Comment.Single'],
      [String.raw`/(\\\n)?\*(.|\n)*?\*(\\\n)?/`, 'Comment.Multiline'],
    ],
    statements: [
      include('types'),
      include('keywords'),
      include('functions'),
      include('hash'),
      [String.raw`"`, 'Literal.String', 'string'],
      [String.raw`\'`, 'Literal.String', 'string'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)e[+-]?\d+[lu]*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+f)f?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-f]+[lu]*`, 'Literal.Number.Hex'],
      [String.raw`0[0-7]+[lu]*`, 'Literal.Number.Oct'],
      [String.raw`\d+[lu]*`, 'Literal.Number.Integer'],
      [String.raw`[~!%^&*+=|?:<>/-]+`, 'Operator'],
      [String.raw`[{}()\[\],.;]`, 'Punctuation'],
      [String.raw`[a-z_]\w*`, 'Name'],
    ],
    hash: [
      [String.raw`^#.*$`, 'Comment.Preproc'],
    ],
    types: [
      [String.raw`(RECORD|END)\D`, 'Keyword.Declaration'],
      [String.raw`((?:ASCII|BIG_ENDIAN|BOOLEAN|DATA|DECIMAL|EBCDIC|INTEGER|PATTERN|QSTRING|REAL|RECORD|RULE|SET OF|STRING|TOKEN|UDECIMAL|UNICODE|UNSIGNED|VARSTRING|VARUNICODE)\d*)(\s+)`, bygroups('Keyword.Type', 'Text.Whitespace')],
    ],
    keywords: [
      [words(KEYWORDS_WORDS, '', String.raw`\b`), 'Keyword.Reserved'],
      [words(KEYWORDS_WORDS_2, '', String.raw`\b`), 'Keyword.Reserved'],
    ],
    functions: [
      [words(FUNCTIONS_WORDS, '', String.raw`\b`), 'Name.Function'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\'`, 'Literal.String', '#pop'],
      [String.raw`[^"\']+`, 'Literal.String'],
    ],
  },
};
