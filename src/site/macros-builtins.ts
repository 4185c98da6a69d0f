/**
 * The macros plugin's built-in helpers (its context.py): `now()`, a Python datetime's
 * look-alike; `context(obj)`, the rows describing an object's variables; `pretty`, those rows as
 * an HTML table; `fix_url`, `relative_url`; the `files` variable.
 *
 *   {{ now().year }}                 -> 2026
 *   {{ context(page) | pretty }}     -> <table class="macros-tb" ...>...</table>
 */
import path from 'node:path';
import type { LinkIndex } from './links.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** What a template can read of `now()`: Python datetime's fields, `strftime`, `isoformat`, and its `str()`. */
export interface NowValue {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  strftime(format: unknown): string;
  isoformat(): string;
  /** Monday is 0, as in Python. */
  weekday(): number;
  toString(): string;
}

/**
 * Python's `datetime.now()` (local time) for `date`.
 *
 * @example String(nowValue(new Date(2026, 11, 3, 9, 5))) // '2026-12-03 09:05:00.000000'
 */
export function nowValue(date: Date): NowValue {
  const microsecond = date.getMilliseconds() * 1000;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const codes: Readonly<Record<string, string>> = {
    Y: String(date.getFullYear()),
    y: pad(date.getFullYear() % 100),
    m: pad(date.getMonth() + 1),
    d: pad(date.getDate()),
    H: pad(date.getHours()),
    I: pad(date.getHours() % 12 || 12),
    p: date.getHours() < 12 ? 'AM' : 'PM',
    M: pad(date.getMinutes()),
    S: pad(date.getSeconds()),
    f: pad(microsecond, 6),
    B: MONTHS[date.getMonth()] ?? '',
    b: (MONTHS[date.getMonth()] ?? '').slice(0, 3),
    A: DAYS[date.getDay()] ?? '',
    a: (DAYS[date.getDay()] ?? '').slice(0, 3),
    '%': '%',
  };
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    microsecond,
    strftime: (format) => String(format).replace(/%(.)/g, (all, code: string) => codes[code] ?? all),
    isoformat: () => `${day}T${time}${microsecond ? `.${pad(microsecond, 6)}` : ''}`,
    weekday: () => (date.getDay() + 6) % 7,
    toString: () => `${day} ${time}.${pad(microsecond, 6)}`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's type name for a value from YAML or our variables. */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'function') return 'function';
  return Array.isArray(value) ? 'list' : 'dict';
}

/** Python's `repr()`, near enough for a table: strings quoted, lists and mappings in brackets. */
function repr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return '<function>';
  if (Array.isArray(value)) return `[${value.map(repr).join(', ')}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `${repr(key)}: ${repr(item)}`).join(', ')}}`;
  return String(value);
}

/** The plugin's format_value: a mapping as `key = value` pairs (nested ones by type), else repr. */
function described(value: unknown): string {
  if (!isRecord(value)) return repr(value);
  return Object.entries(value)
    .map(([key, item]) => (isRecord(item) || typeof item === 'function' ? `<b>${key}</b> [<i>${typeName(item)}</i>]` : `${key} = ${repr(item)}`))
    .join(', ');
}

/**
 * The plugin's `context(obj)`: one row [name, type, description] per variable of a mapping or
 * item of a list; a plain value is one row of itself.
 */
export function contextRows(obj: unknown): Array<[string, string, string]> {
  if (Array.isArray(obj)) return obj.map((item, index): [string, string, string] => [String(index), typeName(item), described(item)]);
  if (isRecord(obj)) return Object.entries(obj).map(([key, value]): [string, string, string] => [key, typeName(value), described(value)]);
  return [[String(obj), typeName(obj), repr(obj)]];
}

/**
 * The plugin's `pretty` filter: `context()` rows as its HTML table. Written without blank lines,
 * unlike the plugin's, so that Markdown keeps it one HTML block.
 */
export function prettyTable(rows: unknown): string {
  if (!Array.isArray(rows) || rows.length === 0) return '';
  const style = 'color:#000000; border:1px solid #DCDCDC; padding: 5px';
  const cells = rows.map((row: unknown) => {
    const [name, type, content] = Array.isArray(row) ? row.map(String) : [String(row), '', ''];
    return `<tr><td style="vertical-align:top; ${style}"><b>${name}</b></td><td style="vertical-align:top; ${style}"><i>${type}</i></td><td style="vertical-align:top; ${style}">${(content ?? '').replace(/\n/g, '<br/>')}</td></tr>`;
  });
  const header = ['Variable', 'Type', 'Content'].map((title) => `<th style="${style}">${title}</th>`).join('');
  return `<table class="macros-tb" style="background-color: #F0FFFF; ${style}">\n${header}\n${cells.join('\n')}\n</table>`;
}

/**
 * The plugin's `fix_url`: a relative URL gets `../` in front (a page's HTML sits a folder below its source).
 *
 * @example fixUrl('img/a.png') // '../img/a.png'
 */
export function fixUrl(value: unknown): string {
  const url = String(value ?? '');
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url === '' ? url : `../${url}`;
}

/**
 * MkDocs' `normalize_url(path, page)`, the plugin's `relative_url` filter: a site path made
 * relative to the page's URL; absolute URLs, `/…` and `#…` as they are.
 *
 * @example relativeUrl('about/', 'guide/install/') // '../../about/'
 */
export function relativeUrl(url: string, pageUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^\/|^#/i.test(url)) return url;
  const target = url === '' ? '.' : url;
  const from = pageUrl.split('/').at(-1)?.includes('.') === true ? path.posix.dirname(pageUrl) : pageUrl;
  let relative = path.posix.relative(`/${from}`, `/${target}`) || '.';
  if (target.endsWith('/') && !relative.endsWith('/')) relative += '/';
  return relative;
}

/**
 * The `files` variable: MkDocs' File objects of the site (pages and docs_dir's other files),
 * with the fields and the `is_*()` methods templates use.
 */
export function siteFiles(links: Pick<LinkIndex, 'pages'> & Partial<Pick<LinkIndex, 'docsFiles'>>): Array<Record<string, unknown>> {
  const file = (src: string, url: string, page: boolean) => ({
    src_path: src,
    src_uri: src,
    url,
    name: path.posix.basename(src).replace(/\.[^.]*$/, ''),
    is_documentation_page: () => page,
    is_static_page: () => !page && /\.html?$/i.test(src),
    is_media_file: () => !page && !/\.(html?|css|js)$/i.test(src),
    is_css: () => /\.css$/i.test(src),
    is_javascript: () => /\.m?js$/i.test(src),
  });
  return [...[...links.pages].map(([src, target]) => file(src, target.url, true)), ...[...(links.docsFiles ?? [])].map((src) => file(src, src, false))];
}
