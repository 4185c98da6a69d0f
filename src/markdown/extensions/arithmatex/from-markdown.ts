/** Arithmatex tokens -> `arithmatexInline` / `arithmatexDisplay` nodes holding the raw TeX. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

export function arithmatexFromMarkdown(): Extension {
  return {
    enter: {
      arithmatexInline(this: CompileContext, token: Token) {
        this.enter({ type: 'arithmatexInline', value: '' }, token);
      },
      arithmatexDisplay(this: CompileContext, token: Token) {
        this.enter({ type: 'arithmatexDisplay', value: '', raw: '' }, token);
      },
    },
    exit: {
      arithmatexInline: exit,
      arithmatexDisplay: exit,
    },
  };
}

function exit(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1];
  const raw = this.sliceSerialize(token);
  // `$` is one character, `$$`, `\(` and `\[` two.
  const size = raw.startsWith('$') && !raw.startsWith('$$') ? 1 : 2;
  if (node?.type === 'arithmatexInline' || node?.type === 'arithmatexDisplay') node.value = raw.slice(size, raw.length - size);
  if (node?.type === 'arithmatexDisplay') node.raw = raw;
  this.exit(token);
}
