/**
 * A commit time as the git-revision-date-localized plugin writes it (its dates.py and util.py,
 * 1.x): each `type` in the page's time zone, localised with babel there and with Intl here.
 *
 *   dateFormatter({ locale: 'en', timezone: 'UTC', customFormat: '%d. %B %Y' })(1764720000)
 *   // { date: 'December 3, 2025', datetime: 'December 3, 2025 00:00:00', iso_date: '2025-12-03',
 *   //   iso_datetime: '2025-12-03 00:00:00', timeago: '<span class="timeago" datetime="2025-12-03T00:00:00+00:00" locale="en"></span>',
 *   //   custom: '03. December 2025' }
 *
 * `date` is babel's `format_date(..., format='long')`; Intl's `dateStyle: 'long'` reads the same
 * CLDR patterns (Node's ICU may carry a newer CLDR than the site's babel).
 */
import { escapeAttribute, escapeText } from './html-escape.ts';

/** The plugin's `type` values, in its order. */
export const DATE_TYPES = ['date', 'datetime', 'iso_date', 'iso_datetime', 'timeago', 'custom'] as const;
export type DateType = (typeof DATE_TYPES)[number];

export function isDateType(value: unknown): value is DateType {
  return DATE_TYPES.some((type) => type === value);
}

export interface FormatOptions {
  /** A babel locale (`en`, `pt_BR`, `zh_Hant`) or a BCP 47 tag, as written (timeago's `locale`); English where Intl knows none (see intlLocale). */
  readonly locale: string;
  /** An IANA time zone (`UTC`, `Europe/Amsterdam`), valid for Intl (see validTimezone). */
  readonly timezone: string;
  /** `strftime` directives, for `custom`. */
  readonly customFormat: string;
}

/**
 * babel's locale names (`pt_BR`) as Intl's (`pt-BR`), or undefined when Intl knows no such
 * locale (babel would stop the build with UnknownLocaleError).
 *
 * @example intlLocale('pt_BR') // 'pt-BR'
 */
export function intlLocale(locale: string): string | undefined {
  const tag = locale.trim().replace(/_/g, '-');
  try {
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
    return supported;
  } catch {
    return undefined;
  }
}

/** Whether Intl knows the time zone (babel's get_timezone raises on one it does not). */
export function validTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

type Clock = { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number; offset: string };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A formatter of commit times (unix seconds) into every type's text, without the plugin's spans
 * (its `_raw_` values). Intl formatters are made once per formatter (a site has thousands of
 * pages) and each time is formatted once (pages share commits).
 *
 * @example dateFormatter({ locale: 'de', timezone: 'UTC', customFormat: '%d. %B %Y' })(0).date // '1. Januar 1970'
 */
export function dateFormatter(options: FormatOptions): (seconds: number) => Record<DateType, string> {
  const { timezone } = options;
  const locale = intlLocale(options.locale) ?? 'en';
  const clockParts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23', weekday: 'short', timeZoneName: 'longOffset' });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timezone });
  // Names in the context babel's pattern letters use: `MMMM` inside a date is `января`, not `январь`.
  const names = {
    B: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: timezone }),
    b: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: timezone }),
    // Where a month inside a date is a bare number (ja `12月3日`), babel's MMMM is the month alone: `12月`.
    Bs: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: timezone }),
    bs: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: timezone }),
    A: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: timezone }),
    a: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: timezone }),
    p: new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: timezone }),
    Z: new Intl.DateTimeFormat(locale, { timeZoneName: 'short', timeZone: timezone }),
  };
  const partOf = (format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes) => format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const month = (inDate: Intl.DateTimeFormat, alone: Intl.DateTimeFormat, date: Date) => {
    const name = partOf(inDate, date, 'month');
    return /^\d+$/.test(name) ? alone.format(date) : name;
  };
  const clockOf = (date: Date): Clock => {
    const parts = clockParts.formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    const offset = part('timeZoneName').replace(/^GMT/, '');
    return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), hour: Number(part('hour')), minute: Number(part('minute')), second: Number(part('second')), weekday: WEEKDAYS.indexOf(part('weekday')), offset: offset === '' ? '+00:00' : offset };
  };

  /**
   * `strftime` as the plugin 1.4 runs it (its strftime_to_babel_format, then babel in the
   * locale): names are localised, numbers are not. A directive it does not map stays as written.
   */
  const strftime = (date: Date, clock: Clock, format: string): string => {
    const dayOfYear = Math.round((Date.UTC(clock.year, clock.month - 1, clock.day) - Date.UTC(clock.year, 0, 1)) / 86_400_000) + 1;
    const hour12 = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
    const directives: Record<string, () => string> = {
      a: () => partOf(names.a, date, 'weekday'),
      A: () => partOf(names.A, date, 'weekday'),
      b: () => month(names.b, names.bs, date),
      B: () => month(names.B, names.Bs, date),
      d: () => pad(clock.day),
      '-d': () => String(clock.day),
      e: () => String(clock.day),
      H: () => pad(clock.hour),
      '-H': () => String(clock.hour),
      I: () => pad(hour12),
      '-I': () => String(hour12),
      j: () => pad(dayOfYear, 3),
      m: () => pad(clock.month),
      '-m': () => String(clock.month),
      M: () => pad(clock.minute),
      '-M': () => String(clock.minute),
      p: () => partOf(names.p, date, 'dayPeriod') || (clock.hour < 12 ? 'AM' : 'PM'),
      S: () => pad(clock.second),
      '-S': () => String(clock.second),
      w: () => String(clock.weekday),
      y: () => pad(clock.year % 100),
      Y: () => String(clock.year),
      z: () => clock.offset.replace(':', ''),
      Z: () => partOf(names.Z, date, 'timeZoneName'),
      '%': () => '%',
    };
    return format.replace(/%(-?[a-zA-Z%])/g, (whole, directive: string) => directives[directive]?.() ?? whole);
  };

  const done = new Map<number, Record<DateType, string>>();
  return (seconds) => {
    const known = done.get(seconds);
    if (known) return known;
    const date = new Date(seconds * 1000);
    const clock = clockOf(date);
    const longDate = long.format(date);
    const isoDate = `${String(clock.year)}-${pad(clock.month)}-${pad(clock.day)}`;
    const time = `${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
    const dates: Record<DateType, string> = {
      date: longDate,
      datetime: `${longDate} ${time}`,
      iso_date: isoDate,
      iso_datetime: `${isoDate} ${time}`,
      // Python's isoformat() of an aware datetime: no fraction, the offset with a colon.
      timeago: `<span class="timeago" datetime="${isoDate}T${time}${clock.offset}" locale="${escapeAttribute(options.locale)}"></span>`,
      custom: escapeText(strftime(date, clock, options.customFormat)),
    };
    done.set(seconds, dates);
    return dates;
  };
}

/**
 * The plugin's value for page.meta: the type's text in its span, and for `timeago` the ISO date
 * after it (shown where the script does not run, in print).
 *
 * @example datedSpan(format(0), 'date') // '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">January 1, 1970</span>'
 */
export function datedSpan(dates: Record<DateType, string>, type: DateType): string {
  const span = (kind: DateType) => `<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-${kind}">${dates[kind]}</span>`;
  return type === 'timeago' ? span('timeago') + span('iso_date') : span(type);
}
