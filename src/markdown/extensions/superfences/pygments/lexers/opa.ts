/**
 * Pygments' OpaLexer (pygments/lexers/ml.py, Pygments 2.20.0), rule for rule.
 * Opa: ML-like expressions, type signatures, embedded HTML tags and `{}` splices.
 *
 *     function f(x) { x + 1 }   ->   <k>function</k> f<o>(</o>x<o>)</o> <o>{</o> x <o>+</o> <mi>1</mi> <o>}</o>
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'and', 'as', 'begin', 'case', 'client', 'css', 'database', 'db', 'do', 'else', 'end', 'external', 'forall',
  'function', 'if', 'import', 'match', 'module', 'or', 'package', 'parser', 'rec', 'server', 'then', 'type', 'val',
  'with', 'xml_parser',
];

export const opaLexer: LexerDefinition = {
  name: 'Opa',
  aliases: ['opa'],
  tokens: {
    'escape-sequence': [
      [String.raw`\\[\\"\'ntr}]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
    ],
    comments: [
      [String.raw`/\*`, 'Comment', 'nested-comment'],
      ['//.*?$', 'Comment'],
    ],
    'comments-and-spaces': [
      include('comments'),
      [String.raw`\s+`, 'Text'],
    ],
    root: [
      include('comments-and-spaces'),
      [words(ROOT_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      ["@(([a-zA-Z_]\\w*)|(`[^`]*`))\\b", 'Name.Builtin.Pseudo'],
      [String.raw`-?.[\d]+([eE][+\-]?\d+)`, 'Literal.Number.Float'],
      [String.raw`-?\d+.\d*([eE][+\-]?\d+)`, 'Literal.Number.Float'],
      [String.raw`-?\d+[eE][+\-]?\d+`, 'Literal.Number.Float'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      ['0[oO][0-7]+', 'Literal.Number.Oct'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`#[\da-fA-F]{3,6}`, 'Literal.Number.Integer'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2})|.)'`, 'Literal.String.Char'],
      [String.raw`\{`, 'Operator', '#push'],
      [String.raw`\}`, 'Operator', '#pop'],
      ['<(?=[a-zA-Z>])', 'Literal.String.Single', 'html-open-tag'],
      [String.raw`[@?!]?(/\w+)+(\[_\])?`, 'Name.Variable'],
      [String.raw`<-(?![.=\-<>,@~%/+?*&^!])`, 'Name.Variable'],
      [String.raw`\b([A-Z]\w*)(?=\.)`, 'Name.Namespace'],
      [String.raw`=(?![.=\-<>,@~%/+?*&^!])`, 'Keyword'],
      [String.raw`([.=\-<>,@~%/+?*&^!])+`, 'Operator'],
      [String.raw`([()\[\],;|])+`, 'Operator'],
      [':', 'Operator', 'type'],
      ["'(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Keyword.Type'],
      ["#(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Literal.String.Single'],
      [String.raw`#(?=\{)`, 'Literal.String.Single'],
      ["(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Text'],
    ],
    type: [
      include('comments-and-spaces'),
      ['->', 'Keyword.Type'],
      defaultState(['#pop', 'type-lhs-1', 'type-with-slash']),
    ],
    'type-1': [
      include('comments-and-spaces'),
      [String.raw`\(`, 'Keyword.Type', ['#pop', 'type-tuple']],
      [String.raw`~?\{`, 'Keyword.Type', ['#pop', 'type-record']],
      ["(([a-zA-Z_]\\w*)|(`[^`]*`))\\(", 'Keyword.Type', ['#pop', 'type-tuple']],
      ["(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Keyword.Type', '#pop'],
      ["'(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Keyword.Type'],
      defaultState('#pop'),
    ],
    'type-with-slash': [
      include('comments-and-spaces'),
      defaultState(['#pop', 'slash-type-1', 'type-1']),
    ],
    'slash-type-1': [
      include('comments-and-spaces'),
      ['/', 'Keyword.Type', ['#pop', 'type-1']],
      defaultState('#pop'),
    ],
    'type-lhs-1': [
      include('comments-and-spaces'),
      ['->', 'Keyword.Type', ['#pop', 'type']],
      ['(?=,)', 'Keyword.Type', ['#pop', 'type-arrow']],
      defaultState('#pop'),
    ],
    'type-arrow': [
      include('comments-and-spaces'),
      [',(?=[^:]*?->)', 'Keyword.Type', 'type-with-slash'],
      ['->', 'Keyword.Type', ['#pop', 'type']],
      defaultState('#pop'),
    ],
    'type-tuple': [
      include('comments-and-spaces'),
      ['[^()/*]+', 'Keyword.Type'],
      ['[/*]', 'Keyword.Type'],
      [String.raw`\(`, 'Keyword.Type', '#push'],
      [String.raw`\)`, 'Keyword.Type', '#pop'],
    ],
    'type-record': [
      include('comments-and-spaces'),
      ['[^{}/*]+', 'Keyword.Type'],
      ['[/*]', 'Keyword.Type'],
      [String.raw`\{`, 'Keyword.Type', '#push'],
      [String.raw`\}`, 'Keyword.Type', '#pop'],
    ],
    'nested-comment': [
      ['[^/*]+', 'Comment'],
      [String.raw`/\*`, 'Comment', '#push'],
      [String.raw`\*/`, 'Comment', '#pop'],
      ['[/*]', 'Comment'],
    ],
    string: [
      [String.raw`[^\\"{]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\{`, 'Operator', 'root'],
      include('escape-sequence'),
    ],
    'single-string': [
      [String.raw`[^\\\'{]+`, 'Literal.String.Double'],
      [String.raw`\'`, 'Literal.String.Double', '#pop'],
      [String.raw`\{`, 'Operator', 'root'],
      include('escape-sequence'),
    ],
    'html-open-tag': [
      [String.raw`[\w\-:]+`, 'Literal.String.Single', ['#pop', 'html-attr']],
      ['>', 'Literal.String.Single', ['#pop', 'html-content']],
    ],
    'html-end-tag': [
      [String.raw`[\w\-:]*>`, 'Literal.String.Single', '#pop'],
    ],
    'html-attr': [
      [String.raw`\s+`, 'Text'],
      [String.raw`[\w\-:]+=`, 'Literal.String.Single', 'html-attr-value'],
      ['/>', 'Literal.String.Single', '#pop'],
      ['>', 'Literal.String.Single', ['#pop', 'html-content']],
    ],
    'html-attr-value': [
      [String.raw`'`, 'Literal.String.Single', ['#pop', 'single-string']],
      ['"', 'Literal.String.Single', ['#pop', 'string']],
      ["#(([a-zA-Z_]\\w*)|(`[^`]*`))", 'Literal.String.Single', '#pop'],
      [String.raw`#(?=\{)`, 'Literal.String.Single', ['#pop', 'root']],
      ["[^\"\\'{`=<>]+", 'Literal.String.Single', '#pop'],
      [String.raw`\{`, 'Operator', ['#pop', 'root']],
    ],
    'html-content': [
      ['<!--', 'Comment', 'html-comment'],
      ['</', 'Literal.String.Single', ['#pop', 'html-end-tag']],
      ['<', 'Literal.String.Single', 'html-open-tag'],
      [String.raw`\{`, 'Operator', 'root'],
      ['[^<{]+', 'Literal.String.Single'],
    ],
    'html-comment': [
      ['-->', 'Comment', '#pop'],
      [String.raw`[^\-]+|-`, 'Comment'],
    ],
  },
};
