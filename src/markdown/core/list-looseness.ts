/**
 * Python-Markdown decides per item, not per list, whether an item's text is wrapped in `<p>`:
 *
 * ```
 * - a          <li>a</li>            a and b are in one block: tight
 * - b          <li><p>b</p></li>     ...but b is followed by a blank line and c
 *
 * - c          <li><p>c</p></li>     c starts a block after a blank line: loose
 * - d          <li>d</li>            d shares c's block: tight again
 * ```
 *
 * An item's leading paragraph is a `<p>` when a blank line precedes the item (not the first),
 * follows it before the next item, or separates it from more content of the same item; or when
 * the item follows one with such content (only possible in an admonition, details or tab, where
 * Python-Markdown starts a new block there). In a tight item every paragraph is bare (one after
 * a heading too); in a loose one every later paragraph is a `<p>`.
 * mdast-util-to-hast decides looseness per list, so tight paragraphs are marked here and
 * unwrapped by `rehypeUnwrapTight` after conversion.
 */
import type { ElementContent, Root as HastRoot } from 'hast';
import type { List, ListItem, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import { DEFAULT_LIST_INDENT } from './list-indent.ts';
import { endsWithBlank } from './lone-html.ts';
import { walkElements } from './walk.ts';

/** The hast tag name a tight paragraph gets until `rehypeUnwrapTight` replaces it by its children. */
export const TIGHT_TAG = 'python-markdown-tight';

/**
 * `source`: the parsed text, which tells a fence without a language from indented code.
 * `indent`: the list processors' tab_length (mdx_truly_sane_lists' `nested_indent`).
 */
export function markListLooseness(list: List, source?: string, indent = DEFAULT_LIST_INDENT, inIndentedContainer = false): void {
  // Python-Markdown runs with lazy_ol: an ordered list never gets a `start` attribute.
  list.start = null;
  list.spread = true;
  const items = list.children;
  items.forEach((item, index) => {
    item.spread = true;
    const previous = items[index - 1];
    const next = items[index + 1];
    const loose =
      (previous !== undefined && (blankBetween(previous, item, source) || hasInnerBlank(previous, source, indent, inIndentedContainer))) ||
      (next !== undefined && blankBetween(item, next, source)) ||
      hasInnerBlank(item, source, indent, inIndentedContainer) ||
      // Nothing after the marker (`- ` then indented lines): the item's text starts a new block.
      (item.children[0]?.position?.start.line ?? 0) > (item.position?.start.line ?? Infinity);
    // A tight item is one block for Python-Markdown, and every paragraph of it is bare text
    // (`- # H\n  text`: `<li><h1>H</h1>text</li>`).
    if (!loose) {
      item.children.forEach((child, at) => {
        // A paragraph after a blank line is a block of its own (`- a\n\n    b` with an indent of 2).
        if (child.type === 'paragraph' && !detabbed(item, at, indent) && !blankBefore(item, at)) child.data = { ...child.data, hName: TIGHT_TAG };
      });
    }
    if (source !== undefined && !(previous !== undefined && blankBetween(previous, item, source))) markMarkerLineBody(item, source);
  });
}

/** The header of an admonition, details or tab (core/indented-container.ts). */
const INDENTED_HEADER = /^(?:!!!|\?\?\?|===)/;

/** True when `node` (a list's parent) is an admonition, details or tab: it starts with one's header. */
export function isIndentedContainer(node: Node | undefined, source: string): boolean {
  const offset = node?.position?.start.offset;
  // The page itself may start with one's header.
  return node?.type !== 'root' && offset !== undefined && INDENTED_HEADER.test(source.slice(offset, offset + 3));
}

/** Blocks that hold no paragraph of a container's body (their own rules decide). */
const NOT_BODIES = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'heading', 'code', 'table', 'html']);

/**
 * A container whose header is on the item's marker line (`- !!! note\n      text`, see
 * core/indented-container.ts): Python-Markdown parses the lines right below it (up to a blank
 * line) in the list's state, where a paragraph is bare text, even in a loose list
 * (`<div class="admonition note"><p class="admonition-title">Note</p>text</div>`). Not when a
 * blank line comes before the item: that block is parsed as a loose list's. The same holds for
 * a tight definition's `:` line (def_list parses its block in the list's state too).
 */
export function markMarkerLineBody(item: { position?: Position | undefined; children: readonly RootContent[] }, source: string): void {
  const line = item.position?.start.line;
  const first = item.children[0];
  const column = first?.position?.start.column;
  if (line === undefined || !first || column === undefined || NOT_BODIES.has(first.type) || first.position?.start.line !== line) return;
  const lines = source.split('\n');
  // Only the containers of core/indented-container.ts (PyMdown's `///` blocks are parsed apart).
  if (!INDENTED_HEADER.test((lines[line - 1] ?? '').slice(column - 1))) return;
  let blank = line;
  while (blank < lines.length && (lines[blank] ?? '').trim() !== '') blank++;
  // `blank` is the 0-based index of the first blank line below the marker line: its 1-based number is blank + 1.
  const visit = (node: RootContent): void => {
    if (node.type === 'paragraph') {
      if ((node.position?.start.line ?? Infinity) <= blank) node.data = { ...node.data, hName: TIGHT_TAG };
      return;
    }
    if (NOT_BODIES.has(node.type) || !('children' in node)) return;
    for (const child of node.children) visit(child);
  };
  visit(first);
}

/**
 * A paragraph that starts on an indented line right below a heading or an empty marker line
 * (`- ### H\n    text`, `*\n    text`): no paragraph was open there, so Python-Markdown's
 * ListIndentProcessor dedents the line and parses it on its own, which makes a `<p>`.
 */
function detabbed(item: ListItem, index: number, indent: number): boolean {
  const child = item.children[index];
  const previous = item.children[index - 1];
  const start = child?.position?.start;
  const marker = item.position?.start;
  if (!start || !marker || previous?.type === 'paragraph') return false;
  if (previous === undefined && start.line === marker.line) return false;
  return start.column - marker.column >= indent;
}

function blankBefore(item: ListItem, index: number): boolean {
  const end = item.children[index - 1]?.position?.end.line;
  const start = item.children[index]?.position?.start.line;
  return end !== undefined && start !== undefined && start > end + 1;
}

/**
 * The item's last line with text. A fence that never closes (`- ```js` is no fence, so its
 * last line opens one) runs over the blank lines after it to the next item, and so do the
 * nested list and item it is in; superfences makes text of it, and those blank lines still
 * part the items.
 */
function lastLine(item: ListItem, source: string | undefined): number | undefined {
  // Down a nested list to its last block: the list's own end may run over the same blank lines.
  let last: RootContent | undefined = item.children[item.children.length - 1];
  while ((last?.type === 'list' || last?.type === 'listItem') && last.children.length > 0) last = last.children[last.children.length - 1];
  const position = last?.position;
  if (last?.type === 'code' && source !== undefined && position?.start.offset !== undefined && position.end.offset !== undefined) {
    const text = source.slice(position.start.offset, position.end.offset).trimEnd();
    return position.start.line + (text.match(/\n/g)?.length ?? 0);
  }
  return position?.end.line ?? item.position?.start.line;
}

function blankBetween(before: ListItem, after: ListItem, source?: string): boolean {
  // A raw block joined to the item's text ends with a blank line in Python-Markdown's text.
  if (endsWithBlank(before.children[before.children.length - 1])) return true;
  const end = lastLine(before, source);
  const start = after.position?.start.line;
  return end !== undefined && start !== undefined && start > end + 1;
}

/**
 * Content after a blank line inside the item, except a block two indents in (an indented code
 * block, or with an indent of 2 any block from the marker's column + 4): Python-Markdown's
 * ListIndentProcessor hands that straight to the item without wrapping the item's text
 * (`- a\n\n        code`; `- a\n\n    text` with an indent of 2). Not in an admonition, details
 * or tab: their processors hand the dedented block to the list, whose level is then the item's
 * (`!!! note\n    - a\n\n            code` wraps `a`).
 */
function hasInnerBlank(item: ListItem, source: string | undefined, indent: number, inIndentedContainer: boolean): boolean {
  for (let index = 1; index < item.children.length; index++) {
    const child = item.children[index];
    const end = item.children[index - 1]?.position?.end.line;
    const start = child?.position?.start.line;
    const column = child?.position?.start.column;
    const marker = item.position?.start.column;
    if (!inIndentedContainer) {
      if (child?.type === 'code' && child.lang === null && child.meta === null && !fenced(child.position?.start.offset, source)) continue;
      if (column !== undefined && marker !== undefined && column - marker >= 2 * indent) continue;
    }
    if (end !== undefined && start !== undefined && start > end + 1) return true;
    // A raw block joined to the text above ends with a blank line (core/lone-html.ts); a block
    // indented into the item after it is one more block of the item (a lazy line ends the list).
    if (endsWithBlank(item.children[index - 1]) && column !== undefined && marker !== undefined && column - marker >= indent) return true;
  }
  // An item of a nested list that starts after a blank line is at this item's content level too.
  return item.children.some((child) => child.type === 'list' && child.children.some((nested, index) => {
    const previous = child.children[index - 1];
    return previous !== undefined && blankBetween(previous, nested);
  }));
}

/** A fenced block starts at its fence; an indented one at its indentation. */
function fenced(offset: number | undefined, source: string | undefined): boolean {
  const marker = offset === undefined ? undefined : source?.[offset];
  return marker === '`' || marker === '~';
}

function isTight(node: ElementContent | undefined): boolean {
  return node?.type === 'element' && node.tagName === TIGHT_TAG;
}

/** A text node of line breaks only, which mdast-util-to-hast puts between block elements. */
function isLineBreak(node: ElementContent | undefined): boolean {
  return node?.type === 'text' && /^\n+$/.test(node.value);
}

/** Replaces each marked tight paragraph by its children (with the newline to-hast put before it). */
export function rehypeUnwrapTight() {
  return (tree: HastRoot): undefined => {
    walkElements(tree, (node) => {
      if (!node.children.some((child) => child.type === 'element' && child.tagName === TIGHT_TAG)) return;
      const children: ElementContent[] = [];
      const source = node.children;
      source.forEach((child, index) => {
        if (child.type === 'element' && child.tagName === TIGHT_TAG) {
          // Python-Markdown sets the text on the item itself: no line break before it when it
          // opens the item, none after it (`<li>a<ul>`, `<li>x</li>`).
          if (index === 1 && isLineBreak(source[0])) children.pop();
          children.push(...child.children);
        } else if (!(isLineBreak(child) && isTight(source[index - 1]))) children.push(child);
      });
      node.children = children;
    });
  };
}
