/**
 * pymdownx.inlinehilite: `` `#!python import x` `` and `` `:::python import x` `` are highlighted
 * inline with pymdownx.highlight's settings; options `css_class`, `style_plain_text` (also
 * highlight code without a prefix, in the given language when a string) and `custom_inline`
 * (arithmatex's inline math formatters, e.g. `` `#!math x^2` ``).
 *
 * ```md
 * `#!python import x`  ->  <p><code class="highlight"><span class="kn">import</span><span class="w"> </span><span class="nn">x</span></code></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { createLexerLookup } from '../superfences/pygments/lexers/index.ts';
import { readInlineHiliteOptions } from './options.ts';
import { inlineHiliteHandler } from './to-hast.ts';
import { remarkInlineHilite } from './transform.ts';

export const inlinehilite: ExtensionFactory = (context) => ({
  remark: [remarkInlineHilite],
  handlers: { inlineHilite: inlineHiliteHandler(readInlineHiliteOptions(context.options, context.optionsOf('pymdownx.highlight')), createLexerLookup()) },
});
