/**
 * One list of core's parse -> the lists PyMdown makes of it: a new list wherever the marker type
 * changes (`1.` then `a.` then `-` are three lists, as PyMdown's list processors hand the rest
 * of a block over when the type differs), each ordered one with its `type` (and `start`,
 * `style`, `class`) attributes.
 *
 * `1. a\nb. b` -> `<ol type="1"><li>a</li></ol>` + `<ol start="2" type="a"><li>b</li></ol>`
 */
import type { List, ListItem } from 'mdast';
import { markListLooseness, TIGHT_TAG } from '../../core/list-looseness.ts';
import { forcedKind, type ListForce } from './block.ts';
import { fancyStart, fancyType, forcedType, listStyle, olType } from './list-type.ts';
import type { FancyStyles } from './markers.ts';

export interface FancyOptions extends FancyStyles {
  readonly injectStyle: boolean;
  readonly injectClass: boolean;
}

/** What comes before the list in PyMdown's tree, which its first item is read against. */
export interface ListContext {
  /** A `/// fancylists` block's `<ol>`: the list fills it. */
  readonly force?: ListForce | undefined;
  /** The fancy type of a list right before this one, which it may continue. */
  readonly after?: string | undefined;
}

/** One list made by `splitList` and the fancy type of its items (`dot-alpha`, `''` for bullets). */
export interface TypedList {
  readonly list: List;
  readonly type: string;
}

interface Group {
  readonly type: string;
  readonly marker: string;
  readonly items: ListItem[];
  readonly force?: ListForce | undefined;
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

export function splitList(list: List, source: string, options: FancyOptions, context: ListContext): TypedList[] {
  const groups: Group[] = [];
  let current = context.after ?? '';
  list.children.forEach((item, index) => {
    const marker = markerOf(item, source);
    const previous = list.children[index - 1];
    const first = previous === undefined || blankBetween(previous, item, source);
    // The block's `<ol>` is the list's sibling: its first marker is read as the forced kind
    // when it can be one (`i.` as the letter i), else as usual, and the list fills it anyway.
    if (previous === undefined && context.force !== undefined) {
      const type = forcedType(marker, forcedKind(context.force.type), options) ?? fancyType(marker, true, '', options);
      groups.push({ type, marker, items: [item], ...(type === '' ? {} : { force: context.force }) });
      current = type;
      return;
    }
    let type = fancyType(marker, first, current, options);
    // A differing item starts the rest of the block, read again as a block's first item.
    if (previous !== undefined && type !== current && !first) type = fancyType(marker, true, current, options);
    const group = groups[groups.length - 1];
    if (group === undefined || type !== current) groups.push({ type, marker, items: [item] });
    else group.items.push(item);
    current = type;
  });
  const lists = groups.map((group) => ({ list: toList(list, group, options), type: group.type }));
  // Looseness is per list in Python-Markdown: a list split off is judged again on its own items.
  if (lists.length > 1) for (const part of lists) relooseness(part.list);
  return lists;
}

/** Judges the looseness of a list again after its items changed. */
export function relooseness(list: List): void {
  for (const item of list.children) {
    for (const child of item.children) if (child.type === 'paragraph' && child.data?.hName === TIGHT_TAG) delete child.data.hName;
  }
  markListLooseness(list);
}

function toList(original: List, group: Group, options: FancyOptions): List {
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
  // A forced list keeps the block's `type` (and `start`) whatever its markers turned out to be.
  const type = group.force?.type ?? olType(group.type);
  const start = group.force?.start === undefined ? fancyStart(group.type, group.marker) : String(group.force.start);
  // Inserted in lexical order, the order Python-Markdown's serializer writes attributes in.
  const properties: Record<string, string | string[]> = {};
  if (options.injectClass) properties['className'] = [`fancylists-${listStyle(type)}`];
  if (start !== '1' || group.force?.start !== undefined) properties['start'] = start;
  if (options.injectStyle) properties['style'] = `list-style-type: ${listStyle(type)};`;
  properties['type'] = type;
  list.data = { hProperties: properties };
  return list;
}
