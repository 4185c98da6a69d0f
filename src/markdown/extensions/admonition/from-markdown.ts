/**
 * Admonition tokens -> mdast (see mdast.ts for the node shapes).
 *
 * Without quotes the title is derived from the type (`!!! note` -> `Note`); an explicit
 * title replaces it, and an empty one (`!!! note ""`) leaves the admonition untitled.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { classList, defaultTitle } from './mdast.ts';

export function admonitionFromMarkdown(): Extension {
  return {
    enter: {
      admonition(this: CompileContext, token: Token) {
        this.enter({ type: 'admonition', classes: [], children: [] }, token);
      },
      admonitionTitleMarker(this: CompileContext) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'admonition') node.children = [];
      },
      admonitionTitle(this: CompileContext, token: Token) {
        this.enter({ type: 'admonitionTitle', children: [] }, token);
      },
    },
    exit: {
      admonitionClasses(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type !== 'admonition') return;
        node.classes = classList(this.sliceSerialize(token));
        node.children = [defaultTitle(node.classes)];
      },
      admonitionTitle(this: CompileContext, token: Token) {
        this.exit(token);
      },
      admonition(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
