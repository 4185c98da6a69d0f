/**
 * Python-Markdown's reference definition pattern (ReferenceProcessor.RE) on up to three lines:
 *
 * ```
 * [id]: url "title"          the title's quotes are greedy: "a "b" c" is one title
 * [id]: <url>                the angle brackets go; `<url>"title"` is all URL
 * [id]:                      the URL may be on the next line,
 *     url
 *     "title"                and the title too
 * ```
 *
 * Offsets are per line; `undefined` when the first line holds no definition.
 */
export interface DefinitionMatch {
  readonly label: Range;
  readonly url: Range;
  readonly title?: Range | undefined;
  /** How many lines the definition spans (1 to 3). */
  readonly lines: number;
}

export interface Range {
  readonly line: number;
  readonly from: number;
  readonly to: number;
}

const START = /^\[([^[\]]*)\]:[ ]*/;
const QUOTED_TITLE = /^(["'])(.*)\1[ ]*$/;
const PAREN_TITLE = /^\((.*)\)[ ]*$/;

/** True when a line can open a definition (its label and colon): only then are more lines read. */
export function startsDefinition(line: string): boolean {
  return Boolean(START.exec(line)?.[1]);
}

export function matchDefinition(lines: readonly string[]): DefinitionMatch | undefined {
  const first = lines[0] ?? '';
  const start = START.exec(first);
  if (!start?.[1]) return undefined;
  const label: Range = { line: 0, from: 1, to: 1 + start[1].length };
  let urlLine = 0;
  let urlFrom = start[0].length;
  if (urlFrom === first.length) {
    // `[ ]*\n?[ ]*`: the URL on the next line.
    const next = lines[1];
    if (next === undefined) return undefined;
    urlLine = 1;
    urlFrom = next.length - next.trimStart().length;
  }
  const text = lines[urlLine] ?? '';
  const run = /^\S+/.exec(text.slice(urlFrom))?.[0];
  if (run === undefined) return undefined;
  // The URL is greedy, then gives back characters until a title (or the line's end) fits.
  for (let size = run.length; size > 0; size--) {
    const rest = text.slice(urlFrom + size);
    const url = trimAngles(urlLine, urlFrom, urlFrom + size, text);
    const afterSpaces = rest.replace(/^ +/, '');
    const restFrom = urlFrom + size + (rest.length - afterSpaces.length);
    if (afterSpaces === '') {
      // `(?:\n[ ]*)?` then a title: tried on the next line before settling for none.
      const next = lines[urlLine + 1];
      const nextTitle = next === undefined ? undefined : title(next, next.length - next.trimStart().length, urlLine + 1);
      if (nextTitle) return { label, url, title: nextTitle, lines: urlLine + 2 };
      return { label, url, lines: urlLine + 1 };
    }
    // Only a title starting right here (after the spaces) fits.
    const sameLine = title(text, restFrom, urlLine);
    if (sameLine) return { label, url, title: sameLine, lines: urlLine + 1 };
  }
  return undefined;
}

function title(text: string, from: number, line: number): Range | undefined {
  const rest = text.slice(from);
  const quoted = QUOTED_TITLE.exec(rest);
  if (quoted?.[2] !== undefined) return { line, from: from + 1, to: from + 1 + quoted[2].length };
  const paren = PAREN_TITLE.exec(rest);
  if (paren?.[1] !== undefined) return { line, from: from + 1, to: from + 1 + paren[1].length };
  return undefined;
}

/** `link.lstrip('<').rstrip('>')`. */
function trimAngles(line: number, from: number, to: number, text: string): Range {
  let start = from;
  let end = to;
  while (start < end && text.charAt(start) === '<') start++;
  while (end > start && text.charAt(end - 1) === '>') end--;
  return { line, from: start, to: end };
}
