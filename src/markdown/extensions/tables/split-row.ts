/**
 * Python-Markdown's table row splitter (TableProcessor._split_row): pipes inside a code span do
 * not split cells, where GFM's tokenizer splits at every unescaped pipe. Backtick runs pair by
 * length (an escaped run loses one backtick for opening), and a pipe inside a pair's region is text.
 *
 * ```
 * a | `b | c` | d    ->  ['a ', ' `b | c` ', ' d']
 * ```
 * Returns each cell with its offset in `row`.
 */

const CODE_PIPES = /(\\\\)|(\\`+)|(`+)|(\\\|)|(\|)/g;
const END_BORDER = /(?<!\\)(?:\\\\)*\|$/;

export interface RowCell {
  readonly text: string;
  readonly offset: number;
}

/** `row` is a table line stripped of spaces; `border` is the header's (see remark-borders.ts). */
export function splitRow(row: string, border: boolean): RowCell[] {
  let start = 0;
  let text = row;
  if (border) {
    if (text.startsWith('|')) {
      text = text.slice(1);
      start = 1;
    }
    text = text.replace(END_BORDER, '');
  }
  return split(text).map((cell) => ({ text: cell.text, offset: cell.offset + start }));
}

function split(row: string): RowCell[] {
  const tics: number[] = [];
  const ticPoints: Array<readonly [number, number, number]> = [];
  const pipes: number[] = [];
  for (const match of row.matchAll(CODE_PIPES)) {
    if (match[2] !== undefined) {
      tics.push(match[2].length - 1);
      ticPoints.push([match.index, match.index + match[2].length - 1, 1]);
    } else if (match[3] !== undefined) {
      tics.push(match[3].length);
      ticPoints.push([match.index, match.index + match[3].length - 1, 0]);
    } else if (match[5] !== undefined) pipes.push(match.index);
  }
  // Pair runs of the same size; the escape is subtracted from the opening run only.
  const regions: Array<readonly [number, number]> = [];
  for (let position = 0; position < tics.length; ) {
    const size = (tics[position] ?? 0) - (ticPoints[position]?.[2] ?? 0);
    const close = size === 0 ? -1 : tics.indexOf(size, position + 1);
    const open = ticPoints[position];
    const end = ticPoints[close];
    if (close === -1 || !open || !end) {
      position += 1;
      continue;
    }
    regions.push([open[0], end[1]]);
    position = close + 1;
  }
  const good = pipes.filter((pipe) => !regions.some(([from, to]) => pipe >= from && pipe <= to));
  const cells: RowCell[] = [];
  let position = 0;
  for (const pipe of good) {
    cells.push({ text: row.slice(position, pipe), offset: position });
    position = pipe + 1;
  }
  cells.push({ text: row.slice(position), offset: position });
  return cells;
}
