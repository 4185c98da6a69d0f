/**
 * pymdownx.smartsymbols: `(c)` -> `&copy;`, `-->` -> `&rarr;`, `1/2` -> `&frac12;`, `2nd` ->
 * `2<sup>nd</sup>`, each symbol switchable by its option (all on by default).
 *
 * ```md
 * Acme(tm) 1/2 off --> 2nd floor   ->  <p>Acme&trade; &frac12; off &rarr; 2<sup>nd</sup> floor</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkSmartSymbols } from './transform.ts';

export const smartsymbols: ExtensionFactory = (context) => ({ remark: [[remarkSmartSymbols, context.options]] });
