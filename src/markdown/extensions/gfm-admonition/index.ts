/**
 * markdown_gfm_admonition (GitHub alerts as admonitions; see transform.ts):
 *
 * ```md
 * > [!TIP]        ->  <div class="admonition tip"><p class="admonition-title">Tip</p><p>Body</p></div>
 * > Body
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkGfmAdmonition } from './transform.ts';

export const gfmAdmonition: ExtensionFactory = () => ({ remark: [remarkGfmAdmonition] });
