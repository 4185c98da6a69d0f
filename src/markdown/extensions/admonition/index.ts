/**
 * `admonition`: rST-style call-outs.
 *
 * ```markdown
 * !!! note
 *     Hi
 * ```
 * -> `<div class="admonition note"><p class="admonition-title">Note</p><p>Hi</p></div>`
 */
import type { ExtensionFactory } from '../../types.ts';
import { admonitionFromMarkdown } from './from-markdown.ts';
import { admonitionSyntax } from './syntax.ts';
import { admonitionHandlers } from './to-hast.ts';

export function admonition(): ExtensionFactory {
  return () => ({
    pieces: true,
    micromark: [admonitionSyntax()],
    fromMarkdown: [admonitionFromMarkdown()],
    handlers: admonitionHandlers,
  });
}
