/**
 * mkdocstrings' Markdown side, without its Python handlers: each `::: identifier` block becomes
 * a note naming what it would document (see transform.ts). The site enables it when the
 * mkdocstrings plugin is listed, as the plugin adds its extension to the page's Markdown.
 *
 * ```md
 * ::: pkg.mod.Class   ->  <div class="admonition info mkdocstrings-skipped">...<code>pkg.mod.Class</code>...</div>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkMkdocstrings } from './transform.ts';

export const mkdocstrings: ExtensionFactory = () => ({ remark: [remarkMkdocstrings] });
