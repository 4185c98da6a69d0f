/**
 * `md_in_html`: Markdown inside block-level HTML that carries a `markdown` attribute.
 *
 * ```markdown
 * <details class="x" markdown>
 * <summary>Hi</summary>
 *
 * - a
 * </details>
 * ```
 * -> `<details class="x"><summary>Hi</summary><ul><li>a</li></ul></details>`
 *
 * Core (src/markdown/core/html-flow.ts) already keeps such a block whole, as Python-Markdown does;
 * this extension only parses its content.
 */
import type { ExtensionFactory } from '../../types.ts';
import { mdInHtmlHandlers } from './to-hast.ts';
import { remarkMdInHtml } from './transform.ts';

export function mdInHtml(): ExtensionFactory {
  return () => ({
    pieces: true,
    remark: [remarkMdInHtml],
    handlers: mdInHtmlHandlers,
  });
}
