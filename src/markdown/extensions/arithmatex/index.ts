/**
 * pymdownx.arithmatex (`generic: true`): TeX kept for a client-side renderer.
 *
 * ```md
 * $E = mc^2$   ->  <span class="arithmatex">\(E = mc^2\)</span>
 * ```
 * Options: `tex_inline_wrap`, `tex_block_wrap`, `inline_tag`, `block_tag`. Without `generic`,
 * PyMdown writes MathJax 2 `<script type="math/tex">` tags; we write the generic markup and say so.
 */
import type { Root } from 'mdast';
import { EXIT, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { arithmatexFromMarkdown } from './from-markdown.ts';
import { arithmatexSyntax } from './syntax.ts';
import { mathHandler } from './to-hast.ts';
import { remarkArithmatex } from './transform.ts';


export const arithmatex: ExtensionFactory = (context) => {
  const { options } = context;
  const [inlineOpen, inlineClose] = pair(options['tex_inline_wrap'], ['\\(', '\\)']);
  const [blockOpen, blockClose] = pair(options['tex_block_wrap'], ['\\[', '\\]']);
  const inlineTag = typeof options['inline_tag'] === 'string' ? options['inline_tag'] : 'span';
  const blockTag = typeof options['block_tag'] === 'string' ? options['block_tag'] : 'div';
  return {
    micromark: [arithmatexSyntax()],
    fromMarkdown: [arithmatexFromMarkdown()],
    remark: [remarkArithmatex, ...(options['generic'] === true ? [] : [warnNotGeneric])],
    handlers: {
      arithmatexInline: mathHandler({ tagName: inlineTag, open: inlineOpen, close: inlineClose }),
      arithmatexBlock: mathHandler({ tagName: blockTag, open: blockOpen, close: blockClose }),
    },
  };
};

function pair(value: unknown, fallback: readonly [string, string]): readonly [string, string] {
  if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') return [value[0], value[1]];
  return fallback;
}

/** Once per page that has math: the MathJax 2 script output is not implemented. */
function warnNotGeneric() {
  return (tree: Root, file: VFile): undefined => {
    let math = false;
    visit(tree, (node) => {
      if (node.type === 'arithmatexInline' || node.type === 'arithmatexBlock') math = true;
      return math ? EXIT : undefined;
    });
    if (math) file.message('pymdownx.arithmatex without `generic: true` is rendered in the generic format (MathJax 2 script tags are not implemented)', { ruleId: 'arithmatex-generic', source: 'pymdownx.arithmatex' });
  };
}
