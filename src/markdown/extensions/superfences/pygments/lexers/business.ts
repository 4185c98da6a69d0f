/**
 * Pygments' GoodDataCLLexer and MaqlLexer (pygments/lexers/business.py, Pygments 2.20.0), rule for rule.
 * GoodData-CL scripts: commands with `name=value` arguments.
 * MAQL, GoodData's analytical query language.
 *
 *     Load(csv="x.csv");   ->   <nf>Load</nf><p>(</p><nv>csv</nv><o>=</o><s>"</s><s>x.csv</s><s>"</s><p>)</p><p>;</p>
 *     SELECT SUM({fact.amount})   ->   <k>SELECT</k><w> </w><nf>SUM</nf><p>(</p><nv>{fact.amount}</nv><p>)</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const goodDataClLexer: LexerDefinition = {
  name: 'GoodData-CL',
  aliases: ['gooddata-cl'],
  flags: 'i',
  tokens: {
    root: [
      ['#.*', 'Comment.Single'],
      [String.raw`[a-z]\w*`, 'Name.Function'],
      [String.raw`\(`, 'Punctuation', 'args-list'],
      [';', 'Punctuation'],
      [String.raw`\s+`, 'Text'],
    ],
    'args-list': [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
      [String.raw`[a-z]\w*`, 'Name.Variable'],
      ['=', 'Operator'],
      ['"', 'Literal.String', 'string-literal'],
      [String.raw`[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]{1,3})?`, 'Literal.Number'],
      [String.raw`\s`, 'Text.Whitespace'],
    ],
    'string-literal': [
      [String.raw`\\[tnrfbae"\\]`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};

const ROOT_KEYWORD = [
  'DIMENSION', 'DIMENSIONS', 'BOTTOM', 'METRIC', 'COUNT', 'OTHER', 'FACT', 'WITH', 'TOP', 'OR', 'ATTRIBUTE',
  'CREATE', 'PARENT', 'FALSE', 'ROW', 'ROWS', 'FROM', 'ALL', 'AS', 'PF', 'COLUMN', 'COLUMNS', 'DEFINE', 'REPORT',
  'LIMIT', 'TABLE', 'LIKE', 'AND', 'BY', 'BETWEEN', 'EXCEPT', 'SELECT', 'MATCH', 'WHERE', 'TRUE', 'FOR', 'IN',
  'WITHOUT', 'FILTER', 'ALIAS', 'WHEN', 'NOT', 'ON', 'KEYS', 'KEY', 'FULLSET', 'PRIMARY', 'LABELS', 'LABEL',
  'VISUAL', 'TITLE', 'DESCRIPTION', 'FOLDER', 'ALTER', 'DROP', 'ADD', 'DATASET', 'DATATYPE', 'INT', 'BIGINT',
  'DOUBLE', 'DATE', 'VARCHAR', 'DECIMAL', 'SYNCHRONIZE', 'TYPE', 'DEFAULT', 'ORDER', 'ASC', 'DESC', 'HYPERLINK',
  'INCLUDE', 'TEMPLATE', 'MODIFY',
];

export const maqlLexer: LexerDefinition = {
  name: 'MAQL',
  aliases: ['maql'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`IDENTIFIER\b`, 'Name.Builtin'],
      [String.raw`\{[^}]+\}`, 'Name.Variable'],
      [String.raw`[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]{1,3})?`, 'Literal.Number'],
      ['"', 'Literal.String', 'string-literal'],
      [String.raw`\<\>|\!\=`, 'Operator'],
      [String.raw`\=|\>\=|\>|\<\=|\<`, 'Operator'],
      [String.raw`\:\=`, 'Operator'],
      [String.raw`\[[^]]+\]`, 'Name.Variable.Class'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [String.raw`[a-z]\w*\b`, 'Name.Function'],
      ['#.*', 'Comment.Single'],
      ['[,;()]', 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'string-literal': [
      [String.raw`\\[tnrfbae"\\]`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
