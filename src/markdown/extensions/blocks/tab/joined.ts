/**
 * pymdownx.tabbed and `pymdownx.blocks.tab` each add a tab to the parent's last element when it
 * is a `div` with their set's class, without asking who made it. So with both enabled in the
 * same style, a `/// tab` right after a `===` set is that set's next tab (numbered by it, the
 * Blocks count unchanged), and `===` tabs right after a `/// tab` set are its next tabs (the
 * tabbed count unchanged: tabbed/number.ts counts the sets left once the page is built).
 *
 * `=== "A"\n    a\n\n/// tab | B\nb\n///` -> one `tabbed-set` with `data-tabs="1:2"`
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { TabbedSet, TabbedTab } from '../../tabbed/mdast.ts';
import type { BlockInstance } from '../kind.ts';
import { blockElement } from '../kind.ts';

/**
 * A `/// tab` joining a `===` set: a `tabbedTab` whose body is an element without a tag of its
 * own (its children take its place). `select: true` is `===+`: the last such tab is checked.
 */
export function joinTabbedSet(set: TabbedSet, title: PhrasingContent[], select: boolean): BlockInstance {
  const body = blockElement('');
  const tab: TabbedTab = { type: 'tabbedTab', newSet: false, selected: select, children: [{ type: 'tabbedLabel', children: title }, body] };
  set.children.push(tab);
  return { element: body, target: body, mode: 'block' };
}

/**
 * A `===` set whose first tab is no `===!`: it goes on in the set right before it, when that is
 * a `/// tab` set, or a `===` set that a `/// tab` joined (so the two were not grouped).
 */
export function continuesSet(node: RootContent): node is TabbedSet {
  return node.type === 'tabbedSet' && node.children[0]?.newSet === false;
}
