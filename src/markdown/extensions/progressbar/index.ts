/**
 * pymdownx.progressbar: `[= 50% "Label"]` (or a fraction, `[= 3/4]`) becomes PyMdown's bar.
 * Options: `level_class` (default true: `progress-40plus`), `progress_increment` (20),
 * `add_classes` (space-separated). A following `{: .class}` is read by attr_list, which runs later.
 *
 * ```md
 * [= 50% "Half"]   ->  <p><div class="progress progress-40plus"><div class="progress-bar" style="width:50.00%">
 *                      <p class="progress-label">Half</p></div></div></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { progressBarHandler, remarkProgressBar, readProgressOptions } from './transform.ts';

export const progressbar: ExtensionFactory = (context) => ({
  remark: [[remarkProgressBar, readProgressOptions(context.options)]],
  handlers: { progressBar: progressBarHandler },
});
