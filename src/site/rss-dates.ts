/**
 * The dates of mkdocs-rss-plugin's feeds: Python's aware datetimes as an instant and the UTC
 * offset they are written with, read from front matter as the plugin's util.get_date_from_meta
 * does (strptime with `datetime_format` for strings, `default_time` for dates, naive values put in
 * `default_timezone`), and written as email.utils writes them:
 *
 *   rfc2822(zoned(Date.UTC(2024, 0, 15) / 1000, 'UTC'))  // 'Mon, 15 Jan 2024 00:00:00 +0000'
 *   isoFormat(zoned(Date.UTC(2024, 0, 15) / 1000, 'UTC')) // '2024-01-15T00:00:00+00:00'
 *   buildDate(1705276800)                                  // 'Mon, 15 Jan 2024 00:00:00 -0000'
 */

/** An aware datetime: the instant (unix ms) and its offset from UTC (minutes). */
export interface Zoned {
  readonly ms: number;
  readonly offset: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The offset (minutes) of `timezone` at the instant `ms`. */
function offsetAt(ms: number, timezone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** A unix time (seconds, git's `%at`) in `timezone`. */
export function zoned(seconds: number, timezone: string): Zoned {
  const ms = seconds * 1000;
  return { ms, offset: offsetAt(ms, timezone) };
}

/**
 * A naive wall time (its fields given as a UTC Date.UTC value) put in `timezone`, as zoneinfo's
 * `replace(tzinfo=...)` does: the same clock reading, the zone's offset at that reading.
 */
export function wallTime(utcFields: number, timezone: string): Zoned {
  let offset = offsetAt(utcFields, timezone);
  // The offset at the instant found, once more: right across a change of offset.
  offset = offsetAt(utcFields - offset * 60_000, timezone);
  return { ms: utcFields - offset * 60_000, offset };
}

/** The wall clock fields of a zoned time. */
function fields(time: Zoned): Date {
  return new Date(time.ms + time.offset * 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function offsetText(offset: number, separator: string): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

function rfcBody(wall: Date): string {
  return `${DAYS[wall.getUTCDay()]}, ${pad(wall.getUTCDate())} ${MONTHS[wall.getUTCMonth()]} ${pad(wall.getUTCFullYear(), 4)} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
}

/** email.utils.format_datetime of an aware datetime: an item's `pubDate`. */
export function rfc2822(time: Zoned): string {
  return `${rfcBody(fields(time))} ${offsetText(time.offset, '')}`;
}

/** email.utils.formatdate(timestamp): the channel's dates, in UTC written `-0000`. */
export function buildDate(seconds: number): string {
  return `${rfcBody(new Date(Math.floor(seconds) * 1000))} -0000`;
}

/** datetime.isoformat('T') of an aware datetime (microseconds only when there are some). */
export function isoFormat(time: Zoned): string {
  const wall = fields(time);
  const micro = wall.getUTCMilliseconds() === 0 ? '' : `.${pad(wall.getUTCMilliseconds() * 1000, 6)}`;
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${micro}${offsetText(time.offset, ':')}`;
}

/** Each strptime directive this reads: its pattern and where its number goes. */
const DIRECTIVES: Readonly<Record<string, { readonly pattern: string; readonly field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'monthName' }>> = {
  Y: { pattern: '(\\d{4})', field: 'year' },
  m: { pattern: '(\\d{1,2})', field: 'month' },
  d: { pattern: '(\\d{1,2})', field: 'day' },
  H: { pattern: '(\\d{1,2})', field: 'hour' },
  M: { pattern: '(\\d{1,2})', field: 'minute' },
  S: { pattern: '(\\d{1,2})', field: 'second' },
  b: { pattern: '([A-Za-z]{3})', field: 'monthName' },
  B: { pattern: '([A-Za-z]+)', field: 'monthName' },
};

/**
 * datetime.strptime(text, format) for the directives dates are written with (%Y %m %d %H %M %S
 * %b %B %%), as a naive wall time (a Date.UTC value); undefined when the text does not match,
 * or the format has another directive (said in `problem`).
 *
 * @example strptime('2024-01-15 10:30', '%Y-%m-%d %H:%M') // { value: Date.UTC(2024, 0, 15, 10, 30) }
 */
export function strptime(text: string, format: string): { value?: number | undefined; problem?: string | undefined } {
  const order: Array<(typeof DIRECTIVES)[string]['field']> = [];
  let source = '';
  for (let i = 0; i < format.length; i++) {
    const char = format.charAt(i);
    if (char !== '%') {
      source += /\s/.test(char) ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const code = format.charAt(++i);
    if (code === '%') {
      source += '%';
      continue;
    }
    const directive = DIRECTIVES[code];
    if (!directive) return { problem: `the directive %${code} of datetime_format '${format}' is not supported` };
    source += directive.pattern;
    order.push(directive.field);
  }
  const match = new RegExp(`^${source}$`, 'i').exec(text);
  if (!match) return {};
  const parts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const [index, field] of order.entries()) {
    const raw = match[index + 1] ?? '';
    if (field === 'monthName') {
      const month = [...MONTHS, ...FULL_MONTHS].findIndex((name) => name.toLowerCase() === raw.toLowerCase());
      if (month < 0) return {};
      parts.month = (month % 12) + 1;
    } else parts[field] = Number(raw);
  }
  const value = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const check = new Date(value);
  // strptime refuses a day the month lacks (2024-02-30) and hours past 23.
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day || parts.hour > 23 || parts.minute > 59 || parts.second > 61) return {};
  return { value };
}

/** YAML 1.1's timestamp: a date, or a date and a time with seconds (and maybe a zone). */
const YAML_TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[ \t]*(Z|([-+])(\d{1,2})(?::?(\d{2}))?))?)?$/;

/**
 * What PyYAML makes of a front matter scalar our YAML reading keeps as text: a `date` (`2024-01-31`),
 * a naive `datetime` (`2024-01-31 10:00:00`) or an aware one (`...+02:00`, `Z`); undefined for
 * any other text, which the plugin reads with strptime.
 *
 * @example yamlTimestamp('2024-01-31') // { wall: Date.UTC(2024, 0, 31), date: true, offset: undefined }
 */
export function yamlTimestamp(text: string): { wall: number; date: boolean; offset: number | undefined } | undefined {
  const match = YAML_TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone, sign, zh, zm] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), Math.floor(Number(`0.${fraction ?? '0'}`) * 1000));
  if (new Date(wall).getUTCDate() !== Number(d)) return undefined;
  const offset = zone === undefined ? undefined : zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0));
  return { wall, date: h === undefined, offset };
}
