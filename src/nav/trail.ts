/**
 * Where the current page sits in the nav: the sections above it (navigation.path) and the
 * nodes drawn active (open sections, `md-nav__item--active`, the active tab).
 *
 * MkDocs gives every nav item one `parent`, set while walking the nav in order, so a page listed
 * twice has the parent of its last place; `page.active = True` then marks that parent chain only.
 * Both places of the page are the same Page, so both are drawn as the current page.
 */
import { findSectionIndex } from './sections.ts';
import type { NavItem, NavResult, NavSection } from './types.ts';

/** The current page and the child positions leading to its last place in the nav. */
export interface ActiveTrail {
  readonly src: string;
  readonly at: readonly number[];
}

/**
 * The path to the current page: child positions from the top of the nav to the last place
 * `src` is listed; [] when the page is not in the nav.
 *
 *   nav: [index.md, {Guide: [guide/a.md]}]  ->  guide/a.md: { src, at: [1, 0] }
 */
export function activeTrail(items: readonly NavItem[], src: string): ActiveTrail {
  let found: number[] = [];
  const walk = (list: readonly NavItem[], above: number[]): void => {
    list.forEach((item, index) => {
      const at = [...above, index];
      if (item.kind === 'page' && item.src === src) found = at;
      else if (item.kind === 'section') walk(item.children, at);
    });
  };
  walk(items, []);
  return { src, at: found };
}

/**
 * Whether the node at position `at` is drawn active: a page when it is the current page (in
 * every place it is listed), a section when it holds the current page's last place, a link never.
 *
 *   {Guide: [guide/a.md]} at [1], current guide/a.md  ->  true
 *   {Other: [x.md]} at [2], current guide/a.md        ->  false
 */
export function isActive(node: NavItem, at: readonly number[], trail: ActiveTrail): boolean {
  if (node.kind === 'page') return node.src === trail.src;
  if (node.kind === 'link') return false;
  return at.length < trail.at.length && at.every((position, depth) => trail.at[depth] === position);
}

/**
 * The sections above `src` (MkDocs' `page.ancestors`, outermost first), from its last place;
 * [] for a top-level page or one not in the nav.
 *
 *   nav: [{Guide: [{Deep: [guide/deep/b.md]}]}]  ->  guide/deep/b.md: [Guide, Deep]
 */
export function breadcrumbs(nav: Pick<NavResult, 'items'>, src: string): NavSection[] {
  const sections: NavSection[] = [];
  let list: readonly NavItem[] = nav.items;
  for (const position of activeTrail(nav.items, src).at) {
    const item = list[position];
    if (item?.kind !== 'section') break;
    sections.push(item);
    list = item.children;
  }
  return sections;
}

/** One crumb of navigation.path: a section's title, linked to its index page when it has one. */
export interface Crumb {
  readonly title: string;
  readonly url: string | undefined;
}

/**
 * navigation.path for a page: the home crumb, then the sections above the page; [] for the home
 * page and for a page with no section above it (Material draws no path there). The home crumb
 * carries the home page's nav title, "Home" when the home page is not at the top of the nav.
 *
 *   nav: [{Start: index.md}, {Guide: [guide/index.md, guide/a.md]}]
 *     guide/a.md  ->  [Start -> '', Guide -> 'guide/']
 */
export function pathCrumbs(nav: Pick<NavResult, 'items'>, page: { readonly src: string; readonly url: string }): Crumb[] {
  const above = breadcrumbs(nav, page.src);
  if (page.url === '' || above.length === 0) return [];
  const homeNode = nav.items.find((item) => item.kind === 'page' && item.url === '');
  const home: Crumb = { title: homeNode?.title ?? 'Home', url: '' };
  return [home, ...above.map((section) => ({ title: section.title, url: findSectionIndex(section)?.url }))];
}
