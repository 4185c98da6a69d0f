/**
 * Pygments' PanLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule.
 * Pan, Quattor's configuration language: paths, templates and shell-like strings.
 *
 *     variable X = 1;   ->   <k>variable</k><w> </w><nv>X</nv><w> </w><o>=</o><w> </w>1<p>;</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const BASIC_KEYWORD = [
  'if', 'for', 'with', 'else', 'type', 'bind', 'while', 'valid', 'final', 'prefix', 'unique', 'object', 'foreach',
  'include', 'template', 'function', 'variable', 'structure', 'extensible', 'declaration',
];
const BASIC_BUILTIN = [
  'file_contents', 'format', 'index', 'length', 'match', 'matches', 'replace', 'splice', 'split', 'substr',
  'to_lowercase', 'to_uppercase', 'debug', 'error', 'traceback', 'deprecated', 'base64_decode', 'base64_encode',
  'digest', 'escape', 'unescape', 'append', 'create', 'first', 'nlist', 'key', 'list', 'merge', 'next', 'prepend',
  'is_boolean', 'is_defined', 'is_double', 'is_list', 'is_long', 'is_nlist', 'is_null', 'is_number', 'is_property',
  'is_resource', 'is_string', 'to_boolean', 'to_double', 'to_long', 'to_string', 'clone', 'delete', 'exists',
  'path_exists', 'if_exists', 'return', 'value',
];

export const panLexer: LexerDefinition = {
  name: 'Pan',
  aliases: ['pan'],
  tokens: {
    root: [
      include('basic'),
      [String.raw`\(`, 'Keyword', 'paren'],
      [String.raw`\{`, 'Keyword', 'curly'],
      include('data'),
    ],
    basic: [
      [words(BASIC_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(BASIC_BUILTIN, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      ['#.*', 'Comment'],
      [String.raw`\\[\w\W]`, 'Literal.String.Escape'],
      [String.raw`(\b\w+)(\s*)(=)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`[\[\]{}()=]+`, 'Operator'],
      [String.raw`<<\s*(\'?)\\?(\w+)[\w\W]+?\2`, 'Literal.String'],
      [';', 'Punctuation'],
    ],
    data: [
      [String.raw`(?s)"(\\\\|\\[0-7]+|\\.|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`(?s)'(\\\\|\\[0-7]+|\\.|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ["[^=\\s\\[\\]{}()$\"\\'`\\\\;#]+", 'Text'],
      [String.raw`\d+(?= |\Z)`, 'Literal.Number'],
    ],
    curly: [
      [String.raw`\}`, 'Keyword', '#pop'],
      [':-', 'Keyword'],
      [String.raw`\w+`, 'Name.Variable'],
      ["[^}:\"\\'`$]+", 'Punctuation'],
      [':', 'Punctuation'],
      include('root'),
    ],
    paren: [
      [String.raw`\)`, 'Keyword', '#pop'],
      include('root'),
    ],
  },
};
