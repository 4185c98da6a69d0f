/**
 * A block left open inside a container goes on past it. PyMdown keeps an unclosed block on its
 * stack, "hungry": every later block of the page whose parent leads to the open block's parent
 * through last children (the container is still the last element there) is parsed into it, so the
 * rest of the document lands in the block, not after the container:
 *
 * ```
 * !!! note                   <div class="admonition note">
 *     /// details | x          <details><summary>x</summary>
 *     body                       <p>body</p>
 *                                <p>after</p>     <- where Python-Markdown puts it
 * after                        </details>
 * ```
 * A line of the block's slashes alone in its block closes it there (the blocks after it stay after
 * the container); one inside a longer block, which PyMdown splits, is not modelled: the block
 * then takes nothing from there on. A `!!!`, `???` or `===` block right after the container is
 * not fed (its processor runs first), and then nothing after it is.
 */
import type { Parent, RootContent } from 'mdast';
import type { BlockFence } from './mdast.ts';

/** Moves the blocks that follow a container holding an open block into that block, at every level. */
export function feedOpenBlocks(parent: Parent, source: string): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (!child) break;
    // Inside first: what follows an open block in the child is its before the child's siblings are.
    if ('children' in child) feedOpenBlocks(child, source);
    const open = child.type === 'blockFence' ? undefined : openBlockWithin(child);
    if (open) feed(open, parent, index + 1, source);
  }
}

/**
 * The processors that run before PyMdown's Blocks (priority 105 against 89.99): a block they take
 * right after the container puts their element last in the parent, which then no longer leads to
 * the open block. A `===` tab after another is one of them.
 */
const CLAIMED_FIRST: ReadonlySet<string> = new Set(['admonition', 'details', 'tabbedSet', 'tabbedTab']);

/**
 * The blocks from `from` on go into the open block: once it takes the first, PyMdown's Blocks
 * parses every block left in that list into it (whatever starts there), up to one holding its
 * closing line, which ends it.
 */
function feed(open: BlockFence, parent: Parent, from: number, source: string): void {
  const siblings = parent.children;
  const first = siblings[from];
  if (!first || CLAIMED_FIRST.has(first.type)) return;
  const close = closingLine(open, source);
  let end = from;
  for (; end < siblings.length; end++) {
    // Only a paragraph's lines can be the closing line: a closed block or code among the blocks
    // fed holds `///` lines of its own, which are no closing line of this one.
    const written = siblings[end]?.type === 'paragraph' ? writtenText(siblings[end], source) : undefined;
    if (written === undefined || !close.test(written)) continue;
    open.children.push(...siblings.splice(from, end - from));
    // The closing line alone: it ends the block and leaves nothing.
    if (!written.trim().includes('\n')) siblings.splice(from, 1);
    return;
  }
  open.children.push(...siblings.splice(from, end - from));
}

/** The innermost unclosed block at the end of the node's chain of last children. */
function openBlockWithin(node: RootContent): BlockFence | undefined {
  let found: BlockFence | undefined;
  for (let current: RootContent | undefined = node; current && 'children' in current; current = current.children.at(-1)) {
    if (current.type === 'blockFence' && !current.closed) found = current;
  }
  return found;
}

/** A line of exactly the block's slashes (PyMdown's RE_END with the block's length). */
function closingLine(block: BlockFence, source: string): RegExp {
  const slashes = /^[ >]*(\/{3,})/.exec(source.slice(block.position?.start.offset ?? 0))?.[1]?.length ?? 3;
  return new RegExp(`^ {0,3}/{${slashes}} *$`, 'm');
}

/** A node's source text, undefined without a place. */
function writtenText(node: RootContent | undefined, source: string): string | undefined {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  return start === undefined || end === undefined ? undefined : source.slice(start, end);
}
