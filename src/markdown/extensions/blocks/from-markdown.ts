/**
 * Blocks tokens -> one generic `blockFence` mdast node per block (see mdast.ts); the block
 * types give it its meaning later (transform.ts), once options are validated.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/** `/// note | Hi` tokens -> `blockFence {name: 'note', argument: 'Hi', children: [blockFenceTitle, ...]}`. */
export function blockFenceFromMarkdown(): Extension {
  return {
    enter: {
      blockFence(this: CompileContext, token: Token) {
        this.enter({ type: 'blockFence', name: '', argument: undefined, options: [], bodyStart: undefined, bodyEnd: undefined, closed: false, children: [] }, token);
      },
      blockFenceArgument(this: CompileContext, token: Token) {
        this.enter({ type: 'blockFenceTitle', children: [] }, token);
      },
    },
    exit: {
      blockFenceName(this: CompileContext, token: Token) {
        const node = this.stack.at(-1);
        if (node?.type === 'blockFence') {
          node.name = this.sliceSerialize(token).toLowerCase();
          node.bodyStart = token.end.offset;
        }
      },
      blockFenceArgument(this: CompileContext, token: Token) {
        this.exit(token);
        const node = bodyAfter(this, token);
        if (node) node.argument = this.sliceSerialize(token);
      },
      blockFenceFiller(this: CompileContext, token: Token) {
        const node = bodyAfter(this, token);
        // `/// note |` has an (empty) argument: PyMdown then writes no default title.
        if (node && node.argument === undefined && this.sliceSerialize(token).includes('|')) node.argument = '';
      },
      blockFenceOption(this: CompileContext, token: Token) {
        const node = bodyAfter(this, token);
        node?.options.push(this.sliceSerialize(token));
      },
      blockFenceClose(this: CompileContext, token: Token) {
        // The closing line comes before the flow inside (a list, a paragraph) is closed, and an
        // inner block closed on an earlier line may still be on the stack: the innermost open one.
        const node = this.stack.findLast((entry) => entry.type === 'blockFence' && !entry.closed);
        if (node?.type !== 'blockFence') return;
        node.closed = true;
        node.bodyEnd = token.start.offset;
      },
      blockFence(this: CompileContext, token: Token) {
        const node = this.stack.at(-1);
        if (node?.type === 'blockFence' && node.bodyEnd === undefined) node.bodyEnd = token.end.offset;
        this.exit(token);
      },
    },
  };
}

/** The body starts on the line after the last header or option token. */
function bodyAfter(context: CompileContext, token: Token) {
  const node = context.stack.at(-1);
  if (node?.type !== 'blockFence') return undefined;
  node.bodyStart = token.end.offset;
  return node;
}
