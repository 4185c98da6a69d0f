/**
 * sane_lists on the lists core parsed the Python-Markdown way (where any marker continues a list):
 *
 * - an item whose marker is of the other kind (`*` in a `1.` list, or the reverse) does not
 *   continue the list: right after an item it is a lazy line of that item's text, after a blank
 *   line it starts a new list of its own kind;
 * - an ordered list keeps its first number (`3.` gives `<ol start="3">`; no `lazy_ol`).
 *
 * ```md
 * 1. a            <ol><li>a\n* b</li></ol>
 * * b        ->
 *
 * * c             <ul><li>c</li></ul>
 * ```
 * Looseness is decided again for the lists that come out, with core's per-item rule.
 */
import type { List, ListItem, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { markListLooseness, TIGHT_TAG } from '../../core/list-looseness.ts';

const ORDERED = /^[ \t>]*(\d+)\.[ \t]/;

export interface SaneListsOptions {
  /**
   * An ordered list keeps its first number (sane_lists' `LAZY_OL = False`); mdx_truly_sane_lists
   * keeps Python-Markdown's lazy numbering (`3.` gives a plain `<ol>`). Default true.
   */
  readonly keepStart?: boolean | undefined;
  /** The list processors' tab_length (mdx_truly_sane_lists' `nested_indent`; default 4). */
  readonly indent?: number | undefined;
  /** nl2br is on: the line ending before a lazy item line is a line break too. */
  readonly lineBreaks?: boolean | undefined;
}

export function remarkSaneLists(options: SaneListsOptions = {}) {
  const settings: Settings = { keepStart: options.keepStart !== false, indent: options.indent, lineBreaks: options.lineBreaks === true };
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    walk(tree, source, settings);
  };
}

interface Settings {
  readonly keepStart: boolean;
  readonly indent: number | undefined;
  readonly lineBreaks: boolean;
}

function walk(parent: Parent, source: string, settings: Settings): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'list') children.push(...split(child, source, settings));
    else children.push(child);
  }
  parent.children.splice(0, parent.children.length, ...children);
  for (const child of parent.children) if ('children' in child) walk(child, source, settings);
}

/** The marker line of an item: its first source line. */
function markerLine(item: ListItem, source: string): string {
  const start = item.position?.start.offset;
  if (start === undefined) return '';
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const end = source.indexOf('\n', start);
  return source.slice(lineStart, end === -1 ? undefined : end);
}

function split(list: List, source: string, settings: Settings): List[] {
  const kind = (item: ListItem): boolean => ORDERED.test(markerLine(item, source));
  const lists: List[] = [];
  let current: List | undefined;
  for (const item of list.children) {
    const ordered = kind(item);
    const previous = current?.children.at(-1);
    if (current && previous && ordered !== current.ordered) {
      if (!blankBetween(previous, item) && appendLazy(previous, item, source, settings.lineBreaks)) continue;
      current = undefined;
    }
    if (!current) {
      current = { type: 'list', ordered, spread: list.spread, children: [], ...(item.position ? { position: { start: item.position.start, end: item.position.end } } : {}) };
      lists.push(current);
    }
    current.children.push(item);
    if (current.position && item.position) current.position.end = item.position.end;
  }
  for (const part of lists) {
    // Core marked tight paragraphs for the list as one (and with tab_length 4): start again for
    // each list.
    for (const item of part.children) {
      for (const child of item.children) if (child.type === 'paragraph' && child.data?.hName === TIGHT_TAG) delete child.data.hName;
    }
    markListLooseness(part, undefined, settings.indent);
    const number = ORDERED.exec(part.children[0] ? markerLine(part.children[0], source) : '')?.[1];
    part.start = settings.keepStart && part.ordered && number !== undefined ? Number(number) : null;
  }
  return lists;
}

function blankBetween(before: ListItem, after: ListItem): boolean {
  const end = before.children.at(-1)?.position?.end.line ?? before.position?.start.line;
  const start = after.position?.start.line;
  return end !== undefined && start !== undefined && start > end + 1;
}

/**
 * The item's lines become more text of the previous item's last paragraph, as a lazy line. Its
 * text keeps the inline Markdown it was parsed with (`* **b**` is `* <strong>b</strong>`), its
 * marker in front as written; other content (a nested list...) goes on as plain lines.
 */
function appendLazy(previous: ListItem, item: ListItem, source: string, lineBreaks: boolean): boolean {
  const last = previous.children.at(-1);
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  if (last?.type !== 'paragraph' || start === undefined || end === undefined) return false;
  const lineEnd: PhrasingContent = lineBreaks ? { type: 'break' } : { type: 'text', value: '\n' };
  // The lines are the paragraph's (and the item's) now: a next lazy item follows them directly.
  const to = item.position?.end;
  if (to && last.position) last.position = { start: last.position.start, end: to };
  if (to && previous.position) previous.position = { start: previous.position.start, end: to };
  const [only] = item.children;
  const textStart = only?.position?.start.offset;
  if (item.children.length === 1 && only?.type === 'paragraph' && textStart !== undefined && only.position?.start.line === item.position?.start.line) {
    last.children.push(lineEnd, { type: 'text', value: source.slice(start, textStart) }, ...only.children);
    return true;
  }
  const lines = source.slice(start, end).split('\n').map((line) => line.replace(/^[ \t>]*/, ''));
  last.children.push(lineEnd, { type: 'text', value: lines.join('\n') });
  return true;
}
