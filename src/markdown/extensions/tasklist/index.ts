/**
 * pymdownx.tasklist: `- [x] done` list items with checkboxes, in PyMdown's markup.
 *
 * ```md
 * - [x] done   ->   <ul class="task-list"><li class="task-list-item"><label class="task-list-control">
 *                   <input type="checkbox" disabled checked/><span class="task-list-indicator"></span></label> done</li></ul>
 * ```
 * GFM's task item tokenizer finds them: like PyMdown, only at the start of an item's first line,
 * followed by a space and text.
 */
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { ExtensionFactory } from '../../types.ts';
import { remarkTasklist } from './transform.ts';
import { taskCheckboxHandler } from './to-hast.ts';

export const tasklist: ExtensionFactory = (context) => ({
  pieces: true,
  micromark: [gfmTaskListItem()],
  fromMarkdown: [gfmTaskListItemFromMarkdown()],
  remark: [remarkTasklist],
  handlers: {
    taskCheckbox: taskCheckboxHandler({
      customCheckbox: context.options['custom_checkbox'] === true,
      clickableCheckbox: context.options['clickable_checkbox'] === true,
    }),
  },
});
