/**
 * legacy_attrs: Python-Markdown 2's `{@id=x}` attributes in text (see rehype.ts).
 *
 * ```md
 * Text {@id=intro}   ->  <p id="intro">Text </p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { rehypeLegacyAttrs } from './rehype.ts';

export const legacyAttrs: ExtensionFactory = () => ({ rehype: [rehypeLegacyAttrs] });
