/**
 * Search terms, pure (no DOM): splitting a query, finding terms in text, and carrying them to
 * the target page in `?h=` the way Material's `search.highlight` does.
 */
import { HIGHLIGHT_PARAM } from './params.ts';

/**
 * Words of a query, lowercased, deduplicated, longest first (so `tor` never splits `torrent`
 * when both are searched). Punctuation separates words, as Pagefind's own tokenizer does.
 *
 * @example queryTerms('Sealed  Sender, sealed') // ['sealed', 'sender']
 */
export function queryTerms(query: string): string[] {
  return queryWords(query).sort((a, b) => b.length - a.length);
}

/** Words of a query in the order typed, lowercased and deduplicated. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((word) => word !== ''))];
}

/** A half-open range `[start, end)` of UTF-16 offsets into a string. */
export type Range = readonly [number, number];

/**
 * Where terms occur in `text`: case-insensitively, only at the start of a word (`tor` marks
 * "Tor" and "Tor's" but not "moTORbike"), never overlapping, in order. Matching a word's start
 * rather than the whole word keeps plurals and other endings Pagefind's stemmer folds in.
 *
 * @example findMatches('Tor and Torrent', ['tor']) // [[0, 3], [8, 11]]
 */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text === '') return [];
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})`, 'giu');
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/**
 * A result URL that carries the query to the target page: `?h=` goes before the fragment, and
 * an existing query string is kept.
 *
 * @example withHighlight('/guide/rtc/#sealed-sender', 'Sealed Sender') // '/guide/rtc/?h=sealed+sender#sealed-sender'
 */
export function withHighlight(url: string, query: string): string {
  const words = queryWords(query);
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.set(HIGHLIGHT_PARAM, words.join(' '));
  return `${path}?${params.toString()}${hash}`;
}

/** The terms a page was opened with (`location.search`), or none. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  return value === null ? [] : queryTerms(value);
}

/** `location.search` without the highlight parameter, for history.replaceState after clearing. */
export function withoutHighlight(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
