/**
 * Keyboard rules of the search UI, pure (no DOM) so they are unit-tested: which keys open the
 * dialog, and how the arrow keys move between the input and the result links.
 */

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** The key went to a text field, select or contenteditable: the user is typing there. */
  readonly typing: boolean;
}

/**
 * `/`, `s` and Ctrl/Cmd-K open search, like Material (`/`, `s`) and most doc sites (Ctrl-K),
 * but never while the user types in a field, where those keys are text.
 *
 * @example opensSearch({ key: 'k', ctrlKey: true, metaKey: false, altKey: false, typing: false }) // true
 */
export function opensSearch(press: KeyPress): boolean {
  if (press.typing || press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' || press.key === 's';
}

/**
 * The next focus position after an arrow key: -1 is the input, 0..count-1 the result links.
 * Down from the last link and Up from the input stay put, so focus never leaves the dialog.
 *
 * @example moveFocus(-1, 5, 'ArrowDown') // 0
 */
export function moveFocus(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown': return Math.min(current + 1, count - 1);
    case 'ArrowUp': return Math.max(current - 1, -1);
    case 'Home': return current === -1 ? -1 : 0;
    case 'End': return current === -1 ? -1 : count - 1;
    default: return current;
  }
}

/** A key that types a character: on a result link it sends focus back to the input. */
export function typesText(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey;
}
