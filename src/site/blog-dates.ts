/**
 * The blog plugin's dates: a post's front matter `date` (a date, or a map with `created` and
 * others such as `updated`; structure/options.py), and babel's `format_date` with the plugin's
 * formats (a CLDR pattern like `yyyy/MM/dd`, or `short`/`medium`/`long`/`full`), done with Intl.
 * Dates are read and written in UTC: YAML's `2024-01-31` has no zone, as Python's naive datetime.
 *
 *   formatDate(new Date('2024-01-31'), 'yyyy/MM/dd', 'en') // '2024/01/31'
 *   formatDate(new Date('2024-01-31'), 'long', 'en')       // 'January 31, 2024'
 */
import { intlLocale } from './revision-date-format.ts';

export interface PostDates {
  readonly created: Date;
  /** Every other date the map names (`updated`, ...), by key. */
  readonly others: ReadonlyMap<string, Date>;
}

/**
 * Front matter `date` as the plugin reads it; a problem when it is missing or not a date.
 *
 * @example postDates({ created: new Date('2024-01-31'), updated: new Date('2024-02-01') }).dates?.others.get('updated')
 */
export function postDates(value: unknown): { dates?: PostDates | undefined; problem?: string | undefined } {
  if (value === undefined || value === null) return { problem: "a post needs a front matter 'date' (e.g. date: 2024-01-31, or date: {created: 2024-01-31})" };
  const map = typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? Object.entries(value) : [['created', value] as const];
  const others = new Map<string, Date>();
  let created: Date | undefined;
  for (const [key, raw] of map) {
    const date = asDate(raw);
    if (!date) return { problem: `front matter date${key === 'created' && map.length === 1 ? '' : `.${key}`} must be a date (yyyy-mm-dd) or a date and time, not '${String(raw)}'` };
    if (key === 'created') created = date;
    else others.set(key, date);
  }
  if (!created) return { problem: "front matter date: a map of dates needs a 'created' date" };
  return { dates: { created, others } };
}

/** A YAML timestamp (js-yaml gives a Date), or a string in the same shape. */
function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match.map((part) => (part === undefined ? 0 : Number(part)));
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, ss ?? 0));
  return date.getUTCMonth() === (m ?? 1) - 1 ? date : undefined;
}

/** Python's `str(datetime)`, which Material writes in `<time datetime="...">`: `2024-01-31 00:00:00`. */
export function pythonDatetime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const STYLES = new Set(['short', 'medium', 'long', 'full']);

/** babel's `format_date(date, format, locale)`: a named style or a CLDR pattern. */
export function formatDate(date: Date, format: string, language: string): string {
  // babel's locale names as Intl's (revision-date-format.ts), English where Intl knows none.
  const locale = intlLocale(language) ?? 'en';
  if (STYLES.has(format)) {
    const style = format === 'short' ? 'short' : format === 'medium' ? 'medium' : format === 'full' ? 'full' : 'long';
    return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
  }
  let out = '';
  // A run of one pattern letter, a quoted literal ('' is a quote), or any other character.
  for (const [token] of format.matchAll(/([A-Za-z])\1*|'(?:[^']|'')*'|./gs)) {
    if (token.startsWith("'")) out += token.length === 2 ? "'" : token.slice(1, -1).replace(/''/g, "'");
    else out += field(token, date, locale);
  }
  return out;
}

function field(token: string, date: Date, locale: string): string {
  const n = token.length;
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  switch (token[0]) {
    case 'y':
    case 'Y':
      return n === 2 ? pad(date.getUTCFullYear() % 100, 2) : pad(date.getUTCFullYear(), n);
    case 'M':
    case 'L':
      return n <= 2 ? pad(date.getUTCMonth() + 1, n) : part({ month: n === 3 ? 'short' : n === 4 ? 'long' : 'narrow' });
    case 'd':
      return pad(date.getUTCDate(), n);
    case 'E':
      return part({ weekday: n <= 3 ? 'short' : n === 4 ? 'long' : 'narrow' });
    case 'H':
      return pad(date.getUTCHours(), n);
    case 'm':
      return pad(date.getUTCMinutes(), n);
    case 's':
      return pad(date.getUTCSeconds(), n);
    default:
      // A letter babel would read and we do not: kept as written.
      return token;
  }
}
