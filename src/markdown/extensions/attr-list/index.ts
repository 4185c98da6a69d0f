/**
 * attr_list: `{ .class #id key="value" }` after inline elements, at the end of headings, table
 * cells and terms, and on the last line of paragraphs and list items.
 *
 * ```md
 * [Donate](donate.md){ .md-button }   ->  <a class="md-button" href="donate.md">Donate</a>
 * ## Title { #custom }                ->  <h2 id="custom">Title</h2>
 * ```
 * Attributes land in `data.hProperties`, so every handler that calls `state.applyData` honours
 * them; toc must keep an `id` found there.
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkAttrList } from './transform.ts';

export const attrList: ExtensionFactory = () => ({ remark: [remarkAttrList], pieces: true });
