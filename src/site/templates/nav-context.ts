/**
 * MkDocs' navigation as templates see it (mkdocs/structure/nav.py, pages.py), built from
 * src/nav's tree for one page: `nav` iterates its top-level items and has `items`, `pages` (every
 * page in reading order) and `homepage`. Each item answers MkDocs' attributes:
 *
 *   Page     title, url, abs_url, file, meta, parent, children (none), active, is_index,
 *            is_homepage, is_top_level, ancestors, is_page (the others false)
 *   Section  title, children, parent, active, ancestors, is_section
 *   Link     title, url, parent, children (none), active (false), is_link
 *
 * A page is one object wherever it is listed, and the current page is the template's `page`
 * itself, so Material's `nav_item == page` and `page in nav_item.pages` hold as in Jinja (nunjucks
 * compares objects by identity). What is active is src/nav's rule (activeTrail, isActive); a page
 * listed twice is active in both places, its parent the last place's (MkDocs sets it last).
 * A mkdocs-section-index section page is its section's first child, an index page.
 */
import nunjucks from 'nunjucks';
import { activeTrail, isActive, isIndexFile, type NavItem, type NavPage } from '../../nav/index.ts';

export interface NavContextInput {
  readonly items: readonly NavItem[];
  /** The current page's docs path (what the nav marks active). */
  readonly current: string;
  /** The template's `page`: it stands for the current page wherever the nav lists it. */
  readonly page: Record<string, unknown>;
  /** The base path pages are served under (`/`, `/docs/`), for `abs_url`. */
  readonly base: string;
  /** Each page's meta (front matter), by docs path; a page without one gets its nav facts (icon, status, subtitle). */
  readonly meta: (src: string) => unknown;
  /** Site name, the title of a home page the nav does not list. */
  readonly siteName: string;
}

type Item = Record<string, unknown>;

/** MkDocs' `ancestors`: the sections above an item, innermost first. Plain data, not a getter: a defined property per item per page cost more than the list. */
const ancestorsOf = (parent: Item | null): Item[] => (parent === null ? [] : [parent, ...(Array.isArray(parent['ancestors']) ? parent['ancestors'] : [])]);

/**
 * The `nav` variable of one page's templates.
 *
 * @example [...navContext({ items, current: 'guide/a.md', page, base: '/', meta, siteName })][1].active // true: Guide holds the page
 */
export function navContext(input: NavContextInput): Item[] & { items: Item[]; pages: Item[]; homepage: Item } {
  const { items, current, page, base, meta, siteName } = input;
  const trail = activeTrail(items, current);
  const pages = new Map<string, Item>();
  const pagesInOrder: Item[] = [];

  const pageItem = (node: NavPage, parent: Item | null): Item => {
    let item = pages.get(node.src);
    if (!item) {
      const own = node.src === current;
      item = own ? page : {
        title: node.title,
        url: node.url,
        abs_url: base + node.url,
        file: { src_path: node.src, src_uri: node.src, url: node.url, name: isIndexFile(node.src) ? 'index' : stem(node.src) },
        meta: meta(node.src) ?? { icon: node.icon, status: node.status, subtitle: node.subtitle },
        is_homepage: node.url === '' && isIndexFile(node.src) && !node.src.includes('/'),
      };
      Object.assign(item, {
        children: null,
        active: own,
        is_page: true,
        is_section: false,
        is_link: false,
        is_index: isIndexFile(node.src),
        // Material's typeset plugin: the page's first heading as HTML, which nav-item.html prints.
        ...(node.typeset === undefined ? {} : { typeset: { title: new nunjucks.runtime.SafeString(node.typeset) } }),
      });
      pages.set(node.src, item);
    }
    // A page listed twice keeps its last place's parent, as MkDocs' _add_parent_links leaves it.
    item['parent'] = parent;
    item['ancestors'] = ancestorsOf(parent);
    item['is_top_level'] = parent === null;
    pagesInOrder.push(item);
    return item;
  };

  const build = (node: NavItem, at: number[], parent: Item | null): Item => {
    if (node.kind === 'page') return pageItem(node, parent);
    if (node.kind === 'link') return { title: node.title, url: node.url, parent, ancestors: ancestorsOf(parent), children: null, active: false, is_page: false, is_section: false, is_link: true };
    const section: Item = { title: node.title, parent, ancestors: ancestorsOf(parent), active: isActive(node, at, trail), is_page: false, is_section: true, is_link: false };
    const children: Item[] = [];
    if (node.page) children.push(pageItem(node.page, section));
    node.children.forEach((child, index) => children.push(build(child, [...at, index], section)));
    section['children'] = children;
    return section;
  };

  const top = items.map((node, index) => build(node, [index], null));
  const homepage = pagesInOrder.find((item) => item['is_homepage'] === true) ?? { title: siteName, url: '' };
  return Object.assign(top, { items: top, pages: pagesInOrder, homepage });
}

/** A docs path's file name without its extension (MkDocs' `file.name`). */
function stem(src: string): string {
  const base = src.slice(src.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}
