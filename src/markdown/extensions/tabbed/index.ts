/**
 * `pymdownx.tabbed`: content tabs (`alternate_style: true` is Material's recommended markup).
 *
 * ```markdown
 * === "A"
 *     a
 * === "B"
 *     b
 * ```
 * -> `<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked ...>...</div>`
 */
import type { ExtensionFactory } from '../../types.ts';
import { tabbedFromMarkdown } from './from-markdown.ts';
import { remarkTabbedNumbers } from './number.ts';
import { tabbedSyntax } from './syntax.ts';
import { tabbedHandlers } from './to-hast.ts';

export function tabbed(): ExtensionFactory {
  return (context) => ({
    micromark: [tabbedSyntax()],
    fromMarkdown: [tabbedFromMarkdown()],
    remark: [remarkTabbedNumbers],
    handlers: tabbedHandlers(context.options['alternate_style'] === true),
  });
}
