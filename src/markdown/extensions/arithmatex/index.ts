/**
 * pymdownx.arithmatex: TeX kept as written for a client-side math renderer.
 *
 * ```md
 * $E = mc^2$   ->  <span class="arithmatex">\(E = mc^2\)</span>             (generic: true)
 * $E = mc^2$   ->  <span class="arithmatex"><span class="MathJax_Preview">E = mc^2</span><script type="math/tex">E = mc^2</script></span>
 * ```
 * Options: `generic`, `preview`, `smart_dollar`, `inline_syntax`, `block_syntax`,
 * `tex_inline_wrap`, `tex_block_wrap`, `inline_tag`, `block_tag`.
 */
import type { ExtensionFactory } from '../../types.ts';
import { arithmatexFromMarkdown } from './from-markdown.ts';
import { arithmatexOptions } from './options.ts';
import { arithmatexBlockSyntax } from './syntax-block.ts';
import { arithmatexInlineSyntax } from './syntax-inline.ts';
import { blockMathHandler, inlineMathHandler, inlineMathText } from './to-hast.ts';

export const arithmatex: ExtensionFactory = (context) => {
  const options = arithmatexOptions(context.options);
  return {
    pieces: true,
    micromark: [arithmatexBlockSyntax(options.block, context.has('pymdownx.saneheaders')), arithmatexInlineSyntax(options.inline)],
    fromMarkdown: [arithmatexFromMarkdown(options.block, (tex) => inlineMathText(options, tex))],
    handlers: {
      arithmatexInline: inlineMathHandler(options),
      arithmatexBlock: blockMathHandler(options),
    },
  };
};
