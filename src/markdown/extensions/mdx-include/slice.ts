/**
 * `[ln:...]` line slices: rcslice 1.1's RowSlice (neurobin/rcslice, rcslice/rcslice.py), which
 * mdx_include uses. 1-based and inclusive, parts separated by `,` (with `line_slice_separator`
 * between them), each `r`, `r1-r2` (`r2 < r1` reverses), `r1-` (to the end), `-r2` (from the
 * last row back to r2, as rcslice reads it), and with columns
 * `r.c-r.c` (from column c of the first row to column c of the last); `.c-.c` slices the
 * columns of every row. Python raises on a 0 or a part with two `-` (the build stops): an error.
 */

type Bound = [row: number | undefined, column: number | undefined];
interface Part {
  readonly start: Bound;
  readonly end: Bound;
  readonly rowStep: 1 | -1;
  readonly columnStep: 1 | -1;
  /** False when a reversed row range ended before row 1: no column-only slicing then. */
  readonly columnSliceable: boolean;
}

export class SliceError extends Error {}

function bound(text: string | undefined, spec: string): Bound {
  if (text === undefined || text === '') return [undefined, undefined];
  const pieces = text.split('.');
  if (pieces.length > 2) throw new SliceError(`"${text}" in [ln:${spec}] is not a row or row.column`);
  const numbers = pieces.map((piece) => (piece === '' ? undefined : Number(piece)));
  if (numbers.some((n) => n !== undefined && n <= 0)) throw new SliceError(`rows and columns count from 1; [ln:${spec}] has "${text}"`);
  return [numbers[0], numbers[1]];
}

const zeroBased = (n: number | undefined): number | undefined => (n === undefined || n - 1 < 0 ? undefined : n - 1);
const twoLess = (n: number | undefined): { value: number | undefined; sliceable: boolean } => {
  if (n === undefined) return { value: undefined, sliceable: true };
  return n - 2 < 0 ? { value: undefined, sliceable: false } : { value: n - 2, sliceable: true };
};

function parse(spec: string): Part[] {
  const parts: Part[] = [];
  for (const piece of spec.split(',')) {
    if (piece === '') continue;
    const ends = piece.split('-').map((end) => (end === '' ? undefined : end));
    if (ends.length > 2) throw new SliceError(`"${piece}" in [ln:${spec}] has more than one "-"`);
    if (ends.length === 1) {
      const start = bound(ends[0], spec);
      parts.push({ start: [zeroBased(start[0]), zeroBased(start[1])], end: [start[0], undefined], rowStep: 1, columnStep: 1, columnSliceable: true });
      continue;
    }
    const start = bound(ends[0], spec);
    const end = bound(ends[1], spec);
    const rowStep = end[0] === undefined || (start[0] !== undefined && start[0] <= end[0]) ? 1 : -1;
    const columnStep = end[1] === undefined || (start[1] !== undefined && start[1] <= end[1]) ? 1 : -1;
    let endRow = end[0];
    let columnSliceable = true;
    if (rowStep < 0) ({ value: endRow, sliceable: columnSliceable } = twoLess(endRow));
    parts.push({ start: [zeroBased(start[0]), zeroBased(start[1])], end: [endRow, end[1]], rowStep, columnStep, columnSliceable });
  }
  return parts;
}

/** Python's `sequence[start:stop:step]` for step 1 or -1. */
export function pySlice<T>(items: readonly T[], start: number | undefined, stop: number | undefined, step: 1 | -1): T[] {
  const length = items.length;
  const out: T[] = [];
  const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);
  if (step > 0) {
    const from = start === undefined ? 0 : clamp(start < 0 ? start + length : start, 0, length);
    const to = stop === undefined ? length : clamp(stop < 0 ? stop + length : stop, 0, length);
    for (let i = from; i < to; i++) out.push(items[i] as T);
    return out;
  }
  const from = start === undefined ? length - 1 : clamp(start < 0 ? start + length : start, -1, length - 1);
  const to = stop === undefined ? -1 : clamp(stop < 0 ? stop + length : stop, -1, length - 1);
  for (let i = from; i > to; i--) out.push(items[i] as T);
  return out;
}

/** A Python string slice, by code point. */
const sliceText = (text: string, start: number | undefined, stop: number | undefined, step: 1 | -1): string => pySlice([...text], start, stop, step).join('');

/**
 * The rows `spec` selects; `separator` (one array of rows) goes between parts. `withText` makes
 * a row from another with new text (rows carry their origin). Throws SliceError where Python raises.
 */
export function sliceRows<T>(rows: readonly T[], spec: string, separator: readonly T[], textOf: (row: T) => string, withText: (row: T, text: string) => T): T[] {
  if (rows.length === 0 || spec === '') return [...rows];
  const parts = parse(spec);
  if (parts.length === 0) return [...rows];
  const out: T[] = [];
  parts.forEach((part, index) => {
    if (index > 0) out.push(...separator);
    const now = pySlice(rows, part.start[0], part.end[0], part.rowStep);
    let endColumn = part.end[1];
    const reverseColumns = () => {
      if (part.columnStep < 0) endColumn = twoLess(endColumn).value;
    };
    if (now.length === 1) {
      reverseColumns();
      const only = now[0] as T;
      now[0] = withText(only, sliceText(textOf(only), part.start[1], endColumn, part.columnStep));
    } else if (now.length > 1) {
      if (part.start[0] === undefined && part.end[0] === undefined && part.columnSliceable) {
        reverseColumns();
        for (const [i, row] of now.entries()) now[i] = withText(row, sliceText(textOf(row), part.start[1], endColumn, part.columnStep));
      } else {
        const first = now[0] as T;
        now[0] = withText(first, sliceText(textOf(first), part.start[1], undefined, 1));
        const last = now.at(-1) as T;
        now[now.length - 1] = withText(last, sliceText(textOf(last), undefined, endColumn, 1));
      }
    }
    out.push(...now);
  });
  return out;
}
