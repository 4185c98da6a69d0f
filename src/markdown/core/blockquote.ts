/**
 * Python-Markdown continues the previous blockquote when a `>` block follows it, even after
 * blank lines: `> a\n\n> b` is one `<blockquote>` with two paragraphs (CommonMark: two quotes).
 */
import type { Blockquote, Parent } from 'mdast';

/** Merges each run of adjacent blockquotes among `parent`'s children into the first. */
export function mergeAdjacentBlockquotes(parent: Parent): void {
  let previous: Blockquote | undefined;
  let merged = false;
  const kept: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'blockquote' && previous) {
      previous.children.push(...child.children);
      if (previous.position && child.position) previous.position.end = child.position.end;
      merged = true;
      continue;
    }
    previous = child.type === 'blockquote' ? child : undefined;
    kept.push(child);
  }
  if (merged) parent.children = kept;
}
