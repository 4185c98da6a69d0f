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
import type { TocEntry } from '../markdown/index.ts';
import { pageExclusion, type ExcludeSearchRules, type PageExclusion } from '../site/exclude-search.ts';

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

/**
 * The pages the index takes (indexedPages), each with what mkdocs-exclude-search's `rules` leave
 * out of it (undefined: nothing); a page they leave nothing of (its own record and every section
 * of its toc) is not taken. A build's index and `serve`'s take the same.
 */
export function searchedPages<T extends { readonly meta: Readonly<Record<string, unknown>>; readonly url: string; readonly toc: readonly TocEntry[] }>(pages: readonly T[], search: boolean, rules: ExcludeSearchRules | undefined): Array<{ readonly page: T; readonly exclusion: PageExclusion | undefined }> {
  return indexedPages(pages, search).flatMap((page) => {
    const exclusion = rules && pageExclusion(rules, page.url);
    // The toc's first h1 is the page's own record (see markSections).
    const left = (found: PageExclusion) => tocIds(page.toc).slice(page.toc[0]?.level === 1 ? 1 : 0).some((id) => !found.section(id));
    return exclusion?.intro && !left(exclusion) ? [] : [{ page, exclusion }];
  });
}

function tocIds(entries: readonly TocEntry[]): string[] {
  return entries.flatMap((entry) => [entry.id, ...tocIds(entry.children)]);
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
export function withExcludedSections(html: string, plugin?: PageExclusion): string {
  if (!plugin && !hasExcludedSections(html)) return html;
  const tree = fromHtml(html);
  markSections(tree, plugin, plugin ? contentElement(tree) : undefined);
  return toHtml(tree);
}

/** The element whose children are the page's content: Pagefind's body element, else `<body>`. */
function contentElement(tree: Root): Element | undefined {
  let body: Element | undefined;
  const find = (parent: Root | Element): Element | undefined => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.properties['dataPagefindBody'] !== undefined) return child;
      if (child.tagName === 'body') body ??= child;
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  return find(tree) ?? body;
}

/** Whether a page's HTML has a heading marked data-search-exclude (a section withExcludedSections leaves out). */
export function hasExcludedSections(html: string): boolean {
  return MARKED_HEADING.test(html);
}

/**
 * `plugin`: mkdocs-exclude-search's rules for the page (src/site/exclude-search.ts); a heading whose section
 * they leave out goes with it (its anchor would otherwise be a result of its own). `content`: the
 * element (contentElement) whose children start with the page's own record, as Material's search
 * parser makes it: what comes before the first heading with an id, and that heading's section
 * too when it is an h1 (the first section gets no id there).
 */
function markSections(parent: Root | Element, plugin: PageExclusion | undefined, content?: Element, inside = false): void {
  // The rules are the page's content's: a heading elsewhere (a nav's) is none of its sections.
  const rules = inside || parent === content ? plugin : undefined;
  let first = rules !== undefined && parent === content;
  let skipping = first && rules?.intro === true;
  for (const child of parent.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (HEADING.test(child.tagName)) {
      const id = child.properties['id'];
      if (child.properties['dataSearchExclude'] !== undefined) skipping = true;
      else if (id !== undefined) {
        const out = first && child.tagName === 'h1' ? rules?.intro === true : rules?.section(String(id)) === true;
        first = false;
        skipping = out;
        if (out) {
          child.properties['dataPagefindIgnore'] = '';
          continue;
        }
      }
    } else if (skipping) {
      child.properties['dataPagefindIgnore'] = '';
      continue;
    }
    markSections(child, plugin, content, rules !== undefined);
  }
}
