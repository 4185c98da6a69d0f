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
 * Speed: terms are grouped by first character (`N(?:AT-PMP|AT)`), so at most positions one
 * character comparison per group fails and nothing else runs. The boundaries are written as few
 * times as possible: V8 compiles every copy of the Unicode class `[\p{L}\p{N}_]` on its own
 * (about half a millisecond each), and a copy per term made a 113-term glossary cost some 75 ms
 * before the first page could use it. So the start boundary is one lookbehind per group, checked
 * after its first character matched (`N(?<!\wN)`: cheaper than a lookbehind at every position),
 * and the end boundary one lookahead for all the terms when they end alike, else one per run of
 * terms that end alike: `(?:AT-PMP|AT)(?!\w)` backtracks into `AT` exactly as
 * `AT-PMP(?!\w)|AT(?!\w)` does, so the order (longest first) is kept.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const IS_WORD = new RegExp(`^${WORD}$`, 'u');

interface Group {
  readonly first: string;
  /** Consecutive terms (rest after the first character) that end alike, longest first. */
  readonly runs: Array<{ readonly endsWord: boolean; readonly rests: string[] }>;
}

/** One pattern for `terms`; where two could match at one position, the longer one does. */
export function compileAbbreviations(terms: Iterable<string>): RegExp | undefined {
  // Longest first, counted in code points as Python's len() does (a stable sort: ties keep order).
  const ordered = [...terms].sort((a, b) => [...b].length - [...a].length);
  const groups = new Map<string, Group>();
  for (const term of ordered) {
    const [first, ...rest] = [...term];
    const last = rest[rest.length - 1] ?? first;
    if (first === undefined || last === undefined) continue;
    const group = groups.get(first) ?? { first, runs: [] };
    groups.set(first, group);
    const endsWord = IS_WORD.test(last);
    const run = group.runs[group.runs.length - 1];
    if (run?.endsWord === endsWord) run.rests.push(escape(rest.join('')));
    else group.runs.push({ endsWord, rests: [escape(rest.join(''))] });
  }
  if (groups.size === 0) return undefined;
  // Only one group can match at a position (its first character), so the alternation of groups
  // keeps the order; and a group's start boundary depends only on its first character.
  const families = [true, false].map((startsWord) => family([...groups.values()].filter((group) => IS_WORD.test(group.first) === startsWord), startsWord));
  return new RegExp(families.filter((pattern) => pattern !== '').join('|'), 'gu');
}

/** The groups whose first character is (or is not) a word character. */
function family(groups: readonly Group[], startsWord: boolean): string {
  if (groups.length === 0) return '';
  const end = (endsWord: boolean) => (endsWord ? `(?!${WORD})` : `(?=${WORD})`);
  const kinds = new Set(groups.flatMap((group) => group.runs.map((run) => run.endsWord)));
  // Every term of the family ends alike: one end boundary for all of them.
  const shared = kinds.size === 1 ? [...kinds][0] : undefined;
  const body = groups.map((group) => {
    const x = escape(group.first);
    // After the first character matched, which most positions do not: cheaper than a lookbehind
    // at every position.
    const before = startsWord ? `(?<!${WORD}${x})` : `(?<=${WORD}${x})`;
    const runs = group.runs.map((run) => `(?:${run.rests.join('|')})${shared === undefined ? end(run.endsWord) : ''}`);
    return `${x}${before}${runs.length === 1 ? runs[0] : `(?:${runs.join('|')})`}`;
  });
  return `(?:${body.join('|')})${shared === undefined ? '' : end(shared)}`;
}

function escape(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (`\-`) is an error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, String.raw`\$&`);
}
