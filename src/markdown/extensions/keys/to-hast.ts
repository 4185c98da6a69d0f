/**
 * `keys` -> PyMdown's markup:
 * `<span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-c">C</kbd></span>`
 * (`strict: true` makes the outer element a `kbd`).
 */
import type { Element, ElementContent } from 'hast';
import type { Handler, State } from 'mdast-util-to-hast';
import type { KeyMap } from './key-map.ts';
import type { Keys } from './mdast.ts';

export interface KeysOutput {
  readonly separator: string;
  readonly strict: boolean;
  readonly classes: readonly string[];
}

export function keysHandler(keyMap: KeyMap, output: KeysOutput): Handler {
  return (state: State, node: Keys): Element => {
    const children: ElementContent[] = [];
    for (const raw of node.keys) {
      const key = keyMap.resolve(raw);
      if (!key) continue;
      if (children.length > 0 && output.separator !== '') {
        children.push({ type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: output.separator }] });
      }
      const properties: Element['properties'] = key.canonical === undefined ? {} : { className: [`key-${key.canonical}`] };
      children.push({ type: 'element', tagName: 'kbd', properties, children: [{ type: 'text', value: key.name }] });
    }
    const properties: Element['properties'] = output.classes.length > 0 ? { className: [...output.classes] } : {};
    const element: Element = { type: 'element', tagName: output.strict ? 'kbd' : 'span', properties, children };
    state.patch(node, element);
    const result = state.applyData(node, element);
    return result.type === 'element' ? result : element;
  };
}
