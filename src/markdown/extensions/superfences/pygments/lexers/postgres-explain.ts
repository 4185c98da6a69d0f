/**
 * Pygments' PostgresExplainLexer (pygments/lexers/sql.py, Pygments 2.20.0), rule for rule: the
 * plan EXPLAIN prints, case-sensitive. Costs and timings open `instrumentation`, keys such as
 * `Sort Key:` an object name, `Filter:` a predicate.
 *
 *     Seq Scan on t  (cost=0.00..1.01 rows=1 width=4)
 *       ->   <k>Seq Scan</k><w> </w><p>on</p><w> </w><nv>t</nv><w>  </w><nc>(cost</nc><p>=</p><mf>0.00</mf><p>..</p>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { EXPLAIN_KEYWORDS } from './postgres-words.ts';

export const postgresExplainLexer: LexerDefinition = {
  name: 'PostgreSQL EXPLAIN dialect',
  aliases: ['postgres-explain'],
  tokens: {
    root: [
      [String.raw`(:|\(|\)|ms|kB|->|\.\.|\,|\/|=|%)`, 'Punctuation'],
      [String.raw`(\s+)`, 'Text.Whitespace'],

      // Estimated cost, and the counters ANALYZE measures: then instrumentation
      ['(cost)(=?)', bygroups('Name.Class', 'Punctuation'), 'instrumentation'],
      ['(actual)( )(=?)', bygroups('Name.Class', 'Text.Whitespace', 'Punctuation'), 'instrumentation'],

      // Misc keywords
      [words(['actual', 'Memory Usage', 'Disk Usage', 'Memory', 'Buckets',
        'Batches', 'originally', 'row', 'rows', 'Hits', 'Misses',
        'Evictions', 'Overflows', 'Planned Partitions', 'Estimates',
        'capacity', 'distinct keys', 'lookups', 'hit percent',
        'Index Searches', 'Storage', 'Disk Maximum Storage'], '', String.raw`\b`), 'Comment.Single'],

      ['(hit|read|dirtied|written|write|time|calls)(=)', bygroups('Comment.Single', 'Operator')],
      ['(shared|temp|local)', 'Keyword.Pseudo'],

      // The sort state emphasizes specific keywords (especially disk access)
      ['(Sort Method)(: )', bygroups('Comment.Preproc', 'Punctuation'), 'sort'],

      // These keywords can be followed by an object, like a table
      ['(Sort Key|Group Key|Presorted Key|Hash Key)(:)( )', bygroups('Comment.Preproc', 'Punctuation', 'Text.Whitespace'), 'object_name'],
      ['(Cache Key|Cache Mode)(:)( )', bygroups('Comment', 'Punctuation', 'Text.Whitespace'), 'object_name'],

      // These keywords can be followed by a predicate
      [words(['Join Filter', 'Subplans Removed', 'Filter', 'Merge Cond',
        'Hash Cond', 'Index Cond', 'Recheck Cond', 'Heap Blocks',
        'TID Cond', 'Run Condition', 'Order By', 'Function Call',
        'Table Function Call', 'Inner Unique', 'Params Evaluated',
        'Single Copy', 'Sampling', 'One-Time Filter', 'Output',
        'Relations', 'Remote SQL', 'Disabled'], '', String.raw`\b`), 'Comment.Preproc', 'predicate'],

      // Special keyword to handle ON CONFLICT
      ['Conflict ', 'Comment.Preproc', 'conflict'],

      // Special keyword for InitPlan or SubPlan
      [String.raw`(InitPlan|SubPlan)( )(\d+)( )`, bygroups('Keyword', 'Text.Whitespace', 'Literal.Number.Integer', 'Text.Whitespace'), 'init_plan'],

      [words(['Sort Method', 'Join Filter', 'Planning time',
        'Planning Time', 'Execution time', 'Execution Time',
        'Workers Planned', 'Workers Launched', 'Buffers',
        'Planning', 'Worker', 'Query Identifier', 'Time',
        'Full-sort Groups', 'Pre-sorted Groups'], '', String.raw`\b`), 'Comment.Preproc'],

      // Emphasize these keywords
      [words(['Rows Removed by Join Filter', 'Rows Removed by Filter',
        'Rows Removed by Index Recheck',
        'Heap Fetches', 'never executed'], '', String.raw`\b`), 'Name.Exception'],
      ['(I/O Timings)(:)( )', bygroups('Name.Exception', 'Punctuation', 'Text.Whitespace')],

      [words(EXPLAIN_KEYWORDS, '', String.raw`\b`), 'Keyword'],

      // join keywords
      ['((Right|Left|Full|Semi|Anti) Join)', 'Keyword.Type'],
      ['(Parallel |Async |Finalize |Partial )', 'Comment.Preproc'],
      ['Backward', 'Comment.Preproc'],
      ['(Intersect|Except|Hash)', 'Comment.Preproc'],

      [String.raw`(CTE)( )(\w*)?`, bygroups('Comment', 'Text.Whitespace', 'Name.Variable')],

      // "on" and "using" as punctuation
      ['(on|using)', 'Punctuation', 'object_name'],

      // strings
      ["'(''|[^'])*'", 'Literal.String.Single'],
      // numbers
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`(-?\d+)`, 'Literal.Number.Integer'],

      // boolean
      ['(true|false)', 'Name.Constant'],
      // explain header
      [String.raw`\s*QUERY PLAN\s*\n\s*-+`, 'Comment.Single'],
      // Settings
      ['(Settings)(:)( )', bygroups('Comment.Preproc', 'Punctuation', 'Text.Whitespace'), 'setting'],

      // JIT counters
      ['(JIT|Functions|Options|Timing)(:)', bygroups('Comment.Preproc', 'Punctuation')],
      ['(Inlining|Optimization|Expressions|Deforming|Generation|Emission|Total)', 'Keyword.Pseudo'],

      // Triggers counters
      [String.raw`(Trigger)( )(\S*)(:)( )`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Name.Variable', 'Punctuation', 'Text.Whitespace')],
    ],
    expression: [
      // any parenthesized expression; the caller matched the first opening paren
      [String.raw`\(`, 'Punctuation', '#push'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      ['(never executed)', 'Name.Exception'],
      ['[^)(]+', 'Comment'],
    ],
    object_name: [
      // a cost or analyze measure
      [String.raw`(\(cost)(=?)`, bygroups('Name.Class', 'Punctuation'), 'instrumentation'],
      [String.raw`(\(actual)( )(=?)`, bygroups('Name.Class', 'Text.Whitespace', 'Punctuation'), 'instrumentation'],

      // a parenthesized object name: the paren is punctuation, then an expression
      [String.raw`\(`, 'Punctuation', 'expression'],
      ['(on)', 'Punctuation'],
      // possibly schema-qualified table and column names
      [String.raw`\w+(\.\w+)*( USING \S+| \w+ USING \S+)`, 'Name.Variable'],
      [String.raw`\"?\w+\"?(?:\.\"?\w+\"?)?`, 'Name.Variable'],
      [String.raw`\'\S*\'`, 'Name.Variable'],

      // a comma: another object follows
      [String.raw`,\n`, 'Punctuation', 'object_name'],
      [',', 'Punctuation', 'object_name'],

      // special case: "*SELECT*"
      [String.raw`"\*SELECT\*( \d+)?"(.\w+)?`, 'Name.Variable'],
      [String.raw`"\*VALUES\*(_\d+)?"(.\w+)?`, 'Name.Variable'],
      ['"ANY_subquery"', 'Name.Variable'],

      // Variable $1 ...
      [String.raw`\$\d+`, 'Name.Variable'],
      // cast
      [String.raw`::\w+`, 'Name.Variable'],
      [' +', 'Text.Whitespace'],
      ['"', 'Punctuation'],
      [String.raw`\[\.\.\.\]`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    predicate: [
      // a parenthesized predicate: the parens are punctuation
      [String.raw`(\()([^\n]*)(\))`, bygroups('Punctuation', 'Name.Variable', 'Punctuation'), '#pop'],
      // else up to the line end
      [String.raw`[^\n]*`, 'Name.Variable', '#pop'],
    ],
    instrumentation: [
      [String.raw`=|\.\.`, 'Punctuation'],
      [' +', 'Text.Whitespace'],
      ['(rows|width|time|loops)', 'Name.Class'],
      [String.raw`\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`(\d+)`, 'Literal.Number.Integer'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    conflict: [
      [String.raw`(Resolution: )(\w+)`, bygroups('Comment.Preproc', 'Name.Variable')],
      [String.raw`(Arbiter \w+:)`, 'Comment.Preproc', 'object_name'],
      ['(Filter: )', 'Comment.Preproc', 'predicate'],
    ],
    setting: [
      [String.raw`([a-z_]*?)(\s*)(=)(\s*)(\'.*?\')`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Literal.String')],
      [String.raw`\, `, 'Punctuation'],
    ],
    init_plan: [
      [String.raw`\(`, 'Punctuation'],
      [String.raw`returns \$\d+(,\$\d+)?`, 'Name.Variable'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    sort: [
      [':|kB', 'Punctuation'],
      // Pygments spells the type Comment.Prepoc (sic): its class is `c c-Prepoc`.
      ['(quicksort|top-N|heapsort|Average|Memory|Peak)', 'Comment.Prepoc'],
      ['(external|merge|Disk|sort)', 'Name.Exception'],
      [String.raw`(\d+)`, 'Literal.Number.Integer'],
      [' +', 'Text.Whitespace'],
    ],
  },
};
