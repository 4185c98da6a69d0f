/**
 * unist-util-visit's `visit`, without its cost per node. The package builds a closure, an
 * ancestor array and a debug name (`Object.defineProperty` on a function) for every node it
 * passes; with a dozen passes per page that was the largest part of rendering a big page.
 * These walks keep its contract (pre-order; the visitor returns `CONTINUE`, `SKIP`, `EXIT`, the
 * index to go on at, or `[action, index]`; children are read live, so a visitor may replace or
 * splice its parent's children) and only ever hand the visitor the direct parent.
 */
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

// The walk compares with these, not with the exports below: read in the walk's loop, the
// exported bindings (module cells to V8) made it 3.5 times slower, measured on corpus pages
// (~20 walks a page: about 0.1 s of the corpus's cold render).
const GO_ON = true;
const SKIP_CHILDREN = 'skip';
const STOP = false;
/** Go on into the node's children (also what `undefined` means). */
export const CONTINUE = GO_ON;
/** Do not visit the node's children. */
export const SKIP = SKIP_CHILDREN;
/** Stop the whole walk. */
export const EXIT = STOP;

type Visitor<Node, Parent> = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;

interface Shape<Node, Parent> {
  readonly asParent: (node: Node) => Parent | undefined;
  readonly childrenOf: (parent: Parent) => readonly Node[];
}

const mdastShape: Shape<MdastNodes, MdastParents> = {
  asParent: (node) => ('children' in node ? node : undefined),
  childrenOf: (parent) => parent.children,
};

const hastShape: Shape<HastNodes, HastParents> = {
  asParent: (node) => ('children' in node ? node : undefined),
  childrenOf: (parent) => parent.children,
};

function always<Node>(node: Node): node is Node {
  return node !== undefined;
}

function ofType<Node extends { type: string }, Type extends Node['type']>(type: Type): (node: Node) => node is Extract<Node, { type: Type }> {
  return (node): node is Extract<Node, { type: Type }> => node.type === type;
}

/**
 * Visits `node` and its descendants; returns where the parent's loop goes on (an index), or
 * `EXIT`. Recursion depth is the tree's depth, as with unist-util-visit.
 */
function walk<Node, Match extends Node, Parent>(
  shape: Shape<Node, Parent>,
  is: (node: Node) => node is Match,
  visitor: Visitor<Match, Parent>,
  node: Node,
  index: number | undefined,
  parent: Parent | undefined,
): number | typeof EXIT {
  let action: unknown = GO_ON;
  let next: number | undefined;
  if (is(node)) {
    const result: unknown = visitor(node, index, parent);
    if (Array.isArray(result)) {
      const [first, second]: unknown[] = result;
      action = first;
      if (typeof second === 'number') next = second;
    } else if (typeof result === 'number') {
      next = result;
    } else {
      action = result;
    }
    if (action === STOP) return STOP;
  }
  const self = action === SKIP_CHILDREN ? undefined : shape.asParent(node);
  if (self !== undefined) {
    let offset = 0;
    // `childrenOf` again on every turn: a visitor may have replaced the array.
    while (offset > -1 && offset < shape.childrenOf(self).length) {
      const child = shape.childrenOf(self)[offset];
      if (child === undefined) {
        offset++;
        continue;
      }
      const after = walk(shape, is, visitor, child, offset, self);
      if (after === STOP) return STOP;
      offset = after;
    }
  }
  return next ?? (index ?? 0) + 1;
}

/**
 * Visits every mdast node of `tree` (or every node of one `type`), parents before children.
 *
 * ```ts
 * visit(tree, 'code', (node, index, parent) => (node.lang === 'mermaid' ? SKIP : undefined));
 * ```
 */
export function visit(tree: MdastNodes, visitor: Visitor<MdastNodes, MdastParents>): void;
export function visit<Type extends MdastNodes['type']>(tree: MdastNodes, type: Type, visitor: Visitor<Extract<MdastNodes, { type: Type }>, MdastParents>): void;
export function visit<Type extends MdastNodes['type']>(
  tree: MdastNodes,
  typeOrVisitor: Type | Visitor<MdastNodes, MdastParents>,
  visitor?: Visitor<Extract<MdastNodes, { type: Type }>, MdastParents>,
): void {
  if (typeof typeOrVisitor !== 'string') walk(mdastShape, always, typeOrVisitor, tree, undefined, undefined);
  else if (visitor) walk(mdastShape, ofType<MdastNodes, Type>(typeOrVisitor), visitor, tree, undefined, undefined);
}

/**
 * `visit` for hast trees.
 *
 * ```ts
 * visitHast(tree, 'element', (element) => (element.tagName === 'pre' ? SKIP : undefined));
 * ```
 */
export function visitHast(tree: HastNodes, visitor: Visitor<HastNodes, HastParents>): void;
export function visitHast<Type extends HastNodes['type']>(tree: HastNodes, type: Type, visitor: Visitor<Extract<HastNodes, { type: Type }>, HastParents>): void;
export function visitHast<Type extends HastNodes['type']>(
  tree: HastNodes,
  typeOrVisitor: Type | Visitor<HastNodes, HastParents>,
  visitor?: Visitor<Extract<HastNodes, { type: Type }>, HastParents>,
): void {
  if (typeof typeOrVisitor !== 'string') walk(hastShape, always, typeOrVisitor, tree, undefined, undefined);
  else if (visitor) walk(hastShape, ofType<HastNodes, Type>(typeOrVisitor), visitor, tree, undefined, undefined);
}
