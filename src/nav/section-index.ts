/**
 * mkdocs-section-index (plugin.py `on_nav`): a section whose first child is a page listed
 * without a title becomes that page. The page leaves the children, takes the section's title
 * (everywhere it is listed: MkDocs has one Page per file) and leads where the section is drawn;
 * the other children stay under it. With no other child it is a plain page, as Material draws a
 * section page without children.
 *
 *   Guide: [guide/intro.md, guide/a.md]   ->  section page "Guide" (guide/intro.md) > [guide/a.md]
 *   Guide: [Intro: guide/intro.md, ...]   ->  unchanged: the page has a title of its own
 *   Start: [guide/intro.md]               ->  page "Start" (guide/intro.md)
 *
 * The home page (URL ``) never becomes a section page: the plugin asks for a URL, and MkDocs
 * gives the home page an empty one.
 */
import { findSectionIndex } from './sections.ts';
import type { NavItem, NavPage, NavResult } from './types.ts';

/** `untitled`: srcs of pages whose first listing in the nav gives no title (MkDocs' `page.title` is None then). */
export function applySectionIndex(nav: NavResult, untitled: ReadonlySet<string>): NavResult {
  const remaining = new Set(untitled);
  const titles = new Map<string, string>();
  const convert = (items: readonly NavItem[]): NavItem[] =>
    items.map((item): NavItem => {
      if (item.kind !== 'section') return item;
      const first = item.children[0];
      if (first?.kind !== 'page' || !remaining.has(first.src) || first.url === '') return { ...item, children: convert(item.children) };
      // Its title is the section's from now on: a second section it leads does not take it.
      remaining.delete(first.src);
      titles.set(first.src, item.title);
      const page: NavPage = { ...plain(first), title: item.title };
      const children = convert(item.children.slice(1));
      if (children.length === 0) return page;
      return { kind: 'section', title: item.title, children, index: findSectionIndex({ children }), page };
    });
  const converted = convert(nav.items);
  if (titles.size === 0) return nav;
  const retitle = (page: NavPage): NavPage => {
    const title = titles.get(page.src);
    return title === undefined || (title === page.title && page.typeset === undefined && page.textTitle === undefined) ? page : { ...plain(page), title };
  };
  const retitleAll = (items: readonly NavItem[]): NavItem[] =>
    items.map((item): NavItem => {
      if (item.kind === 'page') return retitle(item);
      if (item.kind === 'link') return item;
      const children = retitleAll(item.children);
      return { ...item, children, index: findSectionIndex({ children }) };
    });
  return { ...nav, items: retitleAll(converted), pagesInOrder: nav.pagesInOrder.map(retitle) };
}

/** The page without what its own title brought (typeset HTML, text): a section's title is the nav's, HTML as written. */
function plain(page: NavPage): NavPage {
  if (page.typeset === undefined && page.textTitle === undefined) return page;
  const { typeset: _typeset, textTitle: _textTitle, ...rest } = page;
  return rest;
}
