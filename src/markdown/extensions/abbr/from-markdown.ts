/** `abbrDefinition` tokens -> mdast `abbrDefinition` nodes (removed again by the transform). */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { AbbrDefinition } from './mdast.ts';

export function abbrFromMarkdown(): Extension {
  return {
    enter: {
      abbrDefinition(this: CompileContext, token: Token) {
        const node: AbbrDefinition = { type: 'abbrDefinition', term: '', title: '' };
        this.enter(node, token);
      },
    },
    exit: {
      abbrDefinitionTerm(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'abbrDefinition') node.term = this.sliceSerialize(token);
      },
      abbrDefinitionTitle(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'abbrDefinition') node.title = this.sliceSerialize(token);
      },
      abbrDefinition(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
