/**
 * sane_lists: ordered and unordered lists do not mix, and an ordered list keeps its start number
 * (see remark-sane-lists.ts).
 *
 * ```md
 * 3. a        ->  <ol start="3"><li>a</li></ol>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkSaneLists } from './remark-sane-lists.ts';

export const saneLists: ExtensionFactory = () => ({ remark: [remarkSaneLists] });
