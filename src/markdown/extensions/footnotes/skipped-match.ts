/**
 * Python-Markdown's footnote pattern searches an element's text left to right, and a match whose
 * label no definition has is skipped whole: the search goes on after its `]`. So a `[^` inside
 * such a match is never tried, even when its own label is defined:
 *
 * ```
 * x[^x [^a] y    ->  `[^x [^a]` is one match (label `x [^a`), undefined: `[^a]` stays text
 * x[^x] [^a] y   ->  `[^a]` is a call
 * ```
 * By then the code spans and escapes of the text are placeholders (patterns 190 and 180), which
 * hide their `[^` and `]`. micromark tokenizes the text forward, so the scan goes on from where
 * the last call attempt of the same text left it.
 */
import type { Point, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenizeContext {
    /** How far the text was scanned for footnote matches, and whether one was open there. */
    pythonFootnoteScan?: { point: Point; events: number; open: boolean } | undefined;
  }
}

const HIDDEN: ReadonlySet<string> = new Set(['codeText', 'characterEscape']);

/** Whether the `[^` at `now` (its `[`) is inside a `[^…` opened before it and not closed. */
export function insideSkippedMatch(context: TokenizeContext, now: Point): boolean {
  const first = context.events[0]?.[1].start;
  if (first === undefined) return false;
  let scan = context.pythonFootnoteScan;
  // A fresh scan for a new text, or where the tokenizer went back.
  if (scan === undefined || scan.point.offset > now.offset || scan.point.offset < first.offset || scan.events > context.events.length) {
    scan = { point: first, events: 0, open: false };
  }
  const hidden: Array<readonly [number, number]> = [];
  for (let index = scan.events; index < context.events.length; index++) {
    const event = context.events[index];
    if (event?.[0] === 'enter' && HIDDEN.has(event[1].type)) hidden.push([event[1].start.offset, event[1].end.offset]);
  }
  const text = context.sliceSerialize({ start: scan.point, end: now });
  let open = scan.open;
  let next = 0;
  for (let index = 0; index < text.length; index++) {
    const offset = scan.point.offset + index;
    while ((hidden[next]?.[1] ?? Infinity) <= offset) next++;
    if ((hidden[next]?.[0] ?? Infinity) <= offset) continue;
    const character = text.charAt(index);
    if (character === ']') open = false;
    else if (character === '[' && text.charAt(index + 1) === '^') open = true;
  }
  context.pythonFootnoteScan = { point: now, events: context.events.length, open };
  return open;
}
