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
 * (div.footnote > ol > li > p, at the end of the page).
 */
import type { Nodes, Parent, Root } from 'mdast';
import { TIGHT_TAG } from '../../core/list-looseness.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The blocks whose children are inline text, in Python-Markdown's inline processing order. */
export function inlineOrder(tree: Root): Parent[] {
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
    for (const child of element.children) {
      if (!isParent(child)) continue;
      if (TEXT_BLOCKS.has(child.type)) {
        order.push(child);
        continue;
      }
      const [first, ...rest] = child.children;
      if (child.type === 'listItem' && first?.type === 'paragraph' && first.data?.hName === TIGHT_TAG) {
        // A tight item's text is `li.text`: handled with its list, the rest of the item later.
        order.push(first);
        if (rest.length > 0) queue.push({ ...child, children: rest });
        continue;
      }
      queue.push(child);
    }
  }
  return order;
}

function isParent<T extends Nodes>(node: T): node is Extract<T, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
