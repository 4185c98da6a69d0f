/**
 * A glossary appended to every page (pymdownx.snippets `auto_append`, as Material's docs
 * recommend for abbreviations) is the same run of `*[TERM]: title` lines at the end of every
 * page; parsing it took a quarter of the Privacy Guides corpus' render time. Such a tail is cut
 * off (core/chunked-parse.ts joins the pieces) and parsed once per renderer, its tree copied
 * for each page.
 *
 * The cut is the same as parsing the page whole when nothing of the page reaches into the tail:
 * - the tail starts after a blank line with a `*[` line, and every line of it is blank or starts
 *   with `*[` at column 1: no indented line (that would continue a list item, admonition, tab or
 *   footnote), no list marker, quote or `:` definition (those join an earlier list or quote in
 *   Python-Markdown even across blank lines), and no `<` anywhere in it (a raw HTML block of the
 *   page could end inside it);
 * - the page's own last block ends before the blank line (parseInPieces checks): a fence, raw
 *   HTML block, comment or `///` block still open at the page's end runs into the tail, and the
 *   page is then parsed whole.
 * Abbreviations apply page-wide wherever their definitions stand (extensions/abbr), so where the
 * tail's definition nodes came from makes no difference to them.
 */
import type { Root } from 'mdast';

/** Shorter runs are parsed with the page: copying a tree costs about as much as parsing a few lines. */
const MIN_TAIL_LINES = 8;

/** Distinct glossaries kept per renderer (a site has one or a few: one per language). */
const MAX_TAILS = 8;

/**
 * Offset where the page's trailing run of abbreviation definitions starts, or undefined when
 * there is none worth cutting.
 *
 * ```ts
 * glossaryTailStart('Text\n\n*[A]: a\n*[B]: b\n', 2) // 6
 * ```
 */
export function glossaryTailStart(document: string, minLines = MIN_TAIL_LINES): number | undefined {
  let start: number | undefined;
  let definitions = 0;
  // The topmost `*[` line read so far, and how many `*[` lines there are from it down.
  let pending: number | undefined;
  let seen = 0;
  // Lines from the last one up: the run ends at the first line that is neither blank nor `*[`.
  for (let end = document.length; end > 0;) {
    const lineStart = document.lastIndexOf('\n', end - 1) + 1;
    const line = document.slice(lineStart, end);
    end = lineStart - 1;
    if (line.trim() === '') {
      // The `*[` line below a blank line can start the tail.
      if (pending !== undefined) [start, definitions] = [pending, seen];
      pending = undefined;
      continue;
    }
    if (!line.startsWith('*[') || line.includes('<')) break;
    pending = lineStart;
    seen++;
  }
  return start !== undefined && definitions >= minLines ? start : undefined;
}

/**
 * Parses `text` through `parse`, or copies the tree parsed for the same text before. The tree is
 * copied both ways: the caller moves its positions into the page.
 */
export function memoizedTailParse(memo: Map<string, Root>, text: string, parse: (text: string) => Root | undefined): Root | undefined {
  const known = memo.get(text);
  if (known) return copyTree(known);
  const tree = parse(text);
  if (!tree) return undefined;
  if (memo.size >= MAX_TAILS) memo.clear();
  memo.set(text, copyTree(tree));
  return tree;
}

/** A deep copy of a tree of plain objects, arrays and primitives (several times faster than structuredClone on small nodes). */
function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyTree(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyTree(item);
  return copy as T;
}
