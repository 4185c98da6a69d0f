/** Arithmatex tokens -> `arithmatexInline` / `arithmatexBlock` nodes holding the raw TeX. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Point } from 'unist';
import { matchMathBlock } from './block-match.ts';
import type { BlockSyntaxName } from './options.ts';

/**
 * Builds the nodes: `$a$` -> `{type: 'arithmatexInline', value: 'a'}`; a `$$\nx\n$$` block -> `{type: 'arithmatexBlock', value: '\nx\n'}`.
 * Math in a string (a link's URL or title) is text: what `inlineText` says the math element
 * shows, as Python-Markdown's link pattern reads its stashed element's text
 * (`[a](x/\(1\))` -> `href="x/\(1\)"` in generic mode); elsewhere (a fence's info) as written.
 */
export function arithmatexFromMarkdown(block: ReadonlySet<BlockSyntaxName>, inlineText: (tex: string) => string): Extension {
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
        if (node?.type === 'arithmatexInline') {
          node.value = raw.slice(size, raw.length - size);
          // In an image's alt text, the element's text (core/entity-values.ts).
          node.data = { ...node.data, pythonText: inlineText(node.value) };
        }
        this.exit(token);
      },
      arithmatexString(this: CompileContext, token: Token) {
        const buffer = this.stack[this.stack.length - 1];
        const raw = this.sliceSerialize(token);
        const size = raw.startsWith('$') ? 1 : 2;
        const owner = this.stack[this.stack.length - 2]?.type;
        const value = owner === 'link' || owner === 'image' ? inlineText(raw.slice(size, raw.length - size)) : raw;
        // With a place: text that follows is appended to it (mdast-util-from-markdown's `onenterdata`).
        const position = { start: place(token.start), end: place(token.end) };
        if (buffer?.type === 'fragment') buffer.children.push({ type: 'text', value, position });
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

function place(point: Token['start']): Point {
  return { line: point.line, column: point.column, offset: point.offset };
}
