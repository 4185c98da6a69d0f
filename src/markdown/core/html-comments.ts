/**
 * Where HTMLParser sees comments: Python-Markdown's extractor reads the whole page as one text,
 * so a `<!--` anywhere (in a paragraph too) runs to the next `-->` or `--!>`, across blank lines,
 * and what lies inside opens no raw block. Fenced code is not seen (the fence preprocessors have
 * replaced it by placeholders); an unclosed `<!--` is a plain `<`.
 *
 * ```
 * a <!-- b        commentSpans -> [[2, 22]]
 *
 * <!-- c -->      inside the span: text, not a comment block
 * ```
 */

const OPEN = '<!--';
const CLOSE = /--!?>/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/gm;

/** The comment spans of `document`, in order, as [start, end) offsets. */
export function commentSpans(document: string): Array<[number, number]> {
  const fences = fencedRanges(document);
  const spans: Array<[number, number]> = [];
  let fence = 0;
  let index = document.indexOf(OPEN);
  while (index >= 0) {
    while (fence < fences.length && (fences[fence]?.[1] ?? 0) <= index) fence++;
    const inFence = fences[fence];
    if (inFence && inFence[0] <= index) {
      index = document.indexOf(OPEN, inFence[1]);
      continue;
    }
    CLOSE.lastIndex = index + OPEN.length;
    const close = CLOSE.exec(document);
    if (!close) {
      index = document.indexOf(OPEN, index + 1);
      continue;
    }
    const end = close.index + close[0].length;
    spans.push([index, end]);
    index = document.indexOf(OPEN, end);
  }
  return spans;
}

/** True when `offset` lies inside a span that started before `lineStart` (an earlier line's comment). */
export function insideEarlierComment(spans: ReadonlyArray<readonly [number, number]>, lineStart: number, offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  // The last span starting before the line.
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.[0] ?? 0) < lineStart) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const span = spans[found];
  return span !== undefined && offset < span[1];
}

/** Offsets of fenced code (opening line to closing line), which HTMLParser never sees. */
function fencedRanges(document: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: { marker: string; start: number } | undefined;
  FENCE.lastIndex = 0;
  for (let match = FENCE.exec(document); match; match = FENCE.exec(document)) {
    const marker = match[1] ?? '';
    if (!open) open = { marker, start: match.index };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      ranges.push([open.start, match.index + match[0].length]);
      open = undefined;
    }
  }
  return ranges;
}
