/**
 * Splits core's lists where the marker type changes (`1.` then `a.` then `-` are three lists,
 * as PyMdown's list processors hand the rest of a block over when the type differs) and gives
 * each ordered list its `type` (and `start`, `style`, `class`) attributes.
 */
import type { List, ListItem, Nodes, Parents, Root } from 'mdast';
import type { VFile } from 'vfile';
import { markListLooseness, TIGHT_TAG } from '../../core/list-looseness.ts';
import type { FancyStyles } from './markers.ts';
import { fancyStart, fancyType, listStyle, olType } from './list-type.ts';

export interface FancyOptions extends FancyStyles {
  readonly injectStyle: boolean;
  readonly injectClass: boolean;
}

export function remarkFancyLists(options: FancyOptions) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    walk(tree, source, options);
  };
}

function walk(node: Nodes, source: string, options: FancyOptions): void {
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, source, options);
  const parent: Parents = node;
  const children: Nodes[] = parent.children;
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child?.type !== 'list') continue;
    const lists = split(child, source, options);
    children.splice(index, 1, ...lists);
  }
}

/** The marker the item starts with in the source (`b.`, `iv)`, `-`). */
function markerOf(item: ListItem, source: string): string {
  const start = item.position?.start.offset;
  if (start === undefined) return '';
  const match = /^[ \t]*([-*+]|[0-9A-Za-z#]{1,20}[.)])/.exec(source.slice(start, start + 40));
  return match?.[1] ?? '';
}

/** A blank line lies between the two items: the second starts a new block. */
function blankBetween(previous: ListItem, item: ListItem, source: string): boolean {
  const from = previous.position?.end.offset;
  const to = item.position?.start.offset;
  return from !== undefined && to !== undefined && /\n[ \t]*\r?\n/.test(source.slice(from, to));
}

function split(list: List, source: string, options: FancyOptions): List[] {
  const groups: Array<{ type: string; marker: string; items: ListItem[] }> = [];
  let current = '';
  list.children.forEach((item, index) => {
    const marker = markerOf(item, source);
    const previous = list.children[index - 1];
    const first = previous === undefined || blankBetween(previous, item, source);
    let type = fancyType(marker, first, current, options);
    // A differing item starts the rest of the block, read again as a block's first item.
    if (previous !== undefined && type !== current && !first) type = fancyType(marker, true, current, options);
    const group = groups[groups.length - 1];
    if (group === undefined || type !== current) groups.push({ type, marker, items: [item] });
    else group.items.push(item);
    current = type;
  });
  const lists = groups.map((group) => toList(list, group, options));
  // Looseness is per list in Python-Markdown: a list split off is judged again on its own items.
  if (lists.length > 1) for (const part of lists) relooseness(part);
  return lists;
}

function relooseness(list: List): void {
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type === 'paragraph' && first.data?.hName === TIGHT_TAG) delete first.data.hName;
  }
  markListLooseness(list);
}

function toList(original: List, group: { type: string; marker: string; items: ListItem[] }, options: FancyOptions): List {
  const first = group.items[0]?.position?.start;
  const last = group.items[group.items.length - 1]?.position?.end;
  const list: List = {
    type: 'list',
    ordered: group.type !== '',
    start: null,
    spread: original.spread ?? null,
    children: group.items,
    ...(first && last ? { position: { start: first, end: last } } : {}),
  };
  if (group.type === '') return list;
  const type = olType(group.type);
  const properties: Record<string, string | string[]> = { type };
  if (options.injectStyle) properties['style'] = `list-style-type: ${listStyle(type)};`;
  if (options.injectClass) properties['className'] = [`fancylists-${listStyle(type)}`];
  const start = fancyStart(group.type, group.marker);
  if (start !== 1) properties['start'] = String(start);
  list.data = { hProperties: properties };
  return list;
}
