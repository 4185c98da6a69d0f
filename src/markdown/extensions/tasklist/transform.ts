/**
 * Turns GFM's `listItem.checked` into PyMdown's tasklist structure in mdast: a `taskCheckbox`
 * node at the start of the item's first paragraph, `task-list-item` on the item and `task-list`
 * on its list. Rendering the checkbox ourselves (instead of mdast-util-to-hast's) keeps it in the
 * first paragraph whether Python-Markdown's list rules leave that paragraph a `<p>` or not.
 */
import type { Data, List, ListItem, Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type {} from './mdast.ts';

export function remarkTasklist() {
  return (tree: Root): undefined => {
    visit(tree, 'list', (list: List) => {
      let tasks = false;
      for (const item of list.children) tasks = markItem(item) || tasks;
      if (tasks) addClass(list, 'task-list');
    });
  };
}

function markItem(item: ListItem): boolean {
  if (typeof item.checked !== 'boolean') return false;
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const checkbox = { type: 'taskCheckbox' as const, checked: item.checked };
  first.children.unshift(checkbox, { type: 'text', value: ' ' });
  // mdast-util-to-hast would add its own checkbox.
  item.checked = null;
  addClass(item, 'task-list-item');
  return true;
}

function addClass(node: List | ListItem, name: string): void {
  const data: Data = node.data ?? {};
  const properties = data.hProperties ?? {};
  const existing = properties['className'];
  const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? String(existing).split(' ') : [];
  node.data = { ...data, hProperties: { ...properties, className: [...classes, name] } };
}
