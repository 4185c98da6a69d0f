/**
 * Python's `fnmatch.translate` (3.12): one shell-style pattern as a RegExp over a whole string,
 * case-sensitive (`fnmatchcase`). `*` is any text (a `/` too), `?` one character, `[seq]` and
 * `[!seq]` a set with ranges; the rest is literal. The one owner of glob matching: the exclude,
 * git-revision-date-localized and mkdocs-jupyter plugins match whole paths with it, literate-nav
 * each path part.
 *
 *   fnmatch('drafts/*')   ->  /^[^]*…/   matches 'drafts/a/b.md'
 *   fnmatch('[z-a].md')   ->  matches nothing, as in Python 3.9+ (a reversed range is dropped)
 *   fnmatch('[!z-a].md')  ->  any one character, then '.md'
 *
 * It never throws: the translation always makes a valid expression, and should JavaScript still
 * refuse it, the caller gets the reason to report at the pattern's place.
 */

export type Fnmatch = { readonly regex: RegExp } | { readonly problem: string };

const STAR = Symbol('*');

/** The pattern as a RegExp, or why it cannot be one (for a warning at the pattern's place). */
export function fnmatch(pattern: string): Fnmatch {
  const source = translate(Array.from(pattern));
  try {
    return { regex: new RegExp(`^${source}$`, 'u') };
  } catch (error) {
    return { problem: `the glob '${pattern}' cannot be matched (${error instanceof Error ? error.message : String(error)}); it matches nothing` };
  }
}

/** Python's `_translate`, then its `STAR fixed STAR` join (lookahead + backreference, so `*a*a*a…b` cannot backtrack). */
function translate(chars: readonly string[]): string {
  const pieces: Array<string | typeof STAR> = [];
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const char = chars[i] ?? '';
    i++;
    if (char === '*') {
      if (pieces.at(-1) !== STAR) pieces.push(STAR);
    } else if (char === '?') pieces.push('[^]');
    else if (char === '[') {
      let j = i;
      if (chars[j] === '!') j++;
      if (chars[j] === ']') j++;
      while (j < n && chars[j] !== ']') j++;
      if (j >= n) pieces.push('\\[');
      else {
        pieces.push(charSet(chars.slice(i, j)));
        i = j + 1;
      }
    } else pieces.push(escapeLiteral(char));
  }

  let out = '';
  let k = 0;
  let group = 0;
  while (k < pieces.length && pieces[k] !== STAR) out += String(pieces[k++]);
  while (k < pieces.length) {
    k++; // the STAR
    let fixed = '';
    while (k < pieces.length && pieces[k] !== STAR) fixed += String(pieces[k++]);
    if (k === pieces.length) out += `[^]*${fixed}`;
    else {
      group++;
      // Python's `(?=(?P<g>.*?fixed))(?P=g)`: the first `fixed` after the star, taken for good.
      out += `(?=(?<g${group}>[^]*?${fixed}))\\k<g${group}>`;
    }
  }
  return out;
}

/**
 * The inside of `[...]` (without the brackets) as Python splits it: hyphens make ranges, except
 * first (after `!`) and last; a reversed range is dropped with its ends' neighbours joined, as
 * `fnmatch._translate` does; an empty set matches nothing, `[!]` after dropping any character.
 */
function charSet(stuff: readonly string[]): string {
  let chunks: string[][];
  if (!stuff.includes('-')) chunks = [[...stuff]];
  else {
    chunks = [];
    let start = 0;
    let k = stuff[0] === '!' ? 2 : 1;
    for (;;) {
      const hyphen = stuff.indexOf('-', k);
      if (hyphen < 0) break;
      chunks.push(stuff.slice(start, hyphen));
      start = hyphen + 1;
      k = hyphen + 3;
    }
    const last = stuff.slice(start);
    if (last.length > 0) chunks.push(last);
    else chunks.at(-1)?.push('-');
    for (let index = chunks.length - 1; index > 0; index--) {
      const before = chunks[index - 1] ?? [];
      const after = chunks[index] ?? [];
      if (codePoint(before.at(-1)) > codePoint(after[0])) {
        chunks[index - 1] = [...before.slice(0, -1), ...after.slice(1)];
        chunks.splice(index, 1);
      }
    }
  }
  // Python reads the `!` off the joined text, so a range dropped in front of one makes it a negation.
  const first = chunks[0] ?? [];
  if (chunks.length === 1 && first.length === 0) return '(?!)';
  if (chunks.length === 1 && first.length === 1 && first[0] === '!') return '[^]';
  const negated = first[0] === '!';
  if (negated) chunks[0] = first.slice(1);
  // A hyphen between two chunks is a range; one beside an empty chunk is literal, as in Python.
  let body = '';
  chunks.forEach((chunk, index) => {
    if (index > 0) body += chunk.length > 0 && (chunks[index - 1] ?? []).length > 0 ? '-' : '\\-';
    body += chunk.map(escapeInSet).join('');
  });
  return `[${negated ? '^' : ''}${body}]`;
}

function codePoint(char: string | undefined): number {
  return char?.codePointAt(0) ?? -1;
}

function escapeInSet(char: string): string {
  return /[\\\]\[^-]/u.test(char) ? `\\${char}` : char;
}

function escapeLiteral(char: string): string {
  return /[.*+?^${}()|[\]\\/]/u.test(char) ? `\\${char}` : char;
}
