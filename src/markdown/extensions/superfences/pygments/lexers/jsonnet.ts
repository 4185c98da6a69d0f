/**
 * Pygments' JsonnetLexer (pygments/lexers/jsonnet.py, Pygments 2.20.0), rule for rule: objects
 * track field names, separators (`:`, `::`, `+:`) and values; `local` and function parameters
 * have states of their own.
 *
 *     local x = 1;   ->   <k>local</k><w> </w><nv>x</nv><w> </w><o>=</o><w> </w><mf>1</mf><p>;</p>
 */
import { include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const P = 'Punctuation';
const TOKEN = String.raw`[^\W\d]\w*`;
const FUNCTION_TOKEN = String.raw`${TOKEN}(?=\()`;

function stringRules(quote: string): Rule[] {
  return [
    [String.raw`[^${quote}\\]`, 'Literal.String'],
    [String.raw`\\.`, 'Literal.String.Escape'],
    [quote, 'Literal.String', '#pop'],
  ];
}

function quotedFieldName(quote: string): Rule[] {
  return [[String.raw`([^${quote}\\]|\\.)*${quote}`, 'Name.Variable', 'field_separator']];
}

export const jsonnetLexer: LexerDefinition = {
  name: 'Jsonnet',
  aliases: ['jsonnet'],
  tokens: {
    // Not used by itself
    _comments: [
      ['(//|#).*\n', 'Comment.Single'],
      [String.raw`/\*\*([^/]|/(?!\*))*\*/`, 'Literal.String.Doc'],
      [String.raw`/\*([^/]|/(?!\*))*\*/`, 'Comment'],
    ],
    root: [
      include('_comments'),
      ["@'.*'", 'Literal.String'],
      ['@".*"', 'Literal.String'],
      ["'", 'Literal.String', 'singlestring'],
      ['"', 'Literal.String', 'doublestring'],
      [String.raw`\|\|\|(.|\n)*\|\|\|`, 'Literal.String'],
      // Jsonnet has no integers, only an IEEE754 64-bit float
      ['[+-]?[0-9]+(.[0-9])?', 'Literal.Number.Float'],
      // Omit : despite spec because it appears to be used as a field separator
      [String.raw`[!$~+\-&|^=<>*/%]`, 'Operator'],
      [String.raw`\{`, P, 'object'],
      [String.raw`\[`, P, 'array'],
      [String.raw`local\b`, 'Keyword', 'local_name'],
      [String.raw`assert\b`, 'Keyword', 'assert'],
      [
        words(['assert', 'else', 'error', 'false', 'for', 'if', 'import', 'importstr', 'in', 'null', 'tailstrict', 'then', 'self',
          'super', 'true'], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`\s+`, W],
      [String.raw`function(?=\()`, 'Keyword', 'function_params'],
      [String.raw`std\.` + FUNCTION_TOKEN, 'Name.Builtin', 'function_args'],
      [FUNCTION_TOKEN, 'Name.Function', 'function_args'],
      [TOKEN, 'Name.Variable'],
      [String.raw`[\.()]`, P],
    ],
    singlestring: stringRules("'"),
    doublestring: stringRules('"'),
    array: [
      [',', P],
      [String.raw`\]`, P, '#pop'],
      include('root'),
    ],
    local_name: [
      [FUNCTION_TOKEN, 'Name.Function', 'function_params'],
      [TOKEN, 'Name.Variable'],
      [String.raw`\s+`, W],
      ['(?==)', W, ['#pop', 'local_value']],
    ],
    local_value: [
      ['=', 'Operator'],
      [';', P, '#pop'],
      include('root'),
    ],
    assert: [
      [':', P],
      [';', P, '#pop'],
      include('root'),
    ],
    function_params: [
      [TOKEN, 'Name.Variable'],
      [String.raw`\(`, P],
      [String.raw`\)`, P, '#pop'],
      [',', P],
      [String.raw`\s+`, W],
      ['=', 'Operator', 'function_param_default'],
    ],
    function_args: [
      [String.raw`\(`, P],
      [String.raw`\)`, P, '#pop'],
      [',', P],
      [String.raw`\s+`, W],
      include('root'),
    ],
    object: [
      [String.raw`\s+`, W],
      [String.raw`local\b`, 'Keyword', 'object_local_name'],
      [String.raw`assert\b`, 'Keyword', 'object_assert'],
      [String.raw`\[`, 'Operator', 'field_name_expr'],
      [`(?=${TOKEN})`, 'Text', 'field_name'],
      [String.raw`\}`, P, '#pop'],
      ['"', 'Name.Variable', 'double_field_name'],
      ["'", 'Name.Variable', 'single_field_name'],
      include('_comments'),
    ],
    field_name: [
      [FUNCTION_TOKEN, 'Name.Function', ['field_separator', 'function_params']],
      [TOKEN, 'Name.Variable', 'field_separator'],
    ],
    double_field_name: quotedFieldName('"'),
    single_field_name: quotedFieldName("'"),
    field_name_expr: [
      [String.raw`\]`, 'Operator', 'field_separator'],
      include('root'),
    ],
    function_param_default: [
      [String.raw`(?=[,\)])`, W, '#pop'],
      include('root'),
    ],
    field_separator: [
      [String.raw`\s+`, W],
      [String.raw`\+?::?:?`, P, ['#pop', '#pop', 'field_value']],
      include('_comments'),
    ],
    field_value: [
      [',', P, '#pop'],
      [String.raw`\}`, P, '#pop:2'],
      include('root'),
    ],
    object_assert: [
      [':', P],
      [',', P, '#pop'],
      include('root'),
    ],
    object_local_name: [
      [TOKEN, 'Name.Variable', ['#pop', 'object_local_value']],
      [String.raw`\s+`, W],
    ],
    object_local_value: [
      ['=', 'Operator'],
      [',', P, '#pop'],
      [String.raw`\}`, P, '#pop:2'],
      include('root'),
    ],
  },
};
