/**
 * Arithmatex's inline math as micromark text constructs on `$` and `\`, following PyMdown's
 * patterns (RE_SMART_DOLLAR_INLINE / RE_DOLLAR_INLINE, RE_BRACKET_INLINE):
 *
 * ```
 * $x$         smart dollars: no whitespace just inside the dollars; `$$` opens nothing
 * \(x\)       round brackets
 * \\$x$       an even run of backslashes before `$` is escaped backslashes, then math
 * \\\(x\)     an odd run (3+) before `(`: escaped backslashes, then `\(` math
 * ```
 * Inside, `\` takes the next character along and nothing is Markdown. Arithmatex runs after
 * code spans (priority 189.9 < 190), so math never spans a code span: a backtick that opens one
 * ends the attempt. Its escapes run before Python-Markdown's (180), which core's escape
 * construct follows by being tried after these.
 */
import { codeText } from 'micromark-core-commonmark';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { isPythonSpace } from '../../core/python-space.ts';
import type { ArithmatexOptions } from './options.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    arithmatexInline: 'arithmatexInline';
    /** The same in string content (a link's URL or title). */
    arithmatexString: 'arithmatexString';
    arithmatexValue: 'arithmatexValue';
  }
}


type Inline = ArithmatexOptions['inline'];

/**
 * The text constructs for the enabled `inline_syntax`:
 * `$a$` -> `arithmatexInline` (value `a`), `\\$a$` -> an escaped backslash, then math.
 */
export function arithmatexInlineSyntax(inline: Inline): Extension {
  // Arithmatex runs before Python-Markdown's link patterns, so math in a link's URL or title
  // (string content) is math too (`arithmatexString`): from-markdown.ts writes its text there.
  return { text: constructs(inline, 'arithmatexInline'), string: constructs(inline, 'arithmatexString') };
}

type MathType = 'arithmatexInline' | 'arithmatexString';

function constructs(inline: Inline, type: MathType): Record<number, Construct> {
  const map: Record<number, Construct> = {};
  if (inline.dollar) map[codes.dollarSign] = { name: 'arithmatexDollar', tokenize: inlineMath(inline.dollar, true, type) };
  if (inline.dollar || inline.round) map[codes.backslash] = { name: 'arithmatexBackslash', tokenize: backslash(inline, type) };
  return map;
}

/** micromark codes below 0 are tabs, virtual spaces and line endings: all whitespace. */
function isSpace(code: Code): boolean {
  return code !== null && (code < 0 || isPythonSpace(String.fromCharCode(code)));
}

type Kind = 'smart' | 'plain' | 'round';

/**
 * `$…$` (`smart` or `plain`) or `\(…\)` (`round`), from the opening delimiter on.
 * `lookbehind`: a delimiter right after a backslash opens nothing (unless escapes came first).
 */
function inlineMath(kind: Kind, lookbehind: boolean, type: MathType) {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let size = 0;
    let last: Code = null;
    // Characters go in `arithmatexValue` tokens between line endings (never an empty one).
    let inValue = false;

    const start: State = (code) => {
      if (lookbehind && self.previous === codes.backslash) return nok(code);
      effects.enter(type);
      character(code);
      return kind === 'round' ? paren : afterDollar;
    };

    const paren: State = (code) => {
      if (code !== codes.leftParenthesis) return nok(code);
      character(code);
      return content;
    };

    /** Smart dollars: no whitespace right after the opening one. */
    const afterDollar: State = (code) => (kind === 'smart' && isSpace(code) ? nok(code) : content(code));

    const content: State = (code) => {
      if (code === null) return nok(code);
      if (code === codes.dollarSign && kind !== 'round') {
        // `+?` needs one unit; smart dollars close only after a non-space.
        if (size === 0 || (kind === 'smart' && isSpace(last))) return nok(code);
        return closing(code);
      }
      if (code === codes.backslash) {
        character(code);
        return escaped;
      }
      // A code span (Python's backtick pattern ran first) is a placeholder math cannot hold.
      if (code === codes.graveAccent) return effects.check(codeText, nok, take)(code);
      return take(code);
    };

    const take: State = (code) => {
      if (markdownLineEnding(code)) lineEnding(code);
      else character(code);
      size++;
      last = code;
      return content;
    };

    /** `\x` is one unit of the TeX, except `\)`, which closes round math. */
    const escaped: State = (code) => {
      if (code === null) return nok(code);
      if (code === codes.rightParenthesis && kind === 'round') {
        if (size === 0) return nok(code);
        return closing(code);
      }
      return take(code);
    };

    const closing: State = (code) => {
      character(code);
      effects.exit('arithmatexValue');
      effects.exit(type);
      return ok;
    };

    const character = (code: Code): void => {
      if (!inValue) effects.enter('arithmatexValue');
      inValue = true;
      effects.consume(code);
    };

    const lineEnding = (code: Code): void => {
      if (inValue) effects.exit('arithmatexValue');
      inValue = false;
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
    };

    return start;
  };
}

/**
 * At a backslash that no backslash precedes: a run of them, then `$` or `(`. An even run before
 * `$` is escaped backslashes (then dollar math may follow); an odd run before `(` is escaped
 * backslashes and `\(` math. Anything else is left to core's escape construct.
 */
function backslash(inline: Inline, type: MathType) {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let run = 0;
    let after: Code = null;
    const scan: Construct = {
      partial: true,
      tokenize(scanEffects, scanOk) {
        const step: State = (code) => {
          if (code === codes.backslash) {
            run++;
            scanEffects.consume(code);
            return step;
          }
          after = code;
          scanEffects.exit('arithmatexInline');
          return scanOk(code);
        };
        return (code) => {
          scanEffects.enter('arithmatexInline');
          return step(code);
        };
      },
    };
    const dollar: Construct = { partial: true, tokenize: inlineMath(inline.dollar ?? 'smart', false, type) };
    const round: Construct = { partial: true, tokenize: inlineMath('round', false, type) };

    const decide: State = (code) => {
      if (after === codes.dollarSign && inline.dollar && run % 2 === 0) return escapes(run / 2, effects.attempt(dollar, ok, ok))(code);
      if (after === codes.leftParenthesis && inline.round && run % 2 === 1) {
        if (run === 1) return effects.attempt(round, ok, nok)(code);
        return escapes((run - 1) / 2, effects.attempt(round, ok, ok))(code);
      }
      return nok(code);
    };

    /** `count` escaped backslashes, as core's escapes would write them. */
    const escapes = (count: number, then: State): State => {
      let left = count;
      const pair: State = (code) => {
        if (left === 0) return then(code);
        left--;
        effects.enter('characterEscape');
        effects.enter('escapeMarker');
        effects.consume(code);
        effects.exit('escapeMarker');
        return (next: Code) => {
          effects.enter('characterEscapeValue');
          effects.consume(next);
          effects.exit('characterEscapeValue');
          effects.exit('characterEscape');
          return pair;
        };
      };
      return pair;
    };

    return (code) => {
      if (self.previous === codes.backslash) return nok(code);
      return effects.check(scan, decide, nok)(code);
    };
  };
}
