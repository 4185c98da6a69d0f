/**
 * Python-Markdown's reading of one table line (TableProcessor._split_row), as ranges of the line
 * so the tokenizer can mark them:
 *
 * ```
 * | `a|b` | c \| d |    ->  cells "`a|b`" and "c \| d": a pipe inside a code span (backtick
 *                           runs of equal length) or after a backslash does not split
 * ```
 *
 * The border is decided by the header line and applies to every row: a leading `|` and a
 * trailing unescaped `|` (with the `\\` pairs before it) are dropped, then the rest splits.
 */

/** A cell's text, `from` inclusive, `to` exclusive, in line offsets; spaces around it excluded. */
export interface CellRange {
  readonly from: number;
  readonly to: number;
  /** Where the cell's share of the line starts: its divider and spaces are part of it. */
  readonly start: number;
}

export interface Border {
  readonly left: boolean;
  readonly right: boolean;
}

/** `(?<!\\)(?:\\\\)*\|$`: the `\\` pairs and the final pipe, or undefined. */
function endBorderStart(row: string): number | undefined {
  if (!row.endsWith('|')) return undefined;
  let backslashes = 0;
  while (row.charAt(row.length - 2 - backslashes) === '\\') backslashes++;
  // An odd count escapes the pipe; the pairs go with the border.
  if (backslashes % 2 === 1) return undefined;
  return row.length - 1 - backslashes;
}

/** The border as the header line has it (`row` is the line without its edge spaces). */
export function borderOf(row: string): Border {
  return { left: row.startsWith('|'), right: endBorderStart(row) !== undefined };
}

/** True when a row has a pipe at either edge (single-column tables need one on every row). */
export function hasEdgePipe(row: string): boolean {
  return row.startsWith('|') || endBorderStart(row) !== undefined;
}

/** Splits a line into cells as Python-Markdown does with the header's `border`. */
export function splitRow(line: string, border: Border): CellRange[] {
  let start = 0;
  let end = line.length;
  while (start < end && line.charAt(start) === ' ') start++;
  while (end > start && line.charAt(end - 1) === ' ') end--;
  if (border.left || border.right) {
    if (line.charAt(start) === '|' && start < end) start++;
    const borderAt = endBorderStart(line.slice(start, end));
    if (borderAt !== undefined) end = start + borderAt;
  }
  const pipes = splittingPipes(line.slice(start, end)).map((pipe) => pipe + start);
  const cells: CellRange[] = [];
  let cellStart = start;
  for (const boundary of [...pipes, end]) {
    let from = cellStart;
    let to = boundary;
    while (from < to && line.charAt(from) === ' ') from++;
    while (to > from && line.charAt(to - 1) === ' ') to--;
    cells.push({ from, to, start: cells.length === 0 ? 0 : cellStart - 1 });
    cellStart = boundary + 1;
  }
  return cells;
}

/** Offsets of the pipes that split `row`: not escaped, not inside a code span. */
function splittingPipes(row: string): number[] {
  const pipes: number[] = [];
  // Backtick runs: start, end (inclusive), length, and 1 when a backslash escapes the opening.
  const tics: Array<{ start: number; end: number; size: number; escape: number }> = [];
  const pattern = /(\\\\)|(\\`+)|(`+)|(\\\|)|(\|)/g;
  for (const match of row.matchAll(pattern)) {
    const at = match.index;
    if (match[2] !== undefined) tics.push({ start: at, end: at + match[2].length - 1, size: match[2].length - 1, escape: 1 });
    else if (match[3] !== undefined) tics.push({ start: at, end: at + match[3].length - 1, size: match[3].length, escape: 0 });
    else if (match[5] !== undefined) pipes.push(at);
  }
  // Pair each opening run with the next run of the same size (an escape shortens only the opening).
  const regions: Array<[number, number]> = [];
  let position = 0;
  while (position < tics.length) {
    const open = tics[position];
    const size = open ? open.size - open.escape : 0;
    const close = size === 0 ? -1 : tics.findIndex((tic, index) => index > position && tic.size === size);
    if (open && close !== -1) {
      regions.push([open.start, tics[close]?.end ?? open.end]);
      position = close + 1;
    } else position++;
  }
  return pipes.filter((pipe) => {
    for (const [from, to] of regions) {
      if (pipe < from) return true;
      if (pipe <= to) return false;
    }
    return true;
  });
}
