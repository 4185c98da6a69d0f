/**
 * nl2br: newlines in paragraph text become line breaks (see transform.ts).
 *
 * ```md
 * a\nb   ->  <p>a<br />\nb</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkNl2br } from './transform.ts';

export const nl2br: ExtensionFactory = () => ({ remark: [remarkNl2br] });
