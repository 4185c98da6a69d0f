/**
 * PyMdown's Blocks take the rest of a `<div markdown>` that holds a closed block, when that
 * `<div markdown>` is itself in a block's body:
 *
 * ```markdown
 * //// html | div              ->  <div>
 * <figure markdown>                <figure><figure><p>A</p><figcaption>C</figcaption></figure></figure>
 * A                                <p>B</p>
 *                                  </div>
 * /// caption
 * C
 * ///
 *
 * B
 * </figure>
 * ////
 * ```
 *
 * md_in_html parses the element's content as a list of blocks (MarkdownInHtmlProcessor:
 * `parseBlocks(element, text.split('\n\n'))`); a block opened there parses the blocks after its
 * header itself (BlocksProcessor.parse_blocks), and goes on while any block is open, not only its
 * own: once it closes, the outer one is still open, so the element's remaining blocks are parsed
 * into the outer block's target, after the element. Outside any block nothing is open, and the
 * element keeps its content. Only the list that held the block's header is taken: in a nested
 * `<div markdown>`, the inner element's rest moves out, and the outer element's own blocks after
 * it stay in the outer element.
 */
import type { RootContent } from 'mdast';

/** The body of a block parsed in block mode, with what its `<div markdown>` children give up moved after them. */
export function spillMarkdownElements(body: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  const queue = [...body];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    out.push(node);
    const rest: RootContent[] = [];
    if (node.type === 'mdInHtml') cutAfterClosedBlocks(node, rest);
    // The moved blocks are the outer block's own now: one of them may give up its rest too.
    queue.unshift(...rest);
  }
  return out;
}

/**
 * Cuts each element's children (in block mode, nested ones too) after its first closed block,
 * collecting what was cut in the order PyMdown parses it.
 */
function cutAfterClosedBlocks(node: RootContent, rest: RootContent[]): void {
  if (node.type !== 'mdInHtml' || node.markdown !== 'block') return;
  for (const [index, child] of node.children.entries()) {
    if (child.type === 'blockFence' && child.closed) {
      rest.push(...node.children.slice(index + 1));
      node.children = node.children.slice(0, index + 1);
      return;
    }
    cutAfterClosedBlocks(child, rest);
  }
}
