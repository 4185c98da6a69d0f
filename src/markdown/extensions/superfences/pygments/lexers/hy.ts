/**
 * Pygments' HyLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule: Clojure-like
 * forms (a special form, declaration or builtin only when a space follows it) and Python's
 * keywords and builtins, whose states it borrows from PythonLexer.
 *
 *     (defn greet [name] (print name))   ->   <p>(</p><kd>defn </kd><nv>greet</nv>...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { pythonLexer } from './python.ts';

const SPECIAL_FORMS = [
  'cond', 'for', '->', '->>', 'car', 'cdr', 'first', 'rest', 'let', 'when', 'unless', 'import', 'do', 'progn', 'get',
  'slice', 'assoc', 'with-decorator', ',', 'list_comp', 'kwapply', '~', 'is', 'in', 'is-not', 'not-in', 'quasiquote',
  'unquote', 'unquote-splice', 'quote', '|', '<<=', '>>=', 'foreach', 'while', 'eval-and-compile',
  'eval-when-compile',
];

const DECLARATIONS = [
  'def', 'defn', 'defun', 'defmacro', 'defclass', 'lambda', 'fn', 'setv',
];

// Hy's core functions (its own builtin list is empty)
const BUILTINS = [
  'cycle', 'dec', 'distinct', 'drop', 'even?', 'filter', 'inc', 'instance?', 'iterable?', 'iterate', 'iterator?',
  'neg?', 'none?', 'nth', 'numeric?', 'odd?', 'pos?', 'remove', 'repeat', 'repeatedly', 'take', 'take_nth',
  'take_while', 'zero?',
];

/** Anything up to whitespace, a bracket, `;`, a quote, a backtick or `~`. */
const VALID_NAME = String.raw`[^ \t\n\r\f\v()[\]{};\"'\x60~]+`;

export const hyLexer: LexerDefinition = {
  name: 'Hy',
  aliases: ['hylang', 'hy'],
  tokens: {
    root: [
      [';.*$', 'Comment.Single'],
      // whitespace: not Python's \s (no Unicode spaces)
      [String.raw`[ \t\n\r\f\v]+`, 'Text.Whitespace'],
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      ['0[0-7]+j?', 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [`'${VALID_NAME}`, 'Literal.String.Symbol'],
      [String.raw`\\(.|[a-z]+)`, 'Literal.String.Char'],
      [String.raw`^(\s*)([rRuU]{,2}"""(?:.|\n)*?""")`, bygroups('Text', 'Literal.String.Doc')],
      [String.raw`^(\s*)([rRuU]{,2}'''(?:.|\n)*?''')`, bygroups('Text', 'Literal.String.Doc')],
      [`::?${VALID_NAME}`, 'Literal.String.Symbol'],
      [String.raw`~@|[\x60\'#^~&@]`, 'Operator'],
      include('py-keywords'),
      include('py-builtins'),
      [words(SPECIAL_FORMS, '', ' '), 'Keyword'],
      [words(DECLARATIONS, '', ' '), 'Keyword.Declaration'],
      [words(BUILTINS, '', ' '), 'Name.Builtin'],
      // the remaining functions, then variables
      [String.raw`(?<=\()` + VALID_NAME, 'Name.Function'],
      [VALID_NAME, 'Name.Variable'],
      [String.raw`(\[|\])`, 'Punctuation'],
      [String.raw`(\{|\})`, 'Punctuation'],
      [String.raw`(\(|\))`, 'Punctuation'],
    ],
    'py-keywords': pythonLexer.tokens['keywords'] ?? [],
    'py-builtins': pythonLexer.tokens['builtins'] ?? [],
  },
};
