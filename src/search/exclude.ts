/**
 * What Material's search leaves out, for Pagefind: a page whose front matter says
 * `search: {exclude: true}` is not indexed at all, and an element marked `data-search-exclude`
 * (attr_list's `{ data-search-exclude }`, or raw HTML) is left out of its page's text; on a
 * heading, its whole section (up to the next heading with an id) is left out, as Material's search
 * drops the section that heading starts.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

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

const HEADING = /^h[1-6]$/;
const MARKED_HEADING = /<h[1-6]\b[^>]*\sdata-search-exclude\b/;

/**
 * The HTML Pagefind is given for a page (the written file is not changed): the elements after a
 * heading marked `data-search-exclude`, up to the next heading with an id among the same
 * siblings, get `data-pagefind-ignore`. A page without such a heading is returned as it is.
 *
 * ```ts
 * withExcludedSections('<h2 id="a" data-search-exclude>A</h2><p>x</p><h2 id="b">B</h2><p>y</p>')
 * // '...<p data-pagefind-ignore="">x</p><h2 id="b">B</h2><p>y</p>...'
 * ```
 */
export function withExcludedSections(html: string): string {
  if (!hasExcludedSections(html)) return html;
  const tree = fromHtml(html);
  markSections(tree);
  return toHtml(tree);
}

/** Whether a page's HTML has a heading marked data-search-exclude (a section withExcludedSections leaves out). */
export function hasExcludedSections(html: string): boolean {
  return MARKED_HEADING.test(html);
}

function markSections(parent: Root | Element): void {
  let skipping = false;
  for (const child of parent.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (HEADING.test(child.tagName)) {
      if (child.properties['dataSearchExclude'] !== undefined) skipping = true;
      else if (child.properties['id'] !== undefined) skipping = false;
    } else if (skipping) {
      child.properties['dataPagefindIgnore'] = '';
      continue;
    }
    markSections(child);
  }
}
