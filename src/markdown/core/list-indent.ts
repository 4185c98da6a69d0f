/**
 * How core's list construct reads indentation: Python-Markdown's `tab_length` (4) unless an
 * extension gives its list processors another one. mdx_truly_sane_lists sets it to its
 * `nested_indent` (2) for the list processors only, so indented code stays at 4 columns:
 *
 * ```
 * - a           <- with 2: `b` is a child of `a`, and a marker may start after 0 or 1 space
 *   - b
 *
 *       code    <- code in `a`: the item's 2 columns, then code's own 4
 * ```
 *
 * It also says whether lists stay apart across a blank line (its `truly_sane`): Python's
 * unordered list processor then never takes the previous list as its sibling, so after a blank
 * line only an ordered item goes on with an ordered list. The extension hands
 * both to the construct through micromark extension fields, so they belong to one parser (no
 * module state):
 *
 * ```ts
 * const extension: Extension = { pythonListIndent: { null: [2] }, pythonListsApart: { null: [true] } };
 * ```
 */
import type { TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface Extension {
    /** The indent of the list processors (the last one given wins). */
    pythonListIndent?: { null?: number[] | undefined } | undefined;
    /** After a blank line, an unordered list takes no more items and no list takes a bullet. */
    pythonListsApart?: { null?: boolean[] | undefined } | undefined;
  }
}

/** Python-Markdown's tab_length. */
export const DEFAULT_LIST_INDENT = 4;

/** The list indent of the parser this tokenizer runs in. */
export function listIndent(context: TokenizeContext): number {
  const given = context.parser.constructs.pythonListIndent?.null;
  return given?.[given.length - 1] ?? DEFAULT_LIST_INDENT;
}

/** True when lists stay apart across a blank line (see `pythonListsApart`). */
export function listsApart(context: TokenizeContext): boolean {
  return context.parser.constructs.pythonListsApart?.null?.includes(true) === true;
}
