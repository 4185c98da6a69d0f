/**
 * pymdownx.superfences: fenced code anywhere (lists, admonitions, tabs), custom fences and
 * pymdownx.highlight's block markup (titles, `linenums`, `hl_lines`).
 *
 * ```md
 * ```python title="a.py"      ->   <div class="highlight"><span class="filename">a.py</span>
 * x = 1                            <pre><span></span><code>x = 1
 * ```                              </code></pre></div>
 * ```
 * We deliberately differ in one way: no Pygments token spans (`<span class="k">`) inside the
 * code, so highlighted languages match Python's output by text only (compare with --loose-code).
 */
import type { ExtensionFactory } from '../../types.ts';
import { highlightOptions } from './highlight-options.ts';
import { customFences } from './options.ts';
import { remarkSuperfences } from './remark-superfences.ts';
import { superFenceHandler } from './to-hast.ts';

export const superfences: ExtensionFactory = (context) => ({
  remark: [[remarkSuperfences, customFences(context.options)]],
  // pymdownx.highlight only configures superfences' blocks; it has no syntax of its own here.
  handlers: { superFence: superFenceHandler(highlightOptions(context.optionsOf('pymdownx.highlight'))) },
});
