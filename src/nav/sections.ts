/**
 * Section rules of Material's nav: which page stands for a section (navigation.indexes), which
 * children are drawn under it, and where a section leads when it is a tab or a hero button.
 */
import { isIndexFile } from './auto.ts';
import type { NavItem, NavPage, NavResult, NavSection } from './types.ts';

/**
 * navigation.indexes: the section's first child page that is an `index.md` / `README.md`
 * (MkDocs' `Page.is_index`), wherever it stands among the children. Material's nav-item.html
 * loops over the children and keeps the first `is_index` one; its docs advise putting it first,
 * the template does not require it. Pages of subsections do not count.
 *
 *   Guide: [guide/index.md, guide/setup.md]  ->  guide/index.md
 *   Guide: [guide/setup.md, guide/index.md]  ->  guide/index.md
 *   Guide: [guide/setup.md, {Deep: [guide/deep/index.md]}]  ->  undefined
 */
export function findSectionIndex(section: Pick<NavSection, 'children'>): NavPage | undefined {
  return section.children.find((child): child is NavPage => child.kind === 'page' && isIndexFile(child.src));
}

/**
 * The page a section leads to as its own link: its section page (mkdocs-section-index, whatever
 * navigation.indexes says), else its index page with navigation.indexes.
 */
export function sectionLink(node: NavSection, indexes: boolean): NavPage | undefined {
  return node.page ?? (indexes ? node.index : undefined);
}

/** The section whose index page is `src`, if any (the innermost, when sections nest). */
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

/**
 * The children drawn under a section. With navigation.indexes the index page is drawn as the
 * section's own link, so it is left out of the list, in every place it is listed there
 * (Material compares pages, and a page listed twice is one page).
 *
 *   Guide: [guide/index.md, guide/setup.md], indexes on  ->  [guide/setup.md]
 *   Guide: [guide/index.md, guide/setup.md], indexes off ->  [guide/index.md, guide/setup.md]
 */
export function drawnChildren(node: NavItem, indexes: boolean): NavItem[] {
  // A section page (mkdocs-section-index) is not among its children; with navigation.indexes an
  // index page among them is still hidden, as the plugin's rewrite of nav-item.html leaves it.
  if (node.kind !== 'section') return [];
  const index = indexes ? node.index : undefined;
  if (!index) return node.children;
  return node.children.filter((child) => !(child.kind === 'page' && child.src === index.src));
}

/**
 * Where a nav node leads as a tab (navigation.tabs) or a hero button: a page or link its own URL;
 * a section page (mkdocs-section-index) its page; a section its index page, else the first URL
 * found depth first; an empty section nowhere.
 */
export function firstUrl(node: NavItem): string | undefined {
  if (node.kind !== 'section') return node.url;
  if (node.page) return node.page.url;
  if (node.index) return node.index.url;
  for (const child of node.children) {
    const url = firstUrl(child);
    if (url !== undefined) return url;
  }
  return undefined;
}
