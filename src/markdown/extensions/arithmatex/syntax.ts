/**
 * Arithmatex's math delimiters as one micromark text construct on `$` and one on `\`:
 *
 * ```
 * $E = mc^2$      arithmatexInline   (smart dollars: no space just inside the dollars)
 * \(a + b\)       arithmatexInline
 * $$ … $$         arithmatexDisplay  (a block when it is a paragraph's only content, see transform.ts)
 * \[ … \]         arithmatexDisplay
 * ```
 * The content is raw TeX: `\` takes the next character along (so `\$` does not close), and
 * nothing inside is parsed as Markdown. It may span lines.
 */
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    arithmatexInline: 'arithmatexInline';
    arithmatexDisplay: 'arithmatexDisplay';
    arithmatexMarker: 'arithmatexMarker';
    arithmatexValue: 'arithmatexValue';
  }
}

const DOLLAR = 36;
const BACKSLASH = 92;
const LEFT_PAREN = 40;
const RIGHT_PAREN = 41;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;

export function arithmatexSyntax(): Extension {
  const dollar: Construct = { name: 'arithmatexDollar', tokenize: tokenizeDollar };
  const bracket: Construct = { name: 'arithmatexBracket', tokenize: tokenizeBracket };
  return { text: { [DOLLAR]: dollar, [BACKSLASH]: bracket } };
}

function isSpace(code: Code): boolean {
  return code === null || markdownLineEnding(code) || markdownSpace(code);
}

/** `$…$` or `$$…$$`. */
function tokenizeDollar(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let display = false;
  let size = 0;
  let last: Code = null;

  const start: State = (code) => {
    effects.enter('arithmatexInline');
    effects.enter('arithmatexMarker');
    effects.consume(code);
    return afterDollar;
  };

  const afterDollar: State = (code) => {
    if (code === DOLLAR) {
      display = true;
      effects.consume(code);
      return afterOpening;
    }
    return afterOpening(code);
  };

  const afterOpening: State = (code) => {
    effects.exit('arithmatexMarker');
    // Smart dollars: `$ x$` is not math; `$$` is followed by anything.
    if (code === null || (!display && (isSpace(code) || code === DOLLAR))) return nok(code);
    effects.enter('arithmatexValue');
    return content(code);
  };

  const content: State = (code) => {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) return lineEnding(code);
    if (code === BACKSLASH) {
      effects.consume(code);
      size++;
      return escaped;
    }
    if (code === DOLLAR && display) return effects.check({ tokenize: tokenizeTwoDollars, partial: true }, closeDisplay, single)(code);
    if (code === DOLLAR) {
      if (size === 0 || isSpace(last)) return nok(code);
      effects.exit('arithmatexValue');
      effects.enter('arithmatexMarker');
      effects.consume(code);
      return close;
    }
    effects.consume(code);
    size++;
    last = code;
    return content;
  };

  const escaped: State = (code) => {
    if (code === null || markdownLineEnding(code)) return content(code);
    effects.consume(code);
    last = code;
    return content;
  };

  const lineEnding: State = (code) => {
    effects.exit('arithmatexValue');
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    effects.enter('arithmatexValue');
    last = code;
    size++;
    return content;
  };

  /** A lone `$` inside `$$…$$` is TeX. */
  const single: State = (code) => {
    effects.consume(code);
    size++;
    last = code;
    return content;
  };

  const closeDisplay: State = (code) => {
    if (size === 0) return nok(code);
    effects.exit('arithmatexValue');
    effects.enter('arithmatexMarker');
    effects.consume(code);
    return closeDisplaySecond;
  };

  const closeDisplaySecond: State = (code) => {
    effects.consume(code);
    return close;
  };

  const close: State = (code) => {
    effects.exit('arithmatexMarker');
    const token = effects.exit('arithmatexInline');
    if (display) token.type = 'arithmatexDisplay';
    return ok(code);
  };

  return start;
}

/** `\(…\)` or `\[…\]`; anything else after `\` is left to character escapes. */
function tokenizeBracket(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let closer: number = RIGHT_PAREN;
  let size = 0;

  const start: State = (code) => {
    effects.enter('arithmatexInline');
    effects.enter('arithmatexMarker');
    effects.consume(code);
    return open;
  };

  const open: State = (code) => {
    if (code !== LEFT_PAREN && code !== LEFT_BRACKET) return nok(code);
    closer = code === LEFT_PAREN ? RIGHT_PAREN : RIGHT_BRACKET;
    effects.consume(code);
    effects.exit('arithmatexMarker');
    effects.enter('arithmatexValue');
    return content;
  };

  const content: State = (code) => {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit('arithmatexValue');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      effects.enter('arithmatexValue');
      size++;
      return content;
    }
    if (code === BACKSLASH) return effects.check({ tokenize: tokenizeCloser(closer), partial: true }, end, escapeStart)(code);
    effects.consume(code);
    size++;
    return content;
  };

  const escapeStart: State = (code) => {
    effects.consume(code);
    size++;
    return escaped;
  };

  const escaped: State = (code) => {
    if (code === null || markdownLineEnding(code)) return content(code);
    effects.consume(code);
    return content;
  };

  const end: State = (code) => {
    if (size === 0) return nok(code);
    effects.exit('arithmatexValue');
    effects.enter('arithmatexMarker');
    effects.consume(code);
    return endSecond;
  };

  const endSecond: State = (code) => {
    effects.consume(code);
    effects.exit('arithmatexMarker');
    const token = effects.exit('arithmatexInline');
    if (closer === RIGHT_BRACKET) token.type = 'arithmatexDisplay';
    return ok;
  };

  return start;
}

/** Checks for `\)` (or `\]`) without consuming it. */
function tokenizeCloser(closer: number) {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const second: State = (code) => (code === closer ? ok(code) : nok(code));
    return (code) => {
      effects.enter('arithmatexMarker');
      effects.consume(code);
      effects.exit('arithmatexMarker');
      return second;
    };
  };
}

/** Checks for `$$` without consuming it. */
function tokenizeTwoDollars(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const second: State = (code) => (code === DOLLAR ? ok(code) : nok(code));
  return (code) => {
    effects.enter('arithmatexMarker');
    effects.consume(code);
    effects.exit('arithmatexMarker');
    return second;
  };
}
