/** Arithmatex tokens -> `arithmatexInline` / `arithmatexBlock` nodes holding the raw TeX. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { matchMathBlock } from './block-match.ts';
import type { BlockSyntaxName } from './options.ts';

/** Builds the nodes: `$a$` -> `{type: 'arithmatexInline', value: 'a'}`; a `$$\nx\n$$` block -> `{type: 'arithmatexBlock', value: '\nx\n'}`. */
export function arithmatexFromMarkdown(block: ReadonlySet<BlockSyntaxName>): Extension {
  return {
    enter: {
      arithmatexInline(this: CompileContext, token: Token) {
        this.enter({ type: 'arithmatexInline', value: '' }, token);
      },
      arithmatexBlock(this: CompileContext, token: Token) {
        this.enter({ type: 'arithmatexBlock', value: '' }, token);
      },
    },
    exit: {
      arithmatexInline(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        const raw = this.sliceSerialize(token);
        // `$` is one character, `\(` and `\)` two.
        const size = raw.startsWith('$') ? 1 : 2;
        if (node?.type === 'arithmatexInline') node.value = raw.slice(size, raw.length - size);
        this.exit(token);
      },
      arithmatexBlock(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        // The tokenizer only takes blocks that match, so this finds the same TeX.
        if (node?.type === 'arithmatexBlock') node.value = matchMathBlock(this.sliceSerialize(token), block) ?? '';
        this.exit(token);
      },
    },
  };
}
