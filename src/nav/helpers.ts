/** Questions the theme asks of a built nav: neighbours, the sections above a page, section indexes. */
import { isIndexFile } from './auto.ts';
import type { NavItem, NavPage, NavResult, NavSection } from './types.ts';

/**
 * navigation.indexes: a section's first child, when it is an `index.md`/`README.md` page.
 *
 *   Guide: [guide/index.md, guide/setup.md]  ->  guide/index.md
 *   Guide: [guide/setup.md, guide/index.md]  ->  undefined (not first)
 */
export function findSectionIndex(section: Pick<NavSection, 'children'>): NavPage | undefined {
  const first = section.children[0];
  return first?.kind === 'page' && isIndexFile(first.src) ? first : undefined;
}

/**
 * The pages before and after `src` in nav order (navigation.footer). A page listed twice takes
 * its last place, since that is the one MkDocs renders; a page not in the nav has neither.
 */
export function previousNext(nav: Pick<NavResult, 'pagesInOrder'>, src: string): { previous: NavPage | undefined; next: NavPage | undefined } {
  const order = nav.pagesInOrder;
  const at = order.findLastIndex((page) => page.src === src);
  if (at === -1) return { previous: undefined, next: undefined };
  return { previous: order[at - 1], next: order[at + 1] };
}

/** The sections above `src`, outermost first (navigation.path); [] for a top-level or unknown page. */
export function breadcrumbs(nav: Pick<NavResult, 'items'>, src: string): NavSection[] {
  let found: NavSection[] = [];
  const walk = (items: readonly NavItem[], above: NavSection[]): void => {
    for (const item of items) {
      if (item.kind === 'page' && item.src === src) found = above;
      else if (item.kind === 'section') walk(item.children, [...above, item]);
    }
  };
  walk(nav.items, []);
  return found;
}

/** The section whose index page is `src`, if any. */
export function sectionOfIndex(nav: Pick<NavResult, 'items'>, src: string): NavSection | undefined {
  let found: NavSection | undefined;
  const walk = (items: readonly NavItem[]): void => {
    for (const item of items) {
      if (item.kind !== 'section') continue;
      if (item.index?.src === src) found = item;
      walk(item.children);
    }
  };
  walk(nav.items);
  return found;
}
