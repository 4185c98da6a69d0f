/**
 * The order in which Python-Markdown's InlineProcessor reaches the text of a page. It is not
 * document order: it pops elements off a stack, handles the text of each child in turn and
 * pushes children that hold blocks, so the text directly in an element comes first and nested
 * containers follow last-first. Footnote back-reference ids (`fnref:1`, `fnref2:1`) are handed
 * out in this order, so we walk the mdast the same way:
 *
 * ```
 * Top paragraph[^1]          1st  fnref:1
 * !!! note
 *     Early[^1]              3rd  fnref3:1   (the admonition is pushed first, popped last)
 * - item[^1]                 2nd  fnref2:1   (tight item: its text is handled with the list)
 * ```
 * Table rows come bottom-up (Python pushes each <tr>), the header row last.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { TIGHT_TAG } from '../../core/list-looseness.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The blocks whose children are inline text, in Python-Markdown's inline processing order. */
export function inlineOrder(tree: Root): Parent[] {
  const order: Parent[] = [];
  const stack: Parent[] = [tree];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.type === 'table') {
      const [head, ...body] = element.children.filter(isParent);
      for (const row of [...body.reverse(), ...(head ? [head] : [])]) {
        for (const cell of row.children) if (isParent(cell)) order.push(cell);
      }
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
        if (rest.length > 0) stack.push({ ...child, children: rest });
        continue;
      }
      stack.push(child);
    }
  }
  return order;
}

function isParent<T extends Nodes>(node: T): node is Extract<T, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
