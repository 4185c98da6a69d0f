/**
 * Python-Markdown's def_list markup: `<dl><dt>Term</dt><dd>Definition</dd></dl>`; a loose
 * definition keeps its `<p>`, a tight one has its first paragraph's text directly in `<dd>`.
 */
import type { Element, ElementContent } from 'hast';
import type { DefList, DefListDescription, DefListTerm } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import './mdast.ts';

export const defListHandlers: Handlers = {
  defList(state: State, node: DefList): Element {
    return patched(state, node, { type: 'element', tagName: 'dl', properties: {}, children: state.wrap(state.all(node), true) });
  },
  defListTerm(state: State, node: DefListTerm): Element {
    return patched(state, node, { type: 'element', tagName: 'dt', properties: {}, children: state.all(node) });
  },
  defListDescription(state: State, node: DefListDescription): Element {
    const children = state.all(node);
    const [first, ...rest] = children;
    const content: ElementContent[] =
      node.spread !== true && first?.type === 'element' && first.tagName === 'p' ? [...first.children, ...state.wrap(rest, rest.length > 0)] : state.wrap(children, true);
    return patched(state, node, { type: 'element', tagName: 'dd', properties: {}, children: content });
  },
};

function patched(state: State, node: DefList | DefListTerm | DefListDescription, element: Element): Element {
  state.patch(node, element);
  return state.applyData(node, element);
}
