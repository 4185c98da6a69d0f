/**
 * Questions the navigation components ask of the nav tree: is this node on the active
 * page's path, which tab is active, where does a section lead when clicked.
 */
import type { NavNode, PageModel } from '../site/model.ts';
import type { TocEntry } from '../markdown/index.ts';

/** True when the node is the page, or a section holding it at any depth. */
export function containsPage(node: NavNode, url: string): boolean {
  if (node.kind === 'page') return node.url === url;
  if (node.kind === 'link') return false;
  return node.index?.url === url || node.children.some((child) => containsPage(child, url));
}

/** The first page a node leads to: the page itself, a section's index, or its first page. */
export function firstUrl(node: NavNode): string | undefined {
  if (node.kind !== 'section') return node.url;
  if (node.index) return node.index.url;
  for (const child of node.children) {
    const url = firstUrl(child);
    if (url !== undefined) return url;
  }
  return undefined;
}

/** Children drawn under a section: the index page is drawn as the section link itself. */
export function visibleChildren(node: NavNode, indexes: boolean): NavNode[] {
  if (node.kind !== 'section') return [];
  if (!indexes || !node.index) return node.children;
  const index = node.index;
  return node.children.filter((child) => !(child.kind === 'page' && child.url === index.url));
}

/**
 * Material's table of contents leaves out the page title: when the first entry is the h1,
 * its children are the toc.
 */
export function tocEntries(page: PageModel): TocEntry[] {
  const first = page.toc[0];
  if (first && first.level === 1) return [...first.children, ...page.toc.slice(1)];
  return page.toc;
}
