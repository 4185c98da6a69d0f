/** `keys` tokens -> an mdast `keys` node holding the keys as written. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Keys } from './mdast.ts';

export function keysFromMarkdown(): Extension {
  return {
    enter: {
      keys(this: CompileContext, token: Token) {
        const node: Keys = { type: 'keys', keys: [] };
        this.enter(node, token);
      },
    },
    exit: {
      keysKey(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'keys') node.keys.push(this.sliceSerialize(token));
      },
      keys(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
