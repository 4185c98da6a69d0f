/**
 * Pygments' SchemeLexer (pygments/lexers/lisp.py, Pygments 2.20), rule for rule: R6RS numbers
 * in every radix (`#x1F`, `1/2`, `-1.5e3`, `+inf.0`, `1@2`), nested `#| |#` and datum `#;`
 * comments, and a retyping pass that makes known names keywords and builtins. The `value` state
 * reads one expression and pops; `scheme-root` reads as many as a list holds.
 *
 *     (define x 1)   ->   <p>(</p><k>define</k> <nv>x</nv> <mi>1</mi><p>)</p>
 */
import { retypingLexer, defaultState, type Callback, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { SCHEME_BUILTINS, SCHEME_KEYWORDS } from './lisp-builtins.ts';
import type { TokenType } from '../token.ts';

// Names may be almost anything but all digits; good enough, as in Pygments.
const VALID_NAME = String.raw`[\w!$%&*+,/:<=>?@^~|-]+`;

/** Where a token ends, for `(?x)` patterns: whitespace, a comment, a closing bracket, the end. */
const TOKEN_END = String.raw`
  (?=
    \s         # whitespace
    | ;        # comment
    | \#[;|!] # fancy comments
    | [)\]]    # end delimiters
    | $        # end of file
  )
`;

/** A number in one radix, from R6RS' grammar (section 4.2.1), as a verbose pattern. */
function numberRule(base: 2 | 8 | 10 | 16): string {
  const { digit, radix } = {
    2: { digit: '[01]', radix: String.raw`( \#[bB] )` },
    8: { digit: '[0-7]', radix: String.raw`( \#[oO] )` },
    10: { digit: '[0-9]', radix: String.raw`( (\#[dD])? )` },
    16: { digit: '[0-9a-fA-F]', radix: String.raw`( \#[xX] )` },
  }[base];
  // radix and optional exactness, in either order
  const prefix = String.raw`
    (
      ${radix} (\#[iIeE])?
      | \#[iIeE] ${radix}
    )
  `;
  // a plain unsigned number or a fraction; in base 10, decimals first
  let ureal = `
    (
      ${digit}+
      ( / ${digit}+ )?
    )
  `;
  if (base === 10) {
    const decimal = String.raw`
      (
        # decimal part
        (
          [0-9]+ ([.][0-9]*)?
          | [.][0-9]+
        )
        # optional exponent
        (
          [eEsSfFdDlL] [+-]? [0-9]+
        )?
        # optional mantissa width
        (
          \|[0-9]+
        )?
      )
    `;
    ureal = `
      (
        ${decimal} (?!/)
        | ${ureal}
      )
    `;
  }
  const naninf = '(nan.0|inf.0)';
  const real = `
    (
      [+-] ${naninf}  # sign mandatory
      | [+-]? ${ureal}    # sign optional
    )
  `;
  const complex = `
    (
      ${real}?  [+-]  (${naninf}|${ureal})?  i
      | ${real} (@ ${real})?
    )
  `;
  // The token end makes `1+` a name, not a number followed by something.
  return `(?x)
    (
      ${prefix}
      ${complex}
    )
    ${TOKEN_END}
  `;
}

/** `decimal_cb`: a base-10 number with a `.` (or `+inf.0`) is a float, else an integer. */
const decimal: Callback = function* (_lexer, match) {
  yield [match.start, match.text.includes('.') ? 'Literal.Number.Float' : 'Literal.Number.Integer', match.text];
};

export const schemeDefinition: LexerDefinition = {
  name: 'Scheme',
  aliases: ['scheme', 'scm'],
  flags: 'sm',
  tokens: {
    // `root` only delegates to `scheme-root`, as in Pygments (LilyPond's lexer redefines `root`).
    root: [defaultState('scheme-root')],
    'scheme-root': [defaultState('value')],
    value: [
      // comments: to the end of the line, multiline, a commented form, a commented datum
      [';.*?$', 'Comment.Single'],
      [String.raw`#\|`, 'Comment.Multiline', 'multiline-comment'],
      [String.raw`#;[([]`, 'Comment', 'commented-form'],
      ['#;', 'Comment', 'commented-datum'],
      ['#!r6rs', 'Comment'],
      [String.raw`\s+`, 'Text.Whitespace'],
      // numbers
      [numberRule(2), 'Literal.Number.Bin', '#pop'],
      [numberRule(8), 'Literal.Number.Oct', '#pop'],
      [numberRule(10), decimal, '#pop'],
      [numberRule(16), 'Literal.Number.Hex', '#pop'],
      // strings, symbols, keywords and characters
      ['"', 'Literal.String', 'string'],
      ["'" + VALID_NAME, 'Literal.String.Symbol', '#pop'],
      ['#:' + VALID_NAME, 'Keyword.Declaration', '#pop'],
      [String.raw`#\\([()/'\"._!§$%& ?=+-]|[a-zA-Z0-9]+)`, 'Literal.String.Char', '#pop'],
      // constants
      ['(#t|#f)', 'Name.Constant', '#pop'],
      // special operators
      ["('|#|`|,@|,|\\.)", 'Operator'],
      // the first name in a quoted list, `'(this is sugar)`
      [String.raw`(?<='\()` + VALID_NAME, 'Name.Variable', '#pop'],
      [String.raw`(?<=#\()` + VALID_NAME, 'Name.Variable', '#pop'],
      // functions (also the variables of let and let*: nothing tells them apart)
      [String.raw`(?<=\()` + VALID_NAME, 'Name.Function', '#pop'],
      // the other names
      [VALID_NAME, 'Name.Variable', '#pop'],
      // A bracket reads as many expressions as it holds; its close pops that `scheme-root`, the
      // `value` that opened it and the enclosing `value`.
      ['[([]', 'Punctuation', 'scheme-root'],
      [String.raw`[)\]]`, 'Punctuation', '#pop:3'],
    ],
    'multiline-comment': [
      [String.raw`#\|`, 'Comment.Multiline', '#push'],
      [String.raw`\|#`, 'Comment.Multiline', '#pop'],
      ['[^|#]+', 'Comment.Multiline'],
      ['[|#]', 'Comment.Multiline'],
    ],
    'commented-form': [
      ['[([]', 'Comment', '#push'],
      [String.raw`[)\]]`, 'Comment', '#pop'],
      [String.raw`[^()[\]]+`, 'Comment'],
    ],
    'commented-datum': [[`(?x).*?${TOKEN_END}`, 'Comment', '#pop']],
    string: [
      // the closing quote pops `string` and the `value` that opened it
      ['"', 'Literal.String', '#pop:2'],
      // R6RS' hex escapes, then Guile's
      [String.raw`\\x[0-9a-fA-F]+;`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\U[0-9a-fA-F]{6}`, 'Literal.String.Escape'],
      // any other escaped character (DOTALL: a newline too)
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};

const KEYWORDS = new Set(SCHEME_KEYWORDS.split(' '));
const BUILTINS = new Set(SCHEME_BUILTINS.split(' '));

/** SchemeLexer.get_tokens_unprocessed's pass (LilyPondLexer runs it before its own). */
export function schemeRetype(type: TokenType, value: string): TokenType {
  if (type !== 'Name.Function' && type !== 'Name.Variable') return type;
  return KEYWORDS.has(value) ? 'Keyword' : BUILTINS.has(value) ? 'Name.Builtin' : type;
}

/** `scheme`: `(display "hi")` -> `<p>(</p><nb>display</nb> <s>"hi"</s><p>)</p>`. */
export const schemeLexer: LexerFactory = retypingLexer(schemeDefinition, schemeRetype);
