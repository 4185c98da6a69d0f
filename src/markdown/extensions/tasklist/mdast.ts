/** tasklist's mdast node: the checkbox at the start of a task list item. */

declare module 'mdast' {
  /** `[x] ` / `[ ] ` at the start of a task list item. */
  interface TaskCheckbox extends Node {
    type: 'taskCheckbox';
    checked: boolean;
  }
  interface PhrasingContentMap {
    taskCheckbox: TaskCheckbox;
  }
  interface RootContentMap {
    taskCheckbox: TaskCheckbox;
  }
}

export {};
