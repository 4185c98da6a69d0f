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
import type { BlockElement } from './mdast.ts';

/** Tags whose content is inline: their children are not put on lines of their own. */
const INLINE_CONTENT = new Set(['p', 'summary', 'label', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'em', 'strong', 'code', 'legend', 'address']);

/** Python-Markdown's block-level elements: one per line when they are children. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'canvas', 'colgroup', 'dd',
  'body', 'dt', 'group', 'html', 'iframe', 'li', 'legend', 'math', 'map', 'noscript', 'output', 'object', 'option', 'progress', 'script',
  'style', 'summary', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'video', 'center',
]);

export const blockHandlers: Handlers = {
  blockElement(state: State, node: BlockElement): Element {
    const element = h(node.tagName, Object.fromEntries(node.attributes));
    let children: ElementContent[];
    // Raw HTML goes out as is; in `script` and `style` a text node does too (no escaping in raw
    // text elements) and survives rehype-raw's re-parse, which would cut a raw node at `</span>`.
    const rawText = node.tagName === 'script' || node.tagName === 'style';
    if (node.raw) children = [node.raw.html && !rawText ? { type: 'raw', value: node.raw.value } : { type: 'text', value: node.raw.value }];
    else {
      const all = state.all(node);
      const blockish = all.some((child) => child.type === 'element' && BLOCK_LEVEL.has(child.tagName));
      children = node.inline !== true && (blockish || !INLINE_CONTENT.has(node.tagName)) ? state.wrap(all, true) : all;
    }
    element.children = children;
    state.patch(node, element);
    return state.applyData(node, element);
  },
};
