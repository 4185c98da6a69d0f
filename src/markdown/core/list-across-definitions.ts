/**
 * Python-Markdown's list processors add a list block's items to the parent's last element when
 * that is a list, and a definition leaves no element (core/unwritten.ts): the list before a
 * definition goes on after it, with any marker, as it goes on after blank lines.
 *
 * ```
 * - a              <ul><li><p>a</p></li>
 *                      <li><p>b</p></li></ul>
 * [a]: /url
 *
 * - b
 * ```
 */
import type { List, Parent } from 'mdast';
import { isUnwritten } from './unwritten.ts';

/** Moves the items of each list that follows a list and definitions only into that list. */
export function joinListsAcrossDefinitions(parent: Parent): void {
  let previous: List | undefined;
  let between = false;
  const kept: Parent['children'] = [];
  for (const child of parent.children) {
    if (isUnwritten(child)) {
      between = previous !== undefined;
      kept.push(child);
      continue;
    }
    if (child.type === 'list' && previous && between) {
      previous.children.push(...child.children);
      if (previous.position && child.position) previous.position.end = child.position.end;
      between = false;
      continue;
    }
    previous = child.type === 'list' ? child : undefined;
    between = false;
    kept.push(child);
  }
  if (kept.length !== parent.children.length) parent.children = kept;
}
