/**
 * Arithmatex's generic output, for MathJax 3 / KaTeX auto-render on the client:
 * `$x$` -> `<span class="arithmatex">\(x\)</span>`, `$$x$$` -> `<div class="arithmatex">\[x\]</div>`.
 */
import type { Element } from 'hast';
import type { Handler, State } from 'mdast-util-to-hast';
import type { ArithmatexBlock, ArithmatexInline } from './types.ts';

export interface MathOutput {
  readonly tagName: string;
  readonly open: string;
  readonly close: string;
}

export function mathHandler(output: MathOutput): Handler {
  return (state: State, node: ArithmatexInline | ArithmatexBlock): Element => {
    const element: Element = {
      type: 'element',
      tagName: output.tagName,
      properties: { className: ['arithmatex'] },
      children: [{ type: 'text', value: `${output.open}${node.value}${output.close}` }],
    };
    state.patch(node, element);
    const result = state.applyData(node, element);
    return result.type === 'element' ? result : element;
  };
}
