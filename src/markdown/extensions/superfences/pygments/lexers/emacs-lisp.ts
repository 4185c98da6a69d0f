/**
 * Pygments' EmacsLispLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule. Every symbol
 * is lexed as Name.Variable; get_tokens_unprocessed then retypes the ones in its name sets
 * (emacs-lisp-builtins.ts), in the order Pygments tests them.
 *
 *     (setq x (car l))   ->   <p>(</p><k>setq</k> <nv>x</nv> <p>(</p><nf>car</nf> <nv>l</nv><p>))</p>
 */
import { defaultState, retypingLexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import {
  ELISP_BUILTIN_FUNCTION, ELISP_BUILTIN_FUNCTION_HIGHLIGHTED, ELISP_ERROR_KEYWORDS, ELISP_LAMBDA_LIST_KEYWORDS,
  ELISP_MACROS, ELISP_SPECIAL_FORMS,
} from './emacs-lisp-builtins.ts';

/** Characters that are no macro characters and may begin a symbol. */
const NONMACRO = String.raw`\\.|[\w!$%&*+-/<=>?@^{}~|]`;
const CONSTITUENT = `${NONMACRO}|[#.:]`;
/** Whitespace or a terminating macro character follows. */
const TERMINATED = String.raw`(?=[ "()\]\'\n,;` + '`])';
const SYMBOL = `((?:${NONMACRO})(?:${CONSTITUENT})*)`;

const definition: LexerDefinition = {
  name: 'EmacsLisp',
  aliases: ['emacs-lisp', 'elisp', 'emacs'],
  tokens: {
    root: [defaultState('body')],
    body: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';.*$', 'Comment.Single'],
      // strings and characters
      ['"', 'Literal.String', 'string'],
      [String.raw`\?([^\\]|\\.)`, 'Literal.String.Char'],
      // quoting
      [`:${SYMBOL}`, 'Name.Builtin'],
      [`::${SYMBOL}`, 'Literal.String.Symbol'],
      [`'${SYMBOL}`, 'Literal.String.Symbol'],
      ["'", 'Operator'],
      ['`', 'Operator'],
      // decimal numbers
      [String.raw`[-+]?\d+\.?${TERMINATED}`, 'Literal.Number.Integer'],
      [String.raw`[-+]?\d+/\d+${TERMINATED}`, 'Literal.Number'],
      [String.raw`[-+]?(\d*\.\d+([defls][-+]?\d+)?|\d+(\.\d*)?[defls][-+]?\d+)${TERMINATED}`, 'Literal.Number.Float'],
      // vectors
      [String.raw`\[|\]`, 'Punctuation'],
      // uninterned symbol
      [`#:${SYMBOL}`, 'Literal.String.Symbol'],
      // read syntax for char tables
      [String.raw`#\^\^?`, 'Operator'],
      // function shorthand
      ["#'", 'Name.Function'],
      // binary, octal, hex and radix rationals
      ['#[bB][+-]?[01]+(/[01]+)?', 'Literal.Number.Bin'],
      ['#[oO][+-]?[0-7]+(/[0-7]+)?', 'Literal.Number.Oct'],
      ['#[xX][+-]?[0-9a-fA-F]+(/[0-9a-fA-F]+)?', 'Literal.Number.Hex'],
      [String.raw`#\d+r[+-]?[0-9a-zA-Z]+(/[0-9a-zA-Z]+)?`, 'Literal.Number'],
      // references
      [String.raw`#\d+=`, 'Operator'],
      [String.raw`#\d+#`, 'Operator'],
      // special operators that should have been read already
      [String.raw`(,@|,|\.|:)`, 'Operator'],
      // special constants
      [`(t|nil)${TERMINATED}`, 'Name.Constant'],
      // functions and variables
      [String.raw`\*${SYMBOL}\*`, 'Name.Variable.Global'],
      [SYMBOL, 'Name.Variable'],
      // parentheses
      [String.raw`#\(`, 'Operator', 'body'],
      [String.raw`\(`, 'Punctuation', 'body'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    string: [
      [String.raw`[^"\\` + '`]+', 'Literal.String'],
      ['`' + `${SYMBOL}'`, 'Literal.String.Symbol'],
      ['`', 'Literal.String'],
      [String.raw`\\.`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
  },
};

/** The sets Pygments retypes a Name.Variable by, first match wins. */
const RETYPED: ReadonlyArray<readonly [ReadonlySet<string>, TokenType]> = [
  [new Set(ELISP_BUILTIN_FUNCTION), 'Name.Function'],
  [new Set(ELISP_SPECIAL_FORMS), 'Keyword'],
  [new Set(ELISP_ERROR_KEYWORDS), 'Name.Exception'],
  [new Set(ELISP_BUILTIN_FUNCTION_HIGHLIGHTED), 'Name.Builtin'],
  [new Set(ELISP_MACROS), 'Name.Builtin'],
  [new Set(ELISP_LAMBDA_LIST_KEYWORDS), 'Keyword.Pseudo'],
];

/** `elisp`: `(defun f ())` -> `<p>(</p><nb>defun</nb> <nv>f</nv> <p>())</p>`. */
export const emacsLispLexer: LexerFactory = retypingLexer(definition, (type, value) =>
  type === 'Name.Variable' ? (RETYPED.find(([names]) => names.has(value))?.[1] ?? type) : type);
