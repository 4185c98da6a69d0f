/**
 * Pygments' KustoLexer (pygments/lexers/kusto.py, Pygments 2.20.0), rule for rule: Kusto Query
 * Language (KQL). Its punctuation list keeps Pygments' `'..' '!'` slip, one item `..!`.
 *
 *     T | where x > 1   ->   <n>T</n> <p>|</p> <k>where</k> <n>x</n> <p>&gt;</p> <mi>1</mi>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

/** The keywords the Azure portal's query editor highlights. */
const KUSTO_KEYWORDS = [
  'and', 'as', 'between', 'by', 'consume', 'contains', 'containscs', 'count', 'distinct', 'evaluate', 'extend',
  'facet', 'filter', 'find', 'fork', 'getschema', 'has', 'invoke', 'join', 'limit', 'lookup', 'make-series',
  'matches regex', 'mv-apply', 'mv-expand', 'notcontains', 'notcontainscs', '!contains', '!has', '!startswith',
  'on', 'or', 'order', 'parse', 'parse-where', 'parse-kv', 'partition', 'print', 'project', 'project-away',
  'project-keep', 'project-rename', 'project-reorder', 'range', 'reduce', 'regex', 'render', 'sample',
  'sample-distinct', 'scan', 'search', 'serialize', 'sort', 'startswith', 'summarize', 'take', 'top', 'top-hitters',
  'top-nested', 'typeof', 'union', 'where', 'bool', 'date', 'datetime', 'int', 'long', 'real', 'string', 'time',
];
/** Kusto's SyntaxFacts punctuation (`'..' '!'` run together, as in Pygments). */
const KUSTO_PUNCTUATION = [
  '(', ')', '[', ']', '{', '}', '|', '<|', '+', '-', '*', '/', '%', '..!', '<', '<=', '>', '>=', '=', '==', '!=',
  '<>', ':', ';', ',', '=~', '!~', '?', '=>',
];

export const kustoLexer: LexerDefinition = {
  name: 'Kusto',
  aliases: ['kql', 'kusto'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [words(KUSTO_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`//.*`, 'Comment'],
      [words(KUSTO_PUNCTUATION), 'Punctuation'],
      [String.raw`[^\W\d]\w*`, 'Name'],
      // 1, .1, 1., 1.1, 1.1111 ...
      [String.raw`\d+[.]\d*|[.]\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`'`, 'Literal.String', 'single_string'],
      [String.raw`"`, 'Literal.String', 'double_string'],
      [String.raw`@'`, 'Literal.String', 'single_verbatim'],
      [String.raw`@"`, 'Literal.String', 'double_verbatim'],
      ['```', 'Literal.String', 'multi_string'],
    ],
    single_string: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^'\\]+`, 'Literal.String'],
    ],
    double_string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^"\\]+`, 'Literal.String'],
    ],
    single_verbatim: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`[^']+`, 'Literal.String'],
    ],
    double_verbatim: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`[^"]+`, 'Literal.String'],
    ],
    multi_string: [
      ['[^`]+', 'Literal.String'],
      ['```', 'Literal.String', '#pop'],
      ['`', 'Literal.String'],
    ],
  },
};
