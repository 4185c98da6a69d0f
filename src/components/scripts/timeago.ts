/**
 * The git-revision-date-localized plugin's `type: timeago`: each `span.timeago[datetime]` it
 * wrote gets the time since, in its `locale` ("3 days ago"), as the plugin's timeago.js fills
 * it in; Intl.RelativeTimeFormat speaks the language instead of timeago.js' own tables. Until
 * then, and in print, the ISO date the plugin writes after it shows (styles/regions/source-file.css).
 *
 *   <span class="timeago" datetime="2026-12-01T10:00:00+00:00" locale="en"></span> → "2 days ago"
 */

/** Seconds per unit, largest first: the first that fits once is the one said. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * `time` relative to `now` (ms) in `locale` (babel's `pt_BR` or BCP 47); English for a locale
 * Intl does not know.
 *
 * @example relativeTime(Date.parse('2026-12-01T10:00Z'), Date.parse('2026-12-03T10:00Z'), 'en') // '2 days ago'
 */
export function relativeTime(time: number, now: number, locale: string): string {
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(locale.replace(/_/g, '-'), { numeric: 'auto' });
  } catch {
    format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return '';
}

/** Fills every timeago span of the page shown. */
export function initTimeago(now = Date.now()): void {
  for (const span of document.querySelectorAll<HTMLElement>('span.timeago[datetime]')) {
    const time = Date.parse(span.getAttribute('datetime') ?? '');
    if (!Number.isNaN(time)) span.textContent = relativeTime(time, now, span.getAttribute('locale') ?? 'en');
  }
}
