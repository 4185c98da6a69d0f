/**
 * The nav as the theme draws it: src/nav's tree with page icons attached, plus each page's
 * previous/next (navigation.footer) and the sections above it (navigation.path).
 */
import type { NavItem } from '../nav/index.ts';
import type { NavNode, NavPage } from './model.ts';

export interface NavView {
  readonly nodes: NavNode[];
  /** Pages in reading order (depth first, section index pages first). */
  readonly order: NavPage[];
  /** src -> sections above it, outermost first. */
  readonly parents: Map<string, Array<{ title: string; url: string | undefined }>>;
  /** src -> its place in `order` (the first, if a page is in the nav twice). */
  readonly position: Map<string, number>;
}

export function toNavNodes(items: readonly NavItem[], iconOf: (src: string) => string | undefined, titles: Map<string, string>): NavView {
  const order: NavPage[] = [];
  const parents = new Map<string, Array<{ title: string; url: string | undefined }>>();
  const position = new Map<string, number>();
  const convert = (item: NavItem, above: Array<{ title: string; url: string | undefined }>): NavNode => {
    if (item.kind === 'page') {
      const page: NavPage = { kind: 'page', title: item.title, src: item.src, url: item.url, icon: iconOf(item.src) };
      titles.set(item.src, item.title);
      if (!position.has(item.src)) position.set(item.src, order.length);
      order.push(page);
      parents.set(item.src, above);
      return page;
    }
    if (item.kind === 'link') return { kind: 'link', title: item.title, url: item.url };
    const index = item.children.find((child) => child.kind === 'page' && /(^|\/)(index|README)\.md$/i.test(child.src));
    const sectionUrl = index?.kind === 'page' ? index.url : undefined;
    const inner = [...above, { title: item.title, url: sectionUrl }];
    const children = item.children.map((child) => convert(child, inner));
    const indexPage = children.find((child): child is NavPage => child.kind === 'page' && child.src === (index?.kind === 'page' ? index.src : ''));
    return { kind: 'section', title: item.title, children, index: indexPage };
  };
  const nodes = items.map((item) => convert(item, []));
  return { nodes, order, parents, position };
}

/**
 * A page's previous and next pages in reading order and the sections above it. A lookup, not a
 * search: prepareSite asks once per page, and a scan of the order made that quadratic.
 */
export function navNeighbours(view: NavView, src: string) {
  const at = view.position.get(src) ?? -1;
  const link = (page: NavPage | undefined) => (page ? { title: page.title, url: page.url } : undefined);
  return {
    previous: at > 0 ? link(view.order[at - 1]) : undefined,
    next: at >= 0 ? link(view.order[at + 1]) : undefined,
    path: view.parents.get(src) ?? [],
  };
}
