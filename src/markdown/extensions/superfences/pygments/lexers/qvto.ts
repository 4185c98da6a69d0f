/**
 * Pygments' QVToLexer (pygments/lexers/qvt.py, Pygments 2.20.0), rule for rule.
 * QVT Operational Mappings, OMG's model transformation language.
 *
 *     transformation T(in m : M);   ->   <k-Word>transformation</k-Word> <nc>T</nc><p>(</p><k>in</k> <n>m</n> <p>:</p> <n>M...
 */
import { bygroups, combined, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS_KEYWORD = [
  'abstract', 'access', 'any', 'assert', 'blackbox', 'break', 'case', 'collect', 'collectNested', 'collectOne',
  'collectselect', 'collectselectOne', 'composes', 'compute', 'configuration', 'constructor', 'continue', 'datatype',
  'default', 'derived', 'disjuncts', 'do', 'elif', 'else', 'end', 'endif', 'except', 'exists', 'extends', 'forAll',
  'forEach', 'forOne', 'from', 'if', 'implies', 'in', 'inherits', 'init', 'inout', 'intermediate', 'invresolve',
  'invresolveIn', 'invresolveone', 'invresolveoneIn', 'isUnique', 'iterate', 'late', 'let', 'literal', 'log', 'map',
  'merges', 'modeltype', 'new', 'object', 'one', 'ordered', 'out', 'package', 'population', 'property', 'raise',
  'readonly', 'references', 'refines', 'reject', 'resolve', 'resolveIn', 'resolveone', 'resolveoneIn', 'return',
  'select', 'selectOne', 'sortedBy', 'static', 'switch', 'tag', 'then', 'try', 'typedef', 'unlimited', 'uses',
  'when', 'where', 'while', 'with', 'xcollect', 'xmap', 'xselect',
];

export const qvtoLexer: LexerDefinition = {
  name: 'QVTO',
  aliases: ['qvto', 'qvt'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`(--|//)(\s*)(directive:)?(.*)$`, bygroups('Comment', 'Comment', 'Comment.Preproc', 'Comment')],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`(and|not|or|xor|##?)\b`, 'Operator.Word'],
      [String.raw`(:{1,2}=|[-+]=)\b`, 'Operator.Word'],
      [String.raw`(@|<<|>>)\b`, 'Keyword'],
      ['!=|<>|==|=|!->|->|>=|<=|[.]{3}|[+/*%=<>&|.~]', 'Operator'],
      ['[]{}:(),;[]', 'Punctuation'],
      [String.raw`(true|false|unlimited|null)\b`, 'Keyword.Constant'],
      [String.raw`(this|self|result)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`(var)\b`, 'Keyword.Declaration'],
      [String.raw`(from|import)\b`, 'Keyword.Namespace', 'fromimport'],
      [String.raw`(metamodel|class|exception|primitive|enum|transformation|library)(\s+)(\w+)`, bygroups('Keyword.Word', 'Text', 'Name.Class')],
      [String.raw`(exception)(\s+)(\w+)`, bygroups('Keyword.Word', 'Text', 'Name.Exception')],
      [String.raw`(main)\b`, 'Name.Function'],
      [String.raw`(mapping|helper|query)(\s+)`, bygroups('Keyword.Declaration', 'Text'), 'operation'],
      [String.raw`(assert)(\s+)\b`, bygroups('Keyword', 'Text'), 'assert'],
      [String.raw`(Bag|Collection|Dict|OrderedSet|Sequence|Set|Tuple|List)\b`, 'Keyword.Type'],
      include('keywords'),
      ['"', 'Literal.String', combined('stringescape', 'dqs')],
      [String.raw`'`, 'Literal.String', combined('stringescape', 'sqs')],
      include('name'),
      include('numbers'),
    ],
    fromimport: [
      [String.raw`(?:[ \t]|\\\n)+`, 'Text'],
      [String.raw`[a-zA-Z_][\w.]*`, 'Name.Namespace'],
      defaultState('#pop'),
    ],
    operation: [
      ['::', 'Text'],
      [String.raw`(.*::)([a-zA-Z_]\w*)([ \t]*)(\()`, bygroups('Text', 'Name.Function', 'Text', 'Punctuation'), '#pop'],
    ],
    assert: [
      [String.raw`(warning|error|fatal)\b`, 'Keyword', '#pop'],
      defaultState('#pop'),
    ],
    keywords: [
      [words(KEYWORDS_KEYWORD, '', String.raw`\b`), 'Keyword'],
    ],
    strings: [
      [String.raw`[^\\\'"\n]+`, 'Literal.String'],
      [String.raw`[\'"\\]`, 'Literal.String'],
    ],
    stringescape: [
      [String.raw`\\([\\btnfr"\']|u[0-3][0-7]{2}|u[0-7]{1,2})`, 'Literal.String.Escape'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"`, 'Literal.String.Escape'],
      include('strings'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`\\\\|\\'`, 'Literal.String.Escape'],
      include('strings'),
    ],
    name: [
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
  },
};
