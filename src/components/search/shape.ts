/**
 * Pagefind result data -> what the dialog draws, pure (no DOM). Pagefind's fragments arrive as
 * untyped JSON from its script, so `toFragment` checks the few fields we read; the rest of the
 * module works on typed values only.
 *
 * One page becomes one `ShapedResult`: its title and up to `maxSections` sections, each with the
 * heading it falls under (none for the text before the first sub-heading), a link to that
 * heading's id and the excerpt, split into plain and marked runs so it is drawn with
 * textContent, never innerHTML.
 */
import { fill } from '../../shared/languages/client-labels.ts';
import { enClient } from '../../shared/languages/en-client.ts';
import type { ClientLabels } from '../../shared/languages/keys.ts';
import { withHighlight } from './terms.ts';

export interface Fragment {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
  readonly subResults: readonly SubResult[];
}

export interface SubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  /** Matched word positions; more means a better section. */
  readonly matches: number;
  /** Tag of the heading the section starts at (`h2`), none for text before any heading. */
  readonly heading: string | undefined;
}

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

export interface ShapedSection {
  /** The heading the match is under; undefined for the page's own top part. */
  readonly heading: string | undefined;
  readonly url: string;
  readonly excerpt: Segment[];
}

export interface ShapedResult {
  readonly title: string;
  readonly url: string;
  readonly sections: ShapedSection[];
}

export interface ShapeOptions {
  /** Sections shown per page, best first. */
  readonly maxSections: number;
  /** Add `?h=` so the target page highlights the query (theme feature `search.highlight`). */
  readonly highlight: boolean;
}

/** Checks one `await result.data()` value; undefined when it is not a Pagefind fragment. */
export function toFragment(value: unknown): Fragment | undefined {
  if (!isRecord(value) || typeof value['url'] !== 'string') return undefined;
  const meta = isRecord(value['meta']) ? value['meta'] : {};
  const title = typeof meta['title'] === 'string' && meta['title'] !== '' ? meta['title'] : value['url'];
  const subs = Array.isArray(value['sub_results']) ? value['sub_results'] : [];
  return {
    // A page that names another URL for its results (Page.astro's `url` meta: an i18n fallback copy), as Pagefind's UI reads it.
    url: typeof meta['url'] === 'string' && meta['url'] !== '' ? meta['url'] : value['url'],
    title,
    excerpt: typeof value['excerpt'] === 'string' ? value['excerpt'] : '',
    subResults: subs.flatMap((sub: unknown): SubResult[] => {
      if (!isRecord(sub) || typeof sub['url'] !== 'string') return [];
      const anchor = isRecord(sub['anchor']) ? sub['anchor'] : undefined;
      return [{
        title: typeof sub['title'] === 'string' ? sub['title'] : title,
        url: sub['url'],
        excerpt: typeof sub['excerpt'] === 'string' ? sub['excerpt'] : '',
        matches: Array.isArray(sub['locations']) ? sub['locations'].length : 0,
        heading: anchor && typeof anchor['element'] === 'string' ? anchor['element'].toLowerCase() : undefined,
      }];
    }),
  };
}

/**
 * @example shapeResult({ url: '/rtc/', title: 'RTC', excerpt: '', subResults: [
 *   { title: 'Signal', url: '/rtc/#signal', excerpt: 'uses <mark>Tor</mark>', matches: 1, heading: 'h3' }] },
 *   'tor', { maxSections: 3, highlight: true })
 * // { title: 'RTC', url: '/rtc/?h=tor', sections: [{ heading: 'Signal', url: '/rtc/?h=tor#signal',
 * //   excerpt: [{ text: 'uses ', marked: false }, { text: 'Tor', marked: true }] }] }
 */
export function shapeResult(fragment: Fragment, query: string, options: ShapeOptions): ShapedResult {
  const link = (url: string) => (options.highlight ? withHighlight(url, query) : url);
  // Best sections first; ties keep page order (Array.prototype.sort is stable).
  const best = [...fragment.subResults].sort((a, b) => b.matches - a.matches).slice(0, Math.max(1, options.maxSections));
  const sections: ShapedSection[] = best.map((sub) => ({
    // The <h1> section is the page itself: its title is already the result's title.
    heading: sub.heading === undefined || sub.heading === 'h1' ? undefined : sub.title,
    url: link(sub.heading === 'h1' ? fragment.url : sub.url),
    excerpt: excerptSegments(sub.excerpt),
  }));
  if (sections.length === 0) sections.push({ heading: undefined, url: link(fragment.url), excerpt: excerptSegments(fragment.excerpt) });
  return { title: fragment.title, url: link(fragment.url), sections };
}

/**
 * Splits a Pagefind excerpt at its `<mark>` tags. Pagefind escapes only `<` and `>` in the
 * page text it excerpts, so those two entities are decoded and nothing else is.
 *
 * @example excerptSegments('a &lt;b&gt; <mark>Tor</mark>.')
 * // [{ text: 'a <b> ', marked: false }, { text: 'Tor', marked: true }, { text: '.', marked: false }]
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = segments[segments.length - 1];
      if (last && last.marked === marked) segments[segments.length - 1] = { text: last.text + text, marked };
      else segments.push({ text, marked });
    }
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The status line above the results, read out by screen readers (it is a live region).
 *
 * `labels` are the site's (`search.result.*`, `#` standing for the query or the count); English
 * when left out.
 *
 * @example resultSummary(0, 'xyzzy') // 'No results for “xyzzy”'
 */
export function resultSummary(count: number, query: string, labels: SummaryLabels = enClient): string {
  if (count === 0) return fill(labels['search.result.none'], query.trim());
  return count === 1 ? fill(labels['search.result.one'], 1) : fill(labels['search.result.other'], count);
}

export type SummaryLabels = Readonly<Pick<ClientLabels, 'search.result.none' | 'search.result.one' | 'search.result.other'>>;
