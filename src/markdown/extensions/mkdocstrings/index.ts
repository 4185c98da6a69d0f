/**
 * mkdocstrings with its Python handler: each `::: identifier` block becomes the API reference
 * of that Python object, read from the source the site finds (transform.ts, render/), in
 * mkdocstrings-python's material markup; headings join the page's ToC with the objects' paths
 * as ids. The site enables it when the mkdocstrings plugin is listed (the plugin adds its
 * extension to every page) and passes the plugin's options as this extension's.
 *
 * ```md
 * ::: pkg.mod.Class   ->  <div class="doc doc-object doc-class"><h2 id="pkg.mod.Class" class="doc doc-heading">…</div>
 * ```
 */
import type { State } from 'mdast-util-to-hast';
import type { ExtensionFactory } from '../../types.ts';
import { createHighlighter } from './render/highlight.ts';
import { rehypeMkdocstringsRestore } from './restore.ts';
import type { MkdocstringsBlock } from './mdast.ts';
import { remarkMkdocstrings } from './transform.ts';

export const mkdocstrings: ExtensionFactory = (context) => ({
  remark: [[remarkMkdocstrings, { renderer: context.renderer, plugin: context.options, highlight: createHighlighter(context.optionsOf('pymdownx.highlight')) }]],
  handlers: { mkdocstringsBlock: (_state: State, node: MkdocstringsBlock) => node.hast },
  rehypeLast: [rehypeMkdocstringsRestore],
});
