/**
 * Pygments' CommonLispLexer (pygments/lexers/lisp.py, Pygments 2.20), rule for rule: symbols as
 * the HyperSpec reads them (`|odd name|`, `pkg::sym`, `*global*`), sharpsign syntax (`#'f`,
 * `#x1F`, `#(vector)`, `#+sbcl`), and a retyping pass that makes known symbols builtins,
 * keywords, types and classes. Case-insensitive patterns; the name lists match as written.
 *
 *     (defun f (x) x)   ->   <p>(</p><nb>defun</nb> <nv>f</nv> <p>(</p><nv>x</nv><p>)</p> <nv>x</nv><p>)</p>
 */
import { retypingLexer, bygroups, defaultState, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import {
  CL_BUILTIN_CLASSES,
  CL_BUILTIN_FUNCTIONS,
  CL_BUILTIN_TYPES,
  CL_DECLARATIONS,
  CL_LAMBDA_LIST_KEYWORDS,
  CL_MACROS,
  CL_SPECIAL_FORMS,
} from './lisp-builtins.ts';

// Characters that are no macro characters and may start a symbol (`+-/` is a range: `+,-./`).
const NONMACRO = String.raw`\\.|[\w!$%&*+-/<=>?@\[\]^{}~]`;
const CONSTITUENT = NONMACRO + '|[#.:]';
// whitespace or a terminating macro character
const TERMINATED = String.raw`(?=[ "()'\n,;` + '`])';
const SYMBOL = String.raw`(\|[^|]+\||(?:${NONMACRO})(?:${CONSTITUENT})*)`;

const definition: LexerDefinition = {
  name: 'Common Lisp',
  aliases: ['common-lisp', 'cl', 'lisp'],
  flags: 'im',
  tokens: {
    root: [defaultState('body')],
    'multiline-comment': [
      [String.raw`#\|`, 'Comment.Multiline', '#push'], // (cf. HyperSpec 2.4.8.19)
      [String.raw`\|#`, 'Comment.Multiline', '#pop'],
      ['[^|#]+', 'Comment.Multiline'],
      ['[|#]', 'Comment.Multiline'],
    ],
    'commented-form': [
      [String.raw`\(`, 'Comment.Preproc', '#push'],
      [String.raw`\)`, 'Comment.Preproc', '#pop'],
      ['[^()]+', 'Comment.Preproc'],
    ],
    body: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';.*$', 'Comment.Single'],
      [String.raw`#\|`, 'Comment.Multiline', 'multiline-comment'],
      // encoding comment
      [String.raw`#\d*Y.*$`, 'Comment.Special'],
      // strings and quoting
      [String.raw`"(\\.|\\\n|[^"\\])*"`, 'Literal.String'],
      [':' + SYMBOL, 'Literal.String.Symbol'],
      ['::' + SYMBOL, 'Literal.String.Symbol'],
      [':#' + SYMBOL, 'Literal.String.Symbol'],
      ["'" + SYMBOL, 'Literal.String.Symbol'],
      ["'", 'Operator'],
      ['`', 'Operator'],
      // decimal numbers
      [String.raw`[-+]?\d+\.?` + TERMINATED, 'Literal.Number.Integer'],
      [String.raw`[-+]?\d+/\d+` + TERMINATED, 'Literal.Number'],
      [String.raw`[-+]?(\d*\.\d+([defls][-+]?\d+)?|\d+(\.\d*)?[defls][-+]?\d+)` + TERMINATED, 'Literal.Number.Float'],
      // sharpsign characters
      [String.raw`#\\.` + TERMINATED, 'Literal.String.Char'],
      [String.raw`#\\` + SYMBOL, 'Literal.String.Char'],
      // vector
      [String.raw`#\(`, 'Operator', 'body'],
      // bit string
      [String.raw`#\d*\*[01]*`, 'Literal.Other'],
      // uninterned symbol
      ['#:' + SYMBOL, 'Literal.String.Symbol'],
      // read-time and load-time evaluation
      ['#[.,]', 'Operator'],
      // function shorthand
      ["#'", 'Name.Function'],
      // binary, octal, hex and radix rationals
      ['#b[+-]?[01]+(/[01]+)?', 'Literal.Number.Bin'],
      ['#o[+-]?[0-7]+(/[0-7]+)?', 'Literal.Number.Oct'],
      ['#x[+-]?[0-9a-f]+(/[0-9a-f]+)?', 'Literal.Number.Hex'],
      [String.raw`#\d+r[+-]?[0-9a-z]+(/[0-9a-z]+)?`, 'Literal.Number'],
      // complex, array, structure
      [String.raw`(#c)(\()`, bygroups('Literal.Number', 'Punctuation'), 'body'],
      [String.raw`(#\d+a)(\()`, bygroups('Literal.Other', 'Punctuation'), 'body'],
      [String.raw`(#s)(\()`, bygroups('Literal.Other', 'Punctuation'), 'body'],
      // path
      [String.raw`#p?"(\\.|[^"\\])*"`, 'Literal.Other'],
      // reference
      [String.raw`#\d+=`, 'Operator'],
      [String.raw`#\d+#`, 'Operator'],
      // read-time comment, then read-time conditional
      ['#+nil' + TERMINATED + String.raw`\s*\(`, 'Comment.Preproc', 'commented-form'],
      ['#[+-]', 'Operator'],
      // special operators that should have been read already
      [String.raw`(,@|,|\.)`, 'Operator'],
      // special constants
      ['(t|nil)' + TERMINATED, 'Name.Constant'],
      // functions and variables
      [String.raw`\*` + SYMBOL + String.raw`\*`, 'Name.Variable.Global'],
      [SYMBOL, 'Name.Variable'],
      // parentheses
      [String.raw`\(`, 'Punctuation', 'body'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
  },
};

/** Name lists in the order Pygments checks them (a name in two lists takes the first's type). */
const retype = (names: string, type: TokenType): readonly [ReadonlySet<string>, TokenType] => [new Set(names.split(' ')), type];
const RETYPES: ReadonlyArray<readonly [names: ReadonlySet<string>, type: TokenType]> = [
  retype(CL_BUILTIN_FUNCTIONS, 'Name.Builtin'),
  retype(CL_SPECIAL_FORMS, 'Keyword'),
  retype(CL_MACROS, 'Name.Builtin'),
  retype(CL_LAMBDA_LIST_KEYWORDS, 'Keyword'),
  retype(CL_DECLARATIONS, 'Keyword'),
  retype(CL_BUILTIN_TYPES, 'Keyword.Type'),
  retype(CL_BUILTIN_CLASSES, 'Name.Class'),
];

/** `common-lisp`: `(car x)` -> `<p>(</p><nb>car</nb> <nv>x</nv><p>)</p>`. */
export const commonLispLexer: LexerFactory = retypingLexer(definition, (type, value) =>
  (type === 'Name.Variable' ? RETYPES.find(([names]) => names.has(value))?.[1] : undefined) ?? type);
