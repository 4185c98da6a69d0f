/**
 * The table-reader plugin's readers (mkdocs-table-reader-plugin 3.x readers.py) without pandas:
 * each file read into a Frame (src/site/tabulate.ts) the way pandas reads it with the options
 * the plugin passes on, for the options sites use: `read_csv` and `read_table` (`sep`/`delimiter`,
 * `header`, `names`, `skiprows`, `nrows`, `usecols`, `encoding`), `read_fwf` (columns inferred from
 * the blank columns, as pandas' `colspecs='infer'`), `read_json` (records, or pandas' default
 * `columns` orient) and `read_yaml` (`pd.json_normalize` of the YAML: nested mappings become
 * `a.b` columns). Values are typed as pandas' parsers type a column: all integers, numbers (a
 * missing value makes a number column float), `True`/`False`, else strings, with pandas'
 * missing-value words (`''`, `NA`, `null`...) read as NaN.
 *
 * An option we do not read is named in a warning; the table is read without it.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Cell, Frame } from './tabulate.ts';
import { isRecord } from './plugin-values.ts';

/** pandas' default `na_values` (pandas/_libs/parsers.pyx STR_NA_VALUES). */
const NA_VALUES: ReadonlySet<string> = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);
const NAN: Cell = { kind: 'float', value: Number.NaN };

/** A reader's outcome: the frame, and the options it could not honour. */
export interface ReadTable {
  readonly frame: Frame;
  readonly ignored: string[];
}

type Options = Readonly<Record<string, unknown>>;

/** What a raw field is in a column pandas types by its values. */
function typeColumn(fields: readonly (string | undefined)[]): Cell[] {
  const present = fields.filter((field): field is string => field !== undefined && !NA_VALUES.has(field));
  const missing = present.length < fields.length;
  const trimmed = present.map((field) => field.trim());
  if (present.length > 0 && trimmed.every((field) => /^[+-]?\d+$/.test(field))) {
    return fields.map((field) => (field === undefined || NA_VALUES.has(field) ? NAN : missing ? { kind: 'float', value: Number(field.trim()) } : { kind: 'int', value: BigInt(field.trim().replace(/^\+/, '')) }));
  }
  if (present.length > 0 && trimmed.every((field) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?inf(?:inity)?$/i.test(field))) {
    return fields.map((field) => (field === undefined || NA_VALUES.has(field) ? NAN : { kind: 'float', value: Number(field.trim().replace(/inf(inity)?/i, 'Infinity')) }));
  }
  if (!missing && present.length > 0 && trimmed.every((field) => /^(?:True|TRUE|true|False|FALSE|false)$/.test(field))) {
    return fields.map((field) => ({ kind: 'bool', value: /^t/i.test((field ?? '').trim()) }));
  }
  return fields.map((field) => (field === undefined || NA_VALUES.has(field) ? NAN : { kind: 'str', value: field }));
}

/** pandas' column labels: a blank one is `Unnamed: i`, a repeated one gets `.1`, `.2`. */
function labels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name, index) => {
    const base = name === '' ? `Unnamed: ${index}` : name;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}.${count}`;
  });
}

/** Records (lists of fields) into a typed frame, with `header`, `names`, `nrows` and `usecols` applied. */
function frameOf(records: readonly (readonly string[])[], options: Options, ignored: string[]): Frame {
  const names = Array.isArray(options['names']) ? options['names'].map(String) : undefined;
  const header = options['header'] === undefined ? (names ? null : 0) : options['header'];
  let columns: (string | number)[];
  let body = records;
  if (header === null || header === 'None') {
    const width = Math.max(0, ...records.map((record) => record.length));
    columns = names ?? Array.from({ length: width }, (_, index) => index);
  } else {
    const at = typeof header === 'number' ? header : 0;
    if (typeof header !== 'number') ignored.push(`header=${JSON.stringify(header)}`);
    columns = names ?? labels(records[at]?.map((field) => field) ?? []);
    body = records.slice(at + 1);
  }
  if (typeof options['nrows'] === 'number') body = body.slice(0, options['nrows']);
  const typed = columns.map((_, index) => typeColumn(body.map((record) => record[index])));
  let frame: Frame = { columns, rows: body.map((_, row) => columns.map((__, column) => typed[column]?.[row] ?? NAN)) };
  const usecols = options['usecols'];
  if (Array.isArray(usecols)) {
    const keep = frame.columns.flatMap((column, index) => (usecols.includes(column) || usecols.includes(index) ? [index] : []));
    frame = { columns: keep.map((index) => frame.columns[index] ?? ''), rows: frame.rows.map((row) => keep.map((index) => row[index] ?? NAN)) };
  }
  return frame;
}

/** Delimited text as pandas' C parser splits it: `"` quotes (`""` inside), blank lines skipped. */
function splitDelimited(text: string, sep: string | RegExp): string[][] {
  const records: string[][] = [];
  if (sep instanceof RegExp) {
    for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '') records.push(line.trim().split(sep));
    return records;
  }
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let touched = false;
  const end = () => {
    record.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
      touched = true;
    } else if (char === sep) {
      end();
      touched = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      if (touched || field !== '') {
        end();
        records.push(record);
      }
      record = [];
      touched = false;
    } else {
      field += char;
      touched = true;
    }
  }
  if (touched || field !== '') {
    end();
    records.push(record);
  }
  return records;
}

const DELIMITED_OPTIONS: ReadonlySet<string> = new Set(['sep', 'delimiter', 'header', 'names', 'skiprows', 'nrows', 'usecols', 'encoding']);

/** `pd.read_csv` (`tab`: `pd.read_table`, whose `sep` is a tab). A separator longer than one character is a regular expression, as in pandas. */
export function readDelimited(text: string, options: Options, tab = false): ReadTable {
  const ignored = Object.keys(options).filter((key) => !DELIMITED_OPTIONS.has(key));
  const given = options['sep'] ?? options['delimiter'];
  const sepText = typeof given === 'string' ? given : tab ? '\t' : ',';
  const sep = sepText.length === 1 ? sepText : new RegExp(sepText);
  const skip = typeof options['skiprows'] === 'number' ? options['skiprows'] : 0;
  const lines = skip > 0 ? text.split(/\r\n|\r|\n/).slice(skip).join('\n') : text;
  return { frame: frameOf(splitDelimited(lines, sep), options, ignored), ignored };
}

/** `pd.read_fwf` with `colspecs='infer'`: a column is a run of positions some line fills, between positions blank on every line. */
export function readFixedWidth(text: string, options: Options): ReadTable {
  const ignored = Object.keys(options).filter((key) => !DELIMITED_OPTIONS.has(key) || key === 'sep' || key === 'delimiter');
  const skip = typeof options['skiprows'] === 'number' ? options['skiprows'] : 0;
  const lines = text.split(/\r\n|\r|\n/).slice(skip).filter((line) => line.trim() !== '');
  // pandas infers from the first 100 lines.
  const filled: boolean[] = [];
  for (const line of lines.slice(0, 100)) for (let at = 0; at < line.length; at++) if (!/\s/.test(line[at] ?? '')) filled[at] = true;
  const specs: [number, number][] = [];
  for (let at = 0; at < filled.length; at++) {
    if (!filled[at]) continue;
    const start = at;
    while (filled[at]) at++;
    specs.push([start, at]);
  }
  const records = lines.map((line) => specs.map(([from, to]) => line.slice(from, to).trim()));
  return { frame: frameOf(records, options, ignored), ignored };
}

/** Plain values (JSON or YAML) typed per column as pandas' DataFrame constructor does. */
function frameOfValues(columns: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): Frame {
  const typed = columns.map((column) => {
    const values = rows.map((row) => row[column]);
    const present = values.filter((value) => value !== undefined && value !== null);
    const numbers = present.every((value) => typeof value === 'number');
    const ints = numbers && present.every((value) => Number.isInteger(value)) && present.length === values.length;
    return values.map((value): Cell => {
      if (value === undefined || value === null) return NAN;
      if (typeof value === 'number') return ints ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value };
      if (typeof value === 'boolean') return { kind: 'bool', value };
      return { kind: 'str', value: typeof value === 'string' ? value : pythonRepr(value) };
    });
  });
  return { columns, rows: rows.map((_, row) => columns.map((__, column) => typed[column]?.[row] ?? NAN)) };
}

/** How Python prints a list or a dict left in a cell (`['a', 'b']`, `{'k': 1}`). */
function pythonRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `'${key}': ${pythonRepr(item)}`).join(', ')}}`;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
}

/** The keys of `records` in the order they first appear. */
function keysOf(records: readonly Readonly<Record<string, unknown>>[]): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record)))];
}

/** `pd.read_json`: a list of records, or pandas' default `columns` orient (`{column: {index: value}}`). */
export function readJson(text: string, options: Options): ReadTable {
  const ignored = Object.keys(options).filter((key) => key !== 'encoding');
  const data: unknown = JSON.parse(text);
  if (Array.isArray(data)) {
    const records = data.map((item) => (isRecord(item) ? item : {}));
    return { frame: frameOfValues(keysOf(records), records), ignored };
  }
  if (!isRecord(data)) throw new Error('the JSON is neither a list of records nor a mapping of columns');
  const columns = Object.keys(data);
  const index = [...new Set(columns.flatMap((column) => Object.keys(isRecord(data[column]) ? data[column] : {})))];
  const records = index.map((key) => Object.fromEntries(columns.map((column) => [column, Reflect.get(isRecord(data[column]) ? data[column] : {}, key)])));
  return { frame: frameOfValues(columns, records), ignored };
}

/** `pd.json_normalize` of a record: nested mappings flattened to `parent.child` keys. */
function flatten(record: Readonly<Record<string, unknown>>, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (isRecord(value)) Object.assign(flat, flatten(value, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = value;
  }
  return flat;
}

/** `pd.json_normalize(yaml.safe_load(file))`: a list of mappings, or one mapping as one row. */
export function readYaml(text: string, options: Options): ReadTable {
  const ignored = Object.keys(options).filter((key) => key !== 'encoding');
  const data: unknown = load(text, { schema: CORE_SCHEMA });
  const items = Array.isArray(data) ? data : [data];
  const records = items.map((item) => (isRecord(item) ? flatten(item) : {}));
  return { frame: frameOfValues(keysOf(records), records), ignored };
}
