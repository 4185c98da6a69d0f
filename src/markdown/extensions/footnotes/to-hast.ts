/**
 * Python-Markdown's footnote markup:
 *
 * ```html
 * <sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>
 * <div class="footnote"><hr /><ol><li id="fn:1"><p>Text&#160;<a class="footnote-backref"
 *   href="#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a></p></li></ol></div>
 * ```
 * The back links go into the note's last paragraph (a fence's placeholder paragraph too), or into a
 * new one when it ends otherwise. Ids hold the label as written, and Python's serializer leaves an
 * `&name;` in it alone, so the browser reads `[^a&amp;b]`'s id as `fn:a&b`: so do we.
 */
import type { Element } from 'hast';
import type { FootnoteCall, FootnoteItem, FootnoteList } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import { decodeAttributeReferences } from '../../core/entity-values.ts';
import type { FootnotesOptions } from './options.ts';

export function footnoteHandlers(options: FootnotesOptions): Handlers {
  const fnId = (label: string): string => decodeAttributeReferences(`fn${options.separator}${options.idPrefix}${label}`);
  return {
    footnoteCall(state: State, node: FootnoteCall): Element {
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['footnote-ref'], href: `#${fnId(node.label)}` },
        children: [{ type: 'text', value: options.superscriptText.replace('{}', String(node.number)) }],
      };
      const result: Element = { type: 'element', tagName: 'sup', properties: { id: decodeAttributeReferences(node.refId) }, children: [link] };
      state.patch(node, result);
      return result;
    },
    footnoteList(state: State, node: FootnoteList): Element {
      const hr: Element = { type: 'element', tagName: 'hr', properties: {}, children: [] };
      const ol: Element = { type: 'element', tagName: 'ol', properties: {}, children: state.wrap(state.all(node), true) };
      return { type: 'element', tagName: 'div', properties: { className: ['footnote'] }, children: state.wrap([hr, ol], true) };
    },
    footnoteItem(state: State, node: FootnoteItem): Element {
      const children = state.all(node);
      const backlinks = node.refIds.map((refId): Element => ({
        type: 'element',
        tagName: 'a',
        properties: { className: ['footnote-backref'], href: `#${decodeAttributeReferences(refId)}`, title: options.backlinkTitle.replace('{}', String(node.number)) },
        children: [{ type: 'text', value: options.backlinkText }],
      }));
      const last = children.at(-1);
      const lastNode = node.children.at(-1);
      if (last?.type === 'element' && last.tagName === 'p') {
        last.children.push({ type: 'text', value: '\u00a0' }, ...backlinks);
      } else if (last && lastNode?.type === 'superFence' && lastNode.indented !== true) {
        // PyMdown leaves a fence in the page as a placeholder paragraph, and footnotes adds its
        // back links to that paragraph: `<p><div class="highlight">...</div>&#160;<a ...></p>`.
        // (An indented code block is highlighted later, after the back links went into a new `<p>`.)
        children[children.length - 1] = { type: 'element', tagName: 'p', properties: {}, children: [last, { type: 'text', value: '\u00a0' }, ...backlinks] };
      } else {
        children.push({ type: 'element', tagName: 'p', properties: {}, children: backlinks });
      }
      const result: Element = { type: 'element', tagName: 'li', properties: { id: fnId(node.label) }, children: state.wrap(children, true) };
      state.patch(node, result);
      return result;
    },
  };
}
