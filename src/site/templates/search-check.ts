/**
 * Whether a site's own search.html keeps the hooks our search script finds its parts by
 * (search-hooks.ts): without them the script leaves the box alone, and a search box that looks
 * right but never answers is worse than a warning at build time.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SEARCH_HOOKS, type SearchPart } from './search-hooks.ts';

/** Whether an element is the part: its data-md-component, or Material's class. */
function isPart(element: Element, part: SearchPart): boolean {
  const hook = SEARCH_HOOKS[part];
  const component = element.properties['dataMdComponent'];
  if ('component' in hook && component === hook.component) return true;
  const classes = element.properties['className'];
  return 'className' in hook && Array.isArray(classes) && classes.includes(hook.className);
}

/** The first element under `node` (itself included) that is the part, in document order. */
function find(node: Root | Element, part: SearchPart): Element | undefined {
  if (node.type === 'element' && isPart(node, part)) return node;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const found = find(child, part);
    if (found) return found;
  }
  return undefined;
}

/**
 * The required parts a search.html's output lacks, each where our script looks for it (the
 * query and result inside the root, the list inside the result); empty when search can work.
 *
 * @example missingSearchHooks('<div data-md-component="search"><input class="md-search__input"></div>') // ['result', 'list']
 */
export function missingSearchHooks(html: string): SearchPart[] {
  const root = find(fromHtml(html, { fragment: true }), 'root');
  if (!root) return ['root', 'query', 'result', 'list'];
  const missing: SearchPart[] = [];
  if (!find(root, 'query')) missing.push('query');
  const result = find(root, 'result');
  if (!result) missing.push('result', 'list');
  else if (!find(result, 'list')) missing.push('list');
  return missing;
}
