/**
 * Python-Markdown's reading of a link's `(...)` (LinkInlineProcessor.getLink), which is not
 * CommonMark's: spaces are allowed in the URL, parentheses need not balance inside a title, and
 * a quote that never closes falls back to the last balanced `)`.
 *
 * ```
 * [a](http://x.org/a b)          href "http://x.org/a b"
 * [a](http://x.org/'"title")     href "http://x.org/'", title "title"
 * [a](http://x.org/("title")     href "http://x.org/(", title "title"
 * [a](/u "Title with "quotes"")  href "/u", title "Title with "quotes""
 * ```
 *
 * Offsets are relative to the `(`; `end` is just after the closing `)`.
 */
export interface LinkResource {
  readonly hrefFrom: number;
  readonly hrefTo: number;
  /** The title between its quotes, when there is one. */
  readonly title?: { readonly from: number; readonly to: number } | undefined;
  readonly end: number;
}

const ANGLE_FORM = /^\(\s*(<[^<>]*>)\s*(?:('[^']*'|"[^"]*")\s*)?\)/;
const LEADING_SPACE = /^\(\s*/;

/** Reads `data` (starting at `(`, up to the end of the inline text) as Python does. */
export function readLinkResource(data: string, escapable = ''): LinkResource | undefined {
  const reader = createLinkReader(escapable);
  for (let index = 0; index < data.length; index++) {
    const found = reader.push(data.charAt(index));
    if (found) return found;
  }
  return reader.finish();
}

export interface LinkReader {
  /** Adds the next character; the resource once a `)` closes it. */
  push(character: string): LinkResource | undefined;
  /** At the end of the inline text: the fallback end of an unclosed title, if any. */
  finish(): LinkResource | undefined;
}

/** Stand in for an escape's backslash and character: Python reads a placeholder there (no `(`, `)`, quote or `>`). */
const ESCAPE_MASK = '\u0002\u0003';

/**
 * Python's loop a character at a time, so the caller stops reading at the `)` that closes the
 * link instead of reading the rest of the paragraph for every `](`. Backslash escapes of the
 * `escapable` characters are placeholders by then (the escape pattern runs first, priority
 * 180 against the link's 160): `[a](b\)c)` links `b)c`, `[a](<a\>b>)` links `a>b`.
 */
export function createLinkReader(escapable = ''): LinkReader {
  let escaping = false;
  let data = '';
  let start = -1;
  let brackets = 1;
  let backtrack = 1;
  let lastBracket = -1;
  let quote = '';
  let startQuote = -1;
  let exitQuote = -1;
  let ignoreMatches = false;
  let altQuote = '';
  let startAltQuote = -1;
  let exitAltQuote = -1;
  let last = '';
  let index = 0;
  const angle = (): LinkResource | undefined => {
    const match = ANGLE_FORM.exec(data);
    if (match?.[1] === undefined) return undefined;
    const hrefFrom = data.indexOf('<') + 1;
    const hrefTo = hrefFrom + match[1].length - 2;
    const quoted = match[2];
    const titleAt = quoted === undefined ? -1 : data.indexOf(quoted, hrefTo + 1);
    const title = quoted === undefined ? undefined : { from: titleAt + 1, to: titleAt + quoted.length - 1 };
    return { hrefFrom, hrefTo, title, end: match[0].length };
  };
  const step = (character: string): LinkResource | undefined => {
    if (character === '(') {
      if (!ignoreMatches) brackets++;
      else if (backtrack > 0) backtrack--;
    } else if (character === ')') {
      if ((exitQuote !== -1 && quote === last) || (exitAltQuote !== -1 && altQuote === last)) brackets = 0;
      else if (!ignoreMatches) brackets--;
      else if (backtrack > 0) {
        backtrack--;
        // The fallback end if the title never resolves.
        if (backtrack === 0) lastBracket = index + 1;
      }
    } else if (character === "'" || character === '"') {
      if (quote === '') {
        // Probably a title now: its brackets are not counted (but for the final one).
        ignoreMatches = true;
        backtrack = brackets;
        brackets = 1;
        startQuote = index + 1;
        quote = character;
      } else if (character !== quote && altQuote === '') {
        startAltQuote = index + 1;
        altQuote = character;
      } else if (character === quote) exitQuote = index + 1;
      else if (altQuote !== '' && character === altQuote) exitAltQuote = index + 1;
    }
    index++;
    if (brackets === 0) {
      if (exitQuote >= 0 && quote === last) return { hrefFrom: start, hrefTo: startQuote - 1, title: { from: startQuote, to: exitQuote - 1 }, end: index };
      if (exitAltQuote >= 0 && altQuote === last) return { hrefFrom: start, hrefTo: startAltQuote - 1, title: { from: startAltQuote, to: exitAltQuote - 1 }, end: index };
      return { hrefFrom: start, hrefTo: index - 1, end: index };
    }
    if (character !== ' ') last = character;
    return undefined;
  };
  // `(<...`: the angle form is matched first on the whole rest (RE_LINK), so the loop's own end
  // waits for the end of the text (rare enough to read it all).
  let angled = false;
  let earliest: LinkResource | undefined;
  const loop = (character: string): LinkResource | undefined => {
    const found = step(character);
    if (!angled) return found;
    earliest ??= found;
    return undefined;
  };
  return {
    push(raw) {
      // `\)`: both characters go in masked (the backslash first, as it may escape nothing).
      let character = raw;
      if (escaping) {
        escaping = false;
        if (escapable.includes(raw)) {
          character = ESCAPE_MASK.charAt(1);
          data = data.slice(0, -1) + ESCAPE_MASK.charAt(0);
        }
      } else if (raw === '\\' && escapable.includes('\\')) {
        escaping = true;
      }
      data += character;
      // The angle form ends at its `)`: a match on the text so far is the match on all of it.
      if (angled && character === ')') {
        const found = angle();
        if (found) return found;
      }
      if (earliest) return undefined;
      if (start < 0) {
        // `\(\s*`: the loop starts after the opening parenthesis and its spaces.
        if (data.length === 1 || /^\s$/.test(character)) return undefined;
        start = LEADING_SPACE.exec(data)?.[0].length ?? 1;
        index = start;
        angled = character === '<';
      }
      return loop(character);
    },
    finish() {
      if (angled) {
        const found = angle() ?? earliest;
        if (found) return found;
      }
      // `[test](link"notitle)`: the title never closed, the last balanced `)` ends the link.
      if (backtrack === 0 && lastBracket > 0) return { hrefFrom: start, hrefTo: lastBracket - 1, end: lastBracket };
      return undefined;
    },
  };
}
