/**
 * Nodes whose Python-Markdown block processor consumes their lines without adding an element to
 * the parent: ReferenceProcessor (`[id]: url`), FootnoteBlockProcessor (`[^1]: text`) and
 * AbbrBlockprocessor (`*[HTML]: ...`). A processor that looks at the parent's last element sees
 * through them: pymdownx.tabbed and blocks' tab add a tab to the set written before such a
 * definition (`=== "A"` ... `[^1]: note` ... `=== "B"` is one set of two tabs).
 */
const UNWRITTEN: ReadonlySet<string> = new Set(['definition', 'footnoteDefinition', 'abbrDefinition']);

/** True for a node that leaves no element where it stands (see above). */
export function isUnwritten(node: { readonly type: string }): boolean {
  return UNWRITTEN.has(node.type);
}

/** The index of the last of `siblings` before `end` that leaves an element (-1: none), as the parent's `[-1]` reads in Python. */
export function lastWrittenIndex(siblings: readonly { readonly type: string }[], end = siblings.length): number {
  let index = end - 1;
  while (index >= 0 && isUnwritten(siblings[index] ?? { type: '' })) index--;
  return index;
}

/** The last of `siblings` that leaves an element. */
export function lastWritten<T extends { readonly type: string }>(siblings: readonly T[]): T | undefined {
  return siblings[lastWrittenIndex(siblings)];
}
