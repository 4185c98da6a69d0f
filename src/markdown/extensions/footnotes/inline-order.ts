/**
 * The order in which Python-Markdown's InlineProcessor reaches the text of a page. Since 3.10 it
 * walks the tree breadth first: it takes elements from the front of a queue, handles the text of
 * each child in turn and queues the children that hold blocks, so the text directly in an element
 * comes first and nested containers follow, level by level. Footnote back-reference ids
 * (`fnref:1`, `fnref2:1`) are handed out in this order, so we walk the mdast the same way:
 *
 * ```
 * !!! note
 *     Early[^1]              3rd  fnref3:1   (the admonition is queued, reached after the top level)
 * Top paragraph[^1]          1st  fnref:1
 * - item[^1]                 4th  fnref4:1   (a tight item's text is handled with its list)
 * End[^1]                    2nd  fnref2:1
 * ```
 * Table cells sit three levels down (table > thead/tbody > tr > td): header row first, then the
 * body rows in order, after the text of shallower blocks. The notes' own text is reached last
 * (div.footnote > ol > li > p, at the end of the page). Titles (`!!! note "T"`, `/// note | T`,
 * a summary, a tab's label) are text of their container, handled when it is reached; a `===` set's
 * labels sit two levels below the set and its tabs' blocks three (set > div.tabbed-labels > label,
 * set > div.tabbed-content > div.tabbed-block > p; classic style: set > label, set > div > p),
 * as PyMdown builds them.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { TabbedLabel } from '../tabbed/mdast.ts';
import { TIGHT_TAG } from '../../core/list-looseness.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'admonitionTitle', 'detailsSummary', 'tabbedLabel', 'defListTerm']);
/**
 * The elements PyMdown's Blocks fill with blocks (its `auto` mode, plus the `dd` and `li` it
 * builds); any other element of a block holds text: a title `p`, a `summary`, a tab's `label`.
 */
const BLOCKS_HOLDERS = new Set([
  'article', 'aside', 'blockquote', 'body', 'canvas', 'center', 'colgroup', 'dd', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'group', 'header', 'hgroup', 'html', 'iframe', 'li', 'main', 'map', 'menu', 'nav', 'noscript', 'object', 'ol', 'output',
  'progress', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'video',
]);

/**
 * The blocks whose children are inline text, in Python-Markdown's inline processing order.
 * `alternateTabs`: pymdownx.tabbed's `alternate_style` (its sets are shaped differently).
 */
export function inlineOrder(tree: Root, alternateTabs = false): Parent[] {
  const order: Parent[] = [];
  const queue: Parent[] = [tree];
  for (let element = queue.shift(); element; element = queue.shift()) {
    if (element.type === 'table') {
      // Python's <thead> and <tbody>: each one more level before its rows are reached.
      const [head, ...body] = element.children.filter(isParent);
      if (head) queue.push({ type: 'tableHead', children: [head] });
      if (body.length > 0) queue.push({ type: 'tableBody', children: body });
      continue;
    }
    if (element.type === 'footnoteList') {
      // Python's <div class="footnote"> holds an <ol> that holds the <li>s: one level more.
      queue.push({ type: 'footnoteOl', children: element.children });
      continue;
    }
    if (element.type === 'tabbedSet') {
      // Alternate style: set > div.tabbed-labels > label, and set > div.tabbed-content >
      // div.tabbed-block > blocks. Classic: set > label, and set > div.tabbed-content > blocks.
      if (alternateTabs) queue.push({ type: 'tabbedLabels', children: element.children.map(labelOf) }, { type: 'tabbedContent', children: element.children });
      else {
        for (const tab of element.children) {
          order.push(labelOf(tab));
          queue.push(blocksOf(tab));
        }
      }
      continue;
    }
    if (element.type === 'tabbedContent') {
      queue.push(...element.children.map(blocksOf));
      continue;
    }
    for (const child of element.children) {
      if (!isParent(child)) continue;
      if (TEXT_BLOCKS.has(child.type) || (child.type === 'blockElement' && !BLOCKS_HOLDERS.has(child.tagName))) {
        order.push(child);
        continue;
      }
      const [first, ...rest] = child.children;
      const tight = child.type === 'listItem' ? first?.data?.hName === TIGHT_TAG : child.type === 'defListDescription' && child.spread !== true;
      if (tight && first?.type === 'paragraph') {
        // A tight item's text is `li.text` (a tight definition's `dd.text`): handled with its
        // list, the rest of the item later.
        order.push(first);
        if (rest.length > 0) queue.push({ ...child, children: rest });
        continue;
      }
      queue.push(child);
    }
  }
  return order;
}

/** A tab's label (an empty one for anything else). */
function labelOf(tab: RootContent): TabbedLabel {
  const first = tab.type === 'tabbedTab' ? tab.children[0] : undefined;
  return first?.type === 'tabbedLabel' ? first : { type: 'tabbedLabel', children: [] };
}

/** A tab's blocks, as the `div` that holds them; a `/// tab` body that joined the set (no tag of its own) stands for its children. */
function blocksOf(tab: RootContent): Parent {
  const children = tab.type === 'tabbedTab' ? tab.children : [];
  return {
    type: 'tabbedBlock',
    children: children.flatMap((child) => (child.type === 'tabbedLabel' ? [] : child.type === 'blockElement' && child.tagName === '' ? child.children : [child])),
  };
}

function isParent<T extends Nodes>(node: T): node is Extract<T, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
