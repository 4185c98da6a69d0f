/**
 * Admonition mdast -> hast, exactly Python-Markdown's markup:
 *
 * ```html
 * <div class="admonition note">
 * <p class="admonition-title">Note</p>
 * <p>Body</p>
 * </div>
 * ```
 */
import type { Element } from 'hast';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { Admonition, AdmonitionTitle } from './mdast.ts';

export const admonitionHandlers: Handlers = {
  admonition(state: State, node: Admonition): Element {
    const element: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['admonition', ...node.classes] },
      children: state.wrap(state.all(node), true),
    };
    state.patch(node, element);
    return state.applyData(node, element);
  },
  admonitionTitle(state: State, node: AdmonitionTitle): Element {
    const element: Element = { type: 'element', tagName: 'p', properties: { className: ['admonition-title'] }, children: state.all(node) };
    state.patch(node, element);
    return state.applyData(node, element);
  },
};
