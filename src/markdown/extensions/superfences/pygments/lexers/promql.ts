/**
 * Pygments' PromQLLexer (pygments/lexers/promql.py, Pygments 2.20.0), rule for rule: Prometheus
 * queries; keywords match as prefixes (no `\b` before them), label matchers get their own state.
 *
 *     rate(http_requests_total{job="api"}[5m])   ->   <kr>rate</kr><o>(</o><nv>http_requests_total</nv><p>{</p><nl>job</nl><o>=</o><p>"</p><s>api</s><p>"</p><p>}</p><p>[</p><s>5m</s><p>]</p><o>)</o>
 */
import { bygroups, defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

const BASE_KEYWORDS = ['bool', 'by', 'group_left', 'group_right', 'ignoring', 'offset', 'on', 'without'];
const AGGREGATOR_KEYWORDS = ['sum', 'min', 'max', 'avg', 'group', 'stddev', 'stdvar', 'count', 'count_values', 'bottomk', 'topk', 'quantile'];
const FUNCTION_KEYWORDS = [
  'abs', 'absent', 'absent_over_time', 'avg_over_time', 'ceil', 'changes', 'clamp_max', 'clamp_min', 'count_over_time',
  'day_of_month', 'day_of_week', 'days_in_month', 'delta', 'deriv', 'exp', 'floor', 'histogram_quantile', 'holt_winters',
  'hour', 'idelta', 'increase', 'irate', 'label_join', 'label_replace', 'ln', 'log10', 'log2', 'max_over_time',
  'min_over_time', 'minute', 'month', 'predict_linear', 'quantile_over_time', 'rate', 'resets', 'round', 'scalar', 'sort',
  'sort_desc', 'sqrt', 'stddev_over_time', 'stdvar_over_time', 'sum_over_time', 'time', 'timestamp', 'vector', 'year',
];

export const promqlLexer: LexerDefinition = {
  name: 'PromQL',
  aliases: ['promql'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [',', 'Punctuation'],
      // Keywords
      [words(BASE_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(AGGREGATOR_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(FUNCTION_KEYWORDS, '', String.raw`\b`), 'Keyword.Reserved'],
      // Offsets
      ['[1-9][0-9]*[smhdwy]', 'Literal.String'],
      // Numbers
      [String.raw`-?[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
      ['-?[0-9]+', 'Literal.Number.Integer'],
      // Comments
      ['#.*?$', 'Comment.Single'],
      // Operators
      [String.raw`(\+|\-|\*|\/|\%|\^)`, 'Operator'],
      ['==|!=|>=|<=|<|>', 'Operator'],
      // No word boundary: `order` starts with an operator word.
      ['and|or|unless', 'Operator.Word'],
      // Metrics
      ['[_a-zA-Z][a-zA-Z0-9_]+', 'Name.Variable'],
      // Params
      [String.raw`(["\'])(.*?)(["\'])`, bygroups('Punctuation', 'Literal.String', 'Punctuation')],
      // Other states
      [String.raw`\(`, 'Operator', 'function'],
      [String.raw`\)`, 'Operator'],
      [String.raw`\{`, 'Punctuation', 'labels'],
      [String.raw`\[`, 'Punctuation', 'range'],
    ],
    labels: [
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [',', 'Punctuation'],
      [
        String.raw`([_a-zA-Z][a-zA-Z0-9_]*?)(\s*?)(=~|!=|=|!~)(\s*?)("|\')(.*?)("|\')`,
        bygroups('Name.Label', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation'),
      ],
    ],
    range: [
      [String.raw`\]`, 'Punctuation', '#pop'],
      ['[1-9][0-9]*[smhdwy]', 'Literal.String'],
    ],
    function: [
      [String.raw`\)`, 'Operator', '#pop'],
      [String.raw`\(`, 'Operator', '#push'],
      defaultState('#pop'),
    ],
  },
};
