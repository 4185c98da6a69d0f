/**
 * Where the current page sits in the nav: the sections above it (navigation.path) and the
 * nodes drawn active (open sections, `md-nav__item--active`, the active tab).
 *
 * MkDocs gives every nav item one `parent`, set while walking the nav in order, so a page listed
 * twice has the parent of its last place; `page.active = True` then marks that parent chain only.
 * Both places of the page are the same Page, so both are drawn as the current page.
 */
import { isIndexFile } from './auto.ts';
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
  return { src, at: lastPlaces(items).get(src) ?? [] };
}

/**
 * Every page's last place in `items`, found in one walk and kept as long as `items` lives: the
 * theme asks for the trail of every page of a site, and walking the whole nav once per page grew
 * with the square of the site (a 2,000-page site spent half a second there).
 */
const LAST_PLACES = new WeakMap<readonly NavItem[], ReadonlyMap<string, readonly number[]>>();

function lastPlaces(items: readonly NavItem[]): ReadonlyMap<string, readonly number[]> {
  const known = LAST_PLACES.get(items);
  if (known) return known;
  const places = new Map<string, readonly number[]>();
  const walk = (list: readonly NavItem[], above: readonly number[]): void => {
    list.forEach((item, index) => {
      const at = [...above, index];
      // A later place replaces an earlier one: the last place counts.
      if (item.kind === 'page') places.set(item.src, at);
      else if (item.kind === 'section') {
        // A section page (mkdocs-section-index) is the page in the section's place.
        if (item.page) places.set(item.page.src, at);
        walk(item.children, at);
      }
    });
  };
  walk(items, []);
  LAST_PLACES.set(items, places);
  return places;
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
  const prefix = at.every((position, depth) => trail.at[depth] === position);
  // A section page (mkdocs-section-index) that is the current page is in the section's own place.
  if (at.length === trail.at.length) return prefix && node.page?.src === trail.src;
  return at.length < trail.at.length && prefix;
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
  // Not the last place: that is the page itself (a section page's own section is not above it).
  for (const position of activeTrail(nav.items, src).at.slice(0, -1)) {
    const item = list[position];
    if (item?.kind !== 'section') break;
    sections.push(item);
    list = item.children;
  }
  return sections;
}

/** One crumb of navigation.path: a title and where it leads (nowhere for an empty section). */
export interface Crumb {
  /** HTML as the nav holds it, or text (see NavPage.textTitle). */
  readonly title: string;
  readonly textTitle?: boolean | undefined;
  readonly url: string | undefined;
}

/**
 * navigation.path for a page, as Material's path.html draws it: the site's home page (MkDocs'
 * `nav.homepage`: the top-level `index.md` at the site root), then the sections above the page,
 * each leading to its first page depth first (path-item.html, not the section's index page).
 * Nothing when that makes fewer than two crumbs: the home page itself, a top-level page, a
 * page not in the nav, and a page one section deep in a nav without a home page.
 *
 *   nav: [{Start: index.md}, {Guide: [guide/a.md, guide/b.md]}]
 *     guide/b.md  ->  [Start -> '', Guide -> 'guide/a/']
 */
export function pathCrumbs(nav: Pick<NavResult, 'items' | 'pagesInOrder'>, src: string): Crumb[] {
  const above = breadcrumbs(nav, src).map((section): Crumb => ({ title: section.title, url: firstLeafUrl(section) }));
  const home = nav.pagesInOrder.find((page) => page.url === '' && isIndexFile(page.src) && breadcrumbs(nav, page.src).length === 0);
  const crumbs = home ? [{ title: home.title, ...(home.textTitle === true ? { textTitle: true } : {}), url: home.url }, ...above] : above;
  return crumbs.length > 1 ? crumbs : [];
}

/**
 * Where a section leads in Material's path-item.html and as a pruned link (nav-item.html's
 * render_pruned): where its first child leads, depth first, whatever navigation.indexes says;
 * undefined when that ends in an empty section.
 *
 *   {Guide: [{Deep: [guide/deep/b.md]}, guide/a.md]}  ->  'guide/deep/b/'
 */
export function firstLeafUrl(section: NavSection): string | undefined {
  const first = section.children[0];
  if (first === undefined) return undefined;
  return first.kind === 'section' ? firstLeafUrl(first) : first.url;
}
