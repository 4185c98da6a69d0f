/**
 * The mdast and HAST layers shared by PyMdown's simple inline wrappers (`mark`, `insert`,
 * `superscript`, `subscript`): a token of type T becomes an mdast node of type T, which
 * becomes one element.
 */
import type { Element } from 'hast';
import type { Delete, Parent, PhrasingContent } from 'mdast';
import type { Handler, State } from 'mdast-util-to-hast';

export interface Mark extends Parent {
  type: 'mark';
  children: PhrasingContent[];
}
export interface Insert extends Parent {
  type: 'insert';
  children: PhrasingContent[];
}
export interface Superscript extends Parent {
  type: 'superscript';
  children: PhrasingContent[];
}
export interface Subscript extends Parent {
  type: 'subscript';
  children: PhrasingContent[];
}

export type WrapperNode = Mark | Insert | Superscript | Subscript | Delete;

declare module 'mdast' {
  interface PhrasingContentMap {
    mark: Mark;
    insert: Insert;
    superscript: Superscript;
    subscript: Subscript;
  }
  interface RootContentMap {
    mark: Mark;
    insert: Insert;
    superscript: Superscript;
    subscript: Subscript;
  }
}

/** to-hast: one element named `tagName` around the node's children. */
export function wrapperHandler(tagName: string, className?: readonly string[]): Handler {
  return (state: State, node: WrapperNode): Element => {
    const element: Element = { type: 'element', tagName, properties: className ? { className: [...className] } : {}, children: state.all(node) };
    state.patch(node, element);
    const result = state.applyData(node, element);
    return result.type === 'element' ? result : element;
  };
}
