/** The table of contents as Material draws it, from a rendered page's toc. */
import type { TocEntry } from '../markdown/index.ts';
import type { PageModel } from '../site/model.ts';

/**
 * Material's table of contents leaves out the page title: when the first entry is the h1,
 * its children are the toc.
 *
 *   # Title / ## A / ## B  ->  [A, B]
 *   ## A / ## B            ->  [A, B]
 */
export function tocEntries(page: Pick<PageModel, 'toc'>): TocEntry[] {
  const first = page.toc[0];
  if (first && first.level === 1) return [...first.children, ...page.toc.slice(1)];
  return page.toc;
}
