/**
 * Plain depth-first walks, parents before children. unist-util-visit builds an ancestor array
 * for every node, which made core's passes a visible part of a page's render time; these rules
 * only ever need the direct parent.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Parent, Root } from 'mdast';

/**
 * Calls `visitor(node, index, parent)` for every mdast node. The visitor may replace
 * `parent.children[index]` or rewrite the node's children: both are read after it returns.
 */
export function walkMdast(root: Root, visitor: (node: Nodes, index: number | undefined, parent: Parent | undefined) => void): void {
  const step = (node: Nodes, index: number | undefined, parent: Parent | undefined): void => {
    visitor(node, index, parent);
    const current = parent && index !== undefined ? (parent.children[index] ?? node) : node;
    if (!('children' in current)) return;
    const children = current.children;
    for (let position = 0; position < children.length; position++) {
      const child = children[position];
      if (child) step(child, position, current);
    }
  };
  step(root, undefined, undefined);
}

/** Calls `visitor(element)` for every hast element, parents before children. */
export function walkElements(root: HastRoot | Element, visitor: (element: Element) => void): void {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    visitor(child);
    walkElements(child, visitor);
  }
}
