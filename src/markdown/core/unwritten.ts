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

/** The last of `siblings` that leaves an element, as the parent's `[-1]` reads in Python. */
export function lastWritten<T extends { readonly type: string }>(siblings: readonly T[]): T | undefined {
  for (let index = siblings.length - 1; index >= 0; index--) {
    const sibling = siblings[index];
    if (sibling && !isUnwritten(sibling)) return sibling;
  }
  return undefined;
}
