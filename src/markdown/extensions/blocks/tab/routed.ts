/**
 * `===` tabs below a `/// tab` left open in an admonition, details, `===` tab or list item join
 * the `/// tab` set. Python-Markdown hands such a container its blocks one at a time (each block
 * between blank lines comes back through the page's processors, which dedent it into the
 * container), and inside the container pymdownx.tabbed (priority 105) looks before PyMdown's Blocks
 * (89.99): a block that starts with `===` becomes a tab of the container's last element, the open
 * `/// tab` set. The blocks after it still go to the open tab's first body (PyMdown keeps the body
 * it found first).
 *
 * ```
 * !!! note                 <div class="admonition note">
 *                            <div class="tabbed-set" data-tabs="1:2">
 *     /// tab | One            One: (empty)
 *                              Two: <p>x</p>
 *     === "Two"
 *         x
 *
 *     ///
 * ```
 * At the page's level, or inside another open block, nothing is handed back that way: PyMdown's
 * Blocks parses every later block straight into the open one, so a `===` block there nests.
 */
import type { Parent, RootContent } from 'mdast';
import type { BlockFence } from '../mdast.ts';
import type { TabbedSet } from '../../tabbed/mdast.ts';
import { continuesSet } from './joined.ts';

/** The containers whose processors run before Blocks and dedent each later block into them. */
const ROUTING: ReadonlySet<string> = new Set(['admonition', 'details', 'tabbedTab', 'listItem']);

/** The processors that take a block in the container before Blocks' hungry one, ending the routing. */
const CLAIMED: ReadonlySet<string> = new Set(['admonition', 'details', 'tabbedSet']);

/** Moves the `===` sets that join an open `/// tab` set out of its body, right after the block. */
export function hoistRoutedTabs(parent: Parent, source: string, insideBlock = false): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (!child) break;
    if (child.type === 'blockFence' && child.name === 'tab') {
      const hoisted = joiningSets(child, source, !insideBlock && ROUTING.has(parent.type));
      parent.children.splice(index + 1, 0, ...hoisted);
    }
    if ('children' in child) hoistRoutedTabs(child, source, insideBlock || child.type === 'blockFence');
  }
}

/**
 * The `===` sets that join the block's set: one in the header's own block (tabbed finds its `===`
 * line there first and parses the header line before it on its own), and, when `routed`, every
 * later one up to a `!!!` block or a `===!` set, which the container makes after the set. The body
 * that follows a joined set goes to the last tab at that point when the first tab had none yet
 * (PyMdown's tab takes the set's last body the first time it is given content, and keeps it).
 */
function joiningSets(block: BlockFence, source: string, routed: boolean): RootContent[] {
  const sets: TabbedSet[] = [];
  const kept: RootContent[] = [];
  let target: RootContent[] | undefined;
  let routing = true;
  let first = true;
  for (const child of block.children) {
    if (child.type === 'blockFenceTitle') {
      kept.push(child);
      continue;
    }
    const ownBlock = startsBlock(child, source);
    const joins = continuesSet(child) && (routed ? routing : first && !ownBlock);
    first = false;
    if (joins) {
      sets.push(child);
      continue;
    }
    if (ownBlock && CLAIMED.has(child.type)) routing = false;
    target ??= sets.at(-1)?.children.at(-1)?.children ?? kept;
    target.push(child);
  }
  block.children = kept;
  return sets;
}
/** Whether the line above the node is blank, quote markers aside (Python-Markdown's blocks split at blank lines only). */
function startsBlock(node: RootContent, source: string): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  const lineStart = source.lastIndexOf('\n', start - 1);
  if (lineStart <= 0) return false;
  const previousStart = source.lastIndexOf('\n', lineStart - 1) + 1;
  return /^[\s>]*$/.test(source.slice(previousStart, lineStart));
}
