/**
 * `pymdownx.details`: collapsible blocks.
 *
 * ```markdown
 * ???+ note "Open me"
 *     Hi
 * ```
 * -> `<details class="note" open="open"><summary>Open me</summary><p>Hi</p></details>`
 */
import type { ExtensionFactory } from '../../types.ts';
import { detailsFromMarkdown } from './from-markdown.ts';
import { detailsSyntax } from './syntax.ts';
import { detailsHandlers } from './to-hast.ts';

export function details(): ExtensionFactory {
  return () => ({
    pieces: true,
    micromark: [detailsSyntax()],
    fromMarkdown: [detailsFromMarkdown()],
    handlers: detailsHandlers,
  });
}
