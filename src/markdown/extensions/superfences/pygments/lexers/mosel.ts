/**
 * Pygments' MoselLexer (pygments/lexers/mosel.py, Pygments 2.20.0), rule for rule.
 * FICO Xpress Mosel models: its keywords, operators and long list of functions.
 *
 *     model "m"   ->   <k-Builtin>model</k-Builtin><w> </w><s2>"</s2><s2>m</s2><s2>"</s2>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { ROOT_FUNCTION } from './mosel-words.ts';

const ROOT_BUILTIN = [
  'and', 'as', 'break', 'case', 'count', 'declarations', 'do', 'dynamic', 'elif', 'else', 'end-', 'end',
  'evaluation', 'false', 'forall', 'forward', 'from', 'function', 'hashmap', 'if', 'imports', 'include',
  'initialisations', 'initializations', 'inter', 'max', 'min', 'model', 'namespace', 'next', 'not', 'nsgroup',
  'nssearch', 'of', 'options', 'or', 'package', 'parameters', 'procedure', 'public', 'prod', 'record', 'repeat',
  'requirements', 'return', 'sum', 'then', 'to', 'true', 'union', 'until', 'uses', 'version', 'while', 'with',
];
const ROOT_TYPE = [
  'range', 'array', 'set', 'list', 'mpvar', 'mpproblem', 'linctr', 'nlctr', 'integer', 'string', 'real', 'boolean',
  'text', 'time', 'date', 'datetime', 'returned', 'Model', 'Mosel', 'counter', 'xmldoc', 'is_sos1', 'is_sos2',
  'is_integer', 'is_binary', 'is_continuous', 'is_free', 'is_semcont', 'is_semint', 'is_partint',
];

export const moselLexer: LexerDefinition = {
  name: 'Mosel',
  aliases: ['mosel'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`!.*?\n`, 'Comment.Single'],
      [String.raw`\(!(.|\n)*?!\)`, 'Comment.Multiline'],
      [words(ROOT_BUILTIN, String.raw`\b`, String.raw`\b`), 'Keyword.Builtin'],
      [words(ROOT_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [String.raw`(\+|\-|\*|/|=|<=|>=|\||\^|<|>|<>|\.\.|\.|:=|::|:|in|mod|div)`, 'Operator'],
      [String.raw`[()\[\]{},;]+`, 'Punctuation'],
      [words(ROOT_FUNCTION, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      [String.raw`(\d+\.(?!\.)\d*|\.(?!.)\d+)([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+([eE][+-]?\d+)?`, 'Literal.Number.Integer'],
      ['[+-]?Infinity', 'Literal.Number.Integer'],
      ['0[xX][0-9a-fA-F]+', 'Literal.Number'],
      ['"', 'Literal.String.Double', 'double_quote'],
      [String.raw`\'`, 'Literal.String.Single', 'single_quote'],
      [String.raw`(\w+|(\.(?!\.)))`, 'Text'],
    ],
    single_quote: [
      [String.raw`\'`, 'Literal.String.Single', '#pop'],
      [String.raw`[^\']+`, 'Literal.String.Single'],
    ],
    double_quote: [
      [String.raw`(\\"|\\[0-7]{1,3}\D|\\[abfnrtv]|\\\\)`, 'Literal.String.Escape'],
      [String.raw`\"`, 'Literal.String.Double', '#pop'],
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ],
  },
};
