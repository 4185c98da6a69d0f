/**
 * ONE regular expression for all of a page's abbreviations, so a 113-term glossary appended to
 * every page costs one scan per text node instead of one per term (Python-Markdown registers
 * one inline pattern per term and runs each over the whole page).
 *
 * Each term is matched as Python-Markdown's `\b[H][T][M][L]\b` does: `\b` is a boundary between a
 * word character (Unicode letter, digit, `_`) and anything else, so a term that starts (or ends)
 * with punctuation needs a word character on the other side.
 *
 * Which term wins where two overlap: Python-Markdown 3.10 also scans each text once with one
 * pattern whose alternatives are the terms sorted longest first, so the leftmost match wins and,
 * at one position, the longest term (`NAT-PMP` over `NAT`, whatever the definition order).
 *
 * Speed: terms are grouped by first character (`N(?<!\wN)(?:AT(?!\w)|AT-PMP(?!\w))`), so at
 * most positions one character comparison per group fails and nothing else runs.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const IS_WORD = new RegExp(`^${WORD}$`, 'u');

/** One pattern for `terms`; where two could match at one position, the longer one does. */
export function compileAbbreviations(terms: Iterable<string>): RegExp | undefined {
  // Longest first, counted in code points as Python's len() does (a stable sort: ties keep order).
  const ordered = [...terms].sort((a, b) => [...b].length - [...a].length);
  // First character -> the rest of each term starting with it (plus its end boundary), in order.
  const groups = new Map<string, string[]>();
  for (const term of ordered) {
    const [first, ...rest] = [...term];
    const last = rest[rest.length - 1] ?? first;
    if (first === undefined || last === undefined) continue;
    const after = IS_WORD.test(last) ? `(?!${WORD})` : `(?=${WORD})`;
    const group = groups.get(first) ?? [];
    groups.set(first, group);
    group.push(`${escape(rest.join(''))}${after}`);
  }
  if (groups.size === 0) return undefined;
  // Only one group can match at a position (its first character), so grouping keeps the order.
  // The start boundary is checked after the first character matched (`X(?<!\wX)`), which is
  // cheaper than a lookbehind at every position of the text.
  const alternatives = [...groups].map(([first, rests]) => {
    const x = escape(first);
    const before = IS_WORD.test(first) ? `(?<!${WORD}${x})` : `(?<=${WORD}${x})`;
    return `${x}${before}(?:${rests.join('|')})`;
  });
  return new RegExp(alternatives.join('|'), 'gu');
}

function escape(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (`\-`) is an error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, String.raw`\$&`);
}
