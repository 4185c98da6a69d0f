/**
 * The remark pass of pymdownx.fancylists: every list of the page is split by marker type
 * (split.ts), and `/// fancylists` blocks (block.ts) are applied while their `blockFence`
 * nodes are still in the tree (this pass runs before pymdownx.blocks' one):
 *
 * ```md
 * /// fancylists | type=a     the first list of the body is forced: `i.` is the letter i
 * i. x
 * ///
 *
 * j. y                        continues that list, as PyMdown puts the body in the parent
 * ```
 */
import type { List, Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { BlockFence } from '../blocks/mdast.ts';
import { readOptionLines, validateOptions } from '../blocks/options.ts';
import { parseForce, type ListForce } from './block.ts';
import { relooseness, splitList, type FancyOptions } from './split.ts';

export type { FancyOptions } from './split.ts';

interface WalkState {
  readonly source: string;
  readonly options: FancyOptions;
  /** The fancy type of every list made so far. */
  readonly types: Map<List, string>;
}

export function remarkFancyLists(options: FancyOptions) {
  return (tree: Root, file: VFile): undefined => {
    walk(tree, { source: String(file.value), options, types: new Map() });
  };
}

function walk(node: Nodes, state: WalkState): void {
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, state);
  const children: Nodes[] = node.children;
  const block = node.type === 'blockFence' ? fancyBlock(node, state.options) : undefined;
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child?.type !== 'list') continue;
    const before = children[index - 1];
    const inner = before?.type === 'blockFence' && fancyBlock(before, state.options) ? lastList(before) : undefined;
    const after = inner ? state.types.get(inner) : undefined;
    const force = block && child === firstBody(node) ? block : undefined;
    const lists = splitList(child, state.source, state.options, { force, after });
    for (const part of lists) state.types.set(part.list, part.type);
    const head = lists[0];
    if (inner && head && head.type === after) {
      joinList(inner, head.list);
      lists.shift();
    }
    children.splice(index, 1, ...lists.map((part) => part.list));
  }
}

/** A valid `/// fancylists` block's force (PyMdown leaves an invalid one as text). */
function fancyBlock(node: BlockFence, options: FancyOptions): ListForce | undefined {
  if (node.name !== 'fancylists') return undefined;
  const given = readOptionLines(node.options);
  if (!given || !validateOptions(given, {})) return undefined;
  return parseForce(node.argument, options);
}

function firstBody(node: Nodes): Nodes | undefined {
  return node.type === 'blockFence' ? node.children.find((child) => child.type !== 'blockFenceTitle') : undefined;
}

function lastList(node: BlockFence): List | undefined {
  const last = node.children.at(-1);
  return last?.type === 'list' ? last : undefined;
}

/** The list after the block is more items of the body's last list (a blank line between: loose). */
function joinList(target: List, more: List): void {
  target.children.push(...more.children);
  const end = more.position?.end;
  if (target.position && end) target.position = { ...target.position, end };
  relooseness(target);
}
