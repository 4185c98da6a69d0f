/**
 * pymdownx.details mdast -> hast, PyMdown's markup:
 *
 * ```html
 * <details class="note" open="open">
 * <summary>Note</summary>
 * <p>Body</p>
 * </details>
 * ```
 */
import type { Element, Properties } from 'hast';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { Details, DetailsSummary } from './mdast.ts';

export const detailsHandlers: Handlers = {
  details(state: State, node: Details): Element {
    const properties: Properties = {};
    if (node.classes.length > 0) properties['className'] = [...node.classes];
    if (node.open) properties['open'] = true;
    const element: Element = { type: 'element', tagName: 'details', properties, children: state.wrap(state.all(node), true) };
    state.patch(node, element);
    return state.applyData(node, element);
  },
  detailsSummary(state: State, node: DetailsSummary): Element {
    const element: Element = { type: 'element', tagName: 'summary', properties: {}, children: state.all(node) };
    state.patch(node, element);
    return state.applyData(node, element);
  },
};
