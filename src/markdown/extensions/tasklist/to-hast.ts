/**
 * The checkbox markup of PyMdown's tasklist. With `custom_checkbox` (Material's styled boxes):
 *
 * ```html
 * <label class="task-list-control"><input type="checkbox" disabled checked/><span class="task-list-indicator"></span></label>
 * ```
 * without it, the bare `<input type="checkbox" disabled checked/>`.
 */
import type { Element } from 'hast';
import type { TaskCheckbox } from 'mdast';
import type { State } from 'mdast-util-to-hast';

export interface TasklistOptions {
  readonly customCheckbox: boolean;
  readonly clickableCheckbox: boolean;
}

export function taskCheckboxHandler(options: TasklistOptions) {
  return (state: State, node: TaskCheckbox): Element => {
    const input: Element = {
      type: 'element',
      tagName: 'input',
      properties: { type: 'checkbox', disabled: !options.clickableCheckbox, checked: node.checked },
      children: [],
    };
    const result: Element = options.customCheckbox
      ? {
          type: 'element',
          tagName: 'label',
          properties: { className: ['task-list-control'] },
          children: [input, { type: 'element', tagName: 'span', properties: { className: ['task-list-indicator'] }, children: [] }],
        }
      : input;
    state.patch(node, result);
    return result;
  };
}
