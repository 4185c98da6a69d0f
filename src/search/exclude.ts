/**
 * What Material's search leaves out, for Pagefind: a page whose front matter says
 * `search: {exclude: true}` is not indexed at all, and an element marked `data-search-exclude`
 * (attr_list's `{ data-search-exclude }`, or raw HTML) is left out of its page's text.
 */

/** Elements Pagefind leaves out of a page's text (with their children). */
export const SEARCH_EXCLUDED_ELEMENTS = '[data-search-exclude]';

/**
 * Whether a page's meta keeps it out of the index (Material: `search: {exclude: true}`).
 *
 * @example excludedFromSearch({ search: { exclude: true } }) // true
 */
export function excludedFromSearch(meta: Readonly<Record<string, unknown>>): boolean {
  const search = meta['search'];
  return typeof search === 'object' && search !== null && !Array.isArray(search) && Reflect.get(search, 'exclude') === true;
}

/** The pages the index takes: all of them when search is on, but those whose meta excludes them; none when it is off. */
export function indexedPages<T extends { readonly meta: Readonly<Record<string, unknown>> }>(pages: readonly T[], search: boolean): T[] {
  return search ? pages.filter((page) => !excludedFromSearch(page.meta)) : [];
}
