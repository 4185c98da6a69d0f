/**
 * pandas' `DataFrame.to_markdown(index=False)` for the table-reader plugin: tabulate 0.9's `pipe`
 * format (python-tabulate tabulate/__init__.py: `_normalize_tabular_data`, `_column_type`,
 * `_format`, `_align_column`, `_pipe_line_with_colons`), which pandas calls with
 * `headers="keys"`. What reaches Python-Markdown is the cells' text and the alignment row's colons
 * (numbers right, anything else left); the padding is tabulate's too, so the Markdown reads as the
 * plugin writes it.
 *
 *   pipeTable({ columns: ['a', 'b'], rows: [[{ kind: 'int', value: 1 }, { kind: 'str', value: 'x' }]] })
 *   // '|   a | b   |\n|----:|:----|\n|   1 | x   |'
 */

/** A value as pandas holds it: numbers by dtype, NaN for what is missing, Python's bools and strings. */
export type Cell =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'str'; readonly value: string };

/** A data frame: its column labels and its rows (each as long as the labels). */
export interface Frame {
  readonly columns: readonly (string | number)[];
  readonly rows: readonly (readonly Cell[])[];
}

/** tabulate's column types, from the least generic (its `_more_generic` order). */
const TYPE_ORDER = ['bool', 'int', 'float', 'str'] as const;
type ColumnType = (typeof TYPE_ORDER)[number];

/** Python's `int(text)` accepts it (tabulate's numparse turns such strings into numbers). */
const PY_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const PY_FLOAT = /^\s*[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d+(?:_\d+)*(?:[eE][+-]?\d+)?|\d+\.|inf(?:inity)?|nan)\s*$/i;

/**
 * `df.values` first: pandas makes one array of the frame's columns, and its common dtype decides
 * what tabulate sees. All-bool columns give numpy bools, which tabulate takes for floats (1, 0);
 * ints beside floats become floats; any other mix is an object array of Python values.
 */
function interleaved(frame: Frame): Cell[][] {
  const kinds = new Set(frame.rows.flatMap((row) => row.map((cell) => cell.kind)));
  const onlyNumbers = [...kinds].every((kind) => kind === 'int' || kind === 'float');
  if (kinds.size === 1 && kinds.has('bool')) return frame.rows.map((row) => row.map((cell) => (cell.kind === 'bool' ? { kind: 'float', value: cell.value ? 1 : 0 } : cell)));
  if (onlyNumbers && kinds.has('float')) return frame.rows.map((row) => row.map((cell) => (cell.kind === 'int' ? { kind: 'float', value: Number(cell.value) } : cell)));
  return frame.rows.map((row) => [...row]);
}

/** tabulate's `_type`: a string that Python's int() or float() reads counts as that number. */
function cellType(cell: Cell): ColumnType {
  if (cell.kind !== 'str') return cell.kind;
  if (PY_INT.test(cell.value)) return 'int';
  return PY_FLOAT.test(cell.value) ? 'float' : 'str';
}

function columnType(cells: readonly Cell[]): ColumnType {
  let found = 0;
  for (const cell of cells) found = Math.max(found, TYPE_ORDER.indexOf(cellType(cell)));
  return TYPE_ORDER[found] ?? 'bool';
}

/**
 * Python's `format(x, 'g')`: six significant digits, trailing zeros dropped, an exponent of at
 * least two digits below 1e-4 and from 1e6.
 */
export function formatG(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa = '', power = '0'] = value.toExponential(5).split('e');
  const exponent = Number(power);
  const trim = (digits: string) => (digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits);
  if (exponent < -4 || exponent >= 6) return `${trim(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return trim(value.toFixed(5 - exponent));
}

/** tabulate's `_format` with pandas' defaults (floatfmt 'g', intfmt '', missingval ''). */
function formatCell(cell: Cell, type: ColumnType): string {
  const text = cell.kind === 'str' ? cell.value : cell.kind === 'bool' ? (cell.value ? 'True' : 'False') : cell.kind === 'int' ? String(cell.value) : formatG(cell.value);
  if (type === 'float' && cell.kind !== 'bool') return formatG(cell.kind === 'float' ? cell.value : Number(text.replaceAll('_', '')));
  return text;
}

/** The digits after the decimal point (or the exponent), -1 for an integer or a non-number: tabulate's `_afterpoint`. */
function afterPoint(text: string): number {
  if (PY_INT.test(text) || !PY_FLOAT.test(text)) return -1;
  let at = text.lastIndexOf('.');
  if (at < 0) at = text.toLowerCase().lastIndexOf('e');
  return at < 0 ? -1 : text.length - at - 1;
}

/** A column's cells padded to one width: numbers aligned on their decimal point, then right; strings stripped, then left. */
function alignColumn(texts: readonly string[], numeric: boolean, minWidth: number): string[] {
  let cells = [...texts];
  if (numeric) {
    const decimals = cells.map(afterPoint);
    const most = Math.max(...decimals);
    cells = cells.map((text, index) => text + ' '.repeat(most - (decimals[index] ?? 0)));
  } else {
    cells = cells.map((text) => text.trim());
  }
  const width = Math.max(minWidth, ...cells.map((text) => [...text].length));
  return cells.map((text) => (numeric ? text.padStart(width) : text.padEnd(width)));
}

/** The pipe table pandas writes for `frame` (no index column), lines joined by `\n`, no final newline. */
export function pipeTable(frame: Frame): string {
  const rows = interleaved(frame);
  const headers = frame.columns.map(String);
  const columns = headers.map((header, index) => {
    const cells = rows.map((row): Cell => row[index] ?? { kind: 'str', value: '' });
    const type = columnType(cells);
    const numeric = type === 'int' || type === 'float';
    // tabulate's MIN_PADDING: a column is at least two wider than its header.
    const aligned = alignColumn(cells.map((cell) => formatCell(cell, type)), numeric, [...header].length + 2);
    const width = Math.max([...header].length + 2, ...aligned.map((text) => [...text].length));
    return { header: numeric ? header.padStart(width) : header.padEnd(width), cells: aligned, numeric, width };
  });
  const line = (cells: readonly string[]) => `|${cells.map((cell) => ` ${cell} `).join('|')}|`;
  // _pipe_segment_with_colons, with the padding of one space on each side counted in.
  const rule = `|${columns.map((column) => (column.numeric ? `${'-'.repeat(column.width + 1)}:` : `:${'-'.repeat(column.width + 1)}`)).join('|')}|`;
  return [line(columns.map((column) => column.header)), rule, ...rows.map((_, index) => line(columns.map((column) => column.cells[index] ?? '')))].join('\n');
}
