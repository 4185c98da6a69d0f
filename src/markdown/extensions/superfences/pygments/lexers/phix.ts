/**
 * Pygments' PhixLexer (pygments/lexers/phix.py, Pygments 2.20.0), rule for rule.
 * Phix, a Euphoria dialect: its keywords, types, and about a thousand routine and constant names.
 *
 *     integer x = 1   ->   <nf>integer</nf><w> </w>x<w> </w><o>=</o><w> </w>1
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { ROOT_CONSTANT, ROOT_FUNCTION_2 } from './phix-words.ts';

const ROOT_FUNCTION = [
  'string', 'nullable_string', 'atom_string', 'atom', 'bool', 'boolean', 'cdCanvan', 'cdCanvas', 'complex',
  'CURLcode', 'dictionary', 'int', 'integer', 'Ihandle', 'Ihandles', 'Ihandln', 'mpfr', 'mpq', 'mpz',
  'mpz_or_string', 'number', 'rid_string', 'seq', 'sequence', 'timedate', 'object',
];
const ROOT_DECLARATION = [
  'ifdef', 'elsifdef', 'elsedef',
];
const ROOT_DECLARATION_2 = [
  'abstract', 'class', 'continue', 'export', 'extends', 'nullable', 'private', 'public', 'static', 'struct', 'trace',
  'and', 'break', 'by', 'case', 'catch', 'const', 'constant', 'debug', 'default', 'do', 'else', 'elsif', 'end',
  'enum', 'exit', 'fallthru', 'fallthrough', 'for', 'forward', 'function', 'global', 'if', 'in', 'include', 'js',
  'javascript', 'javascript_semantics', 'let', 'not', 'or', 'procedure', 'profile', 'profile_time', 'return',
  'safe_mode', 'switch', 'then', 'to', 'try', 'type', 'type_check', 'until', 'warning', 'while', 'with', 'without',
  'xor',
];

export const phixLexer: LexerDefinition = {
  name: 'Phix',
  aliases: ['phix'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*|--/\*|#\[`, 'Comment.Multiline', 'comment'],
      ['(?://|--|#!).*$', 'Comment.Single'],
      [String.raw`"([^"\\]|\\.)*"`, 'Literal.String.Other'],
      [String.raw`\'[^\']*\'`, 'Literal.String.Other'],
      ['`[^`]*`', 'Literal.String.Other'],
      [words(ROOT_FUNCTION, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      [words(ROOT_FUNCTION_2, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      [words(ROOT_DECLARATION, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(ROOT_DECLARATION_2, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(ROOT_CONSTANT, String.raw`\b`, String.raw`\b`), 'Name.Constant'],
      [String.raw`!=|==|<<|>>|:=|[-~+/*%=<>&^|\.(){},?:\[\]$\\;#]`, 'Operator'],
      [String.raw`[\w-]+`, 'Text'],
    ],
    comment: [
      ['[^*/#]+', 'Comment.Multiline'],
      [String.raw`/\*|#\[`, 'Comment.Multiline', '#push'],
      [String.raw`\*/|#\]`, 'Comment.Multiline', '#pop'],
      ['[*/#]', 'Comment.Multiline'],
    ],
  },
};
