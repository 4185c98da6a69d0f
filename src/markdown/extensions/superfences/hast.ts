/** Tiny hast builders for the highlight markup. `element('span', {className: ['n']}, [text('x')])` -> `<span class="n">x</span>` */
import type { Element, ElementContent, Text } from 'hast';

/** A hast text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** A hast element. */
export function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
