/**
 * sane_lists: ordered and unordered lists do not mix, and an ordered list keeps its start number
 * (see transform.ts).
 *
 * ```md
 * 3. a        ->  <ol start="3"><li>a</li></ol>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkSaneLists } from './transform.ts';

// nl2br runs before sane_lists' pass: the lazy lines it joins get their line breaks here.
export const saneLists: ExtensionFactory = (context) => ({ remark: [[remarkSaneLists, { lineBreaks: context.has('nl2br') }]] });
