/**
 * `blockElement` -> hast element, attributes through hastscript so `class`, `for` and `data-*`
 * become the properties later passes (toc, attr_list) read. Raw content is escaped text, or
 * raw HTML for `markdown: html` (and `script` / `style`), as PyMdown stashes it.
 *
 * `blockElement {tagName: 'div', attributes: [['class', 'admonition note']]}` -> `<div class="admonition note">...</div>`
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Handlers, State } from 'mdast-util-to-hast';
// Python-Markdown's block-level elements: one per line when they are children.
import { BLOCK_LEVEL } from '../../core/html-scan.ts';
import type { BlockElement } from './mdast.ts';

export const blockHandlers: Handlers = {
  blockElement(state: State, node: BlockElement): Element | ElementContent[] {
    if (node.tagName === '') return state.all(node);
    // Python-Markdown's serializer writes attributes in lexical order.
    const attributes = [...node.attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const element = h(node.tagName, Object.fromEntries(attributes));
    let children: ElementContent[];
    // Raw HTML goes out as is; in `script` and `style` a text node does too (no escaping in raw
    // text elements) and survives rehype-raw's re-parse, which would cut a raw node at `</span>`.
    const rawText = node.tagName === 'script' || node.tagName === 'style';
    if (node.raw) children = [node.raw.html && !rawText ? { type: 'raw', value: node.raw.value } : { type: 'text', value: node.raw.value }];
    else children = BLOCK_LEVEL.has(node.tagName) ? prettify(state.all(node)) : state.all(node);
    element.children = children;
    state.patch(node, element);
    return state.applyData(node, element);
  },
};

/**
 * Python-Markdown's PrettifyTreeprocessor inside a block-level element: a line break before a
 * block-level first child and after every block-level child, nothing around inline ones
 * (`<div class="tabbed-set"><input><input><div class="tabbed-labels">...</div>\n...`).
 */
function prettify(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const first = children[0];
  if (first?.type === 'element' && BLOCK_LEVEL.has(first.tagName)) out.push({ type: 'text', value: '\n' });
  children.forEach((child, index) => {
    out.push(child);
    const next = children[index + 1];
    const tailed = next?.type === 'text' && next.value.trim() !== '';
    if (child.type === 'element' && BLOCK_LEVEL.has(child.tagName) && !tailed) out.push({ type: 'text', value: '\n' });
  });
  return out;
}
