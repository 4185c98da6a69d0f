/**
 * A ceiling on container nesting. micromark re-checks every open container on every line and
 * copies its stack of open tokens for each check, so a line nested N deep costs N² and
 * 1,000-deep lists or admonitions never finish (Python-Markdown itself stops there with a
 * RecursionError or runs for minutes). Lists, admonitions, details and tabs therefore only
 * open up to column 400 (100 levels of tab_length); a marker further right stays text.
 *
 * ```
 * <400 spaces>- item    ->  the text `- item` of the item around it, with a warning
 * ```
 */
import type { Nodes, Root } from 'mdast';
import type { TokenizeContext } from 'micromark-util-types';
import type { VFile } from 'vfile';

/** Python-Markdown's tab_length: one nesting level of lists, admonitions, details and tabs. */
const TAB_LENGTH = 4;

/** The last column where a container may still open (100 levels). */
export const MAX_CONTAINER_COLUMN = 100 * TAB_LENGTH;

/** True when a container starting here would be nested past the ceiling. */
export function beyondContainerLimit(context: TokenizeContext): boolean {
  return context.now().column > MAX_CONTAINER_COLUMN;
}

const CONTAINERS: ReadonlySet<string> = new Set(['list', 'admonition', 'details', 'tabbedSet', 'tabbedTab']);

/**
 * Warns once when a container sits at the ceiling (its children could not nest further), so a
 * page that hit it is not silently flattened. Iterative: the tree may be deep.
 */
export function warnContainerLimit(tree: Root, file: VFile): void {
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const start = node.position?.start;
    if (CONTAINERS.has(node.type) && start && start.column > MAX_CONTAINER_COLUMN - TAB_LENGTH) {
      file.message(`containers nested ${MAX_CONTAINER_COLUMN / TAB_LENGTH} levels deep (column ${start.column}): list items, admonitions, details and tabs that start further right are kept as text; indent less`, { place: start, ruleId: 'nesting-limit' });
      return;
    }
    if (!('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index];
      if (child) pending.push(child);
    }
  }
}
