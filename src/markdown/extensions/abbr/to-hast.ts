/** `abbr` -> `<abbr title="Hyper Text Markup Language">HTML</abbr>`. */
import type { Element } from 'hast';
import type { State } from 'mdast-util-to-hast';
import type { Abbr } from './mdast.ts';

export function abbrToHast(state: State, node: Abbr): Element {
  const element: Element = { type: 'element', tagName: 'abbr', properties: { title: node.title }, children: [{ type: 'text', value: node.value }] };
  state.patch(node, element);
  const result = state.applyData(node, element);
  return result.type === 'element' ? result : element;
}
