/**
 * mdInHtml -> hast: the element as written, without its `markdown` attribute.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { MdInHtml } from './mdast.ts';

export const mdInHtmlHandlers: Handlers = {
  mdInHtml(state: State, node: MdInHtml): Element {
    const element = h(node.tagName, Object.fromEntries(node.attributes));
    const children = state.all(node);
    element.children = node.markdown === 'block' ? state.wrap(children, true) : children;
    state.patch(node, element);
    return state.applyData(node, element);
  },
};
