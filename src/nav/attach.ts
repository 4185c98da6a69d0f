/**
 * Sections a plugin adds beside a page of the nav, as Material's blog plugin attaches its
 * Archive and Categories sections (plugin.py `_attach_to`): appended to the page's siblings (the
 * children of its section, or the top level), their pages read right after the last page among
 * those siblings. Nothing changes when the page is not in the nav.
 *
 *   nav: [Home, {Blog: [blog/index.md]}]
 *   attachSections(nav, 'blog/index.md', [{ kind: 'section', title: 'Archive', children: [2024] }])
 *   // [Home, {Blog: [blog/index.md, {Archive: [2024]}]}]; reading order: Home, Blog, 2024
 */
import type { NavItem, NavPage, NavResult, NavSection } from './types.ts';

export function attachSections(nav: NavResult, beside: string, sections: readonly NavSection[]): NavResult {
  if (sections.length === 0) return nav;
  let tail: NavPage | undefined;
  let attached = false;
  const attach = (items: readonly NavItem[]): NavItem[] => {
    if (!attached && items.some((item) => item.kind === 'page' && item.src === beside)) {
      attached = true;
      tail = items.findLast((item): item is NavPage => item.kind === 'page');
      return [...items, ...sections];
    }
    return items.map((item) => (item.kind === 'section' ? { ...item, children: attach(item.children) } : item));
  };
  const items = attach(nav.items);
  if (!attached) return nav;
  const added = sections.flatMap(pagesOf);
  const order = [...nav.pagesInOrder];
  const at = tail === undefined ? -1 : order.lastIndexOf(tail);
  order.splice(at === -1 ? order.length : at + 1, 0, ...added);
  return { ...nav, items, pagesInOrder: order };
}

function pagesOf(item: NavItem): NavPage[] {
  return item.kind === 'page' ? [item] : item.kind === 'section' ? item.children.flatMap(pagesOf) : [];
}
