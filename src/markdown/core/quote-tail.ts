/**
 * A quote whose block ends with one bare `>` line. Python-Markdown's BlockQuoteProcessor turns
 * that line into an empty one and splits what is left at blank lines only, so the quote's last
 * block keeps a trailing newline, which its processor then reads as one more line:
 *
 * ```
 * > a··          <p>a<br />\n</p>       (`  \n` is a hard break)
 * >
 *
 * > | a | b |    one more, empty row
 * > | - | - |
 * > | c | d |
 * >
 *
 * > ```py        <p><div class="highlight">...</div>\n</p>   (superfences: not alone in its block)
 * > x
 * > ```
 * >
 * ```
 * Two bare lines leave a blank line (no trailing newline), three one more, and so on; the last
 * block is the quote's last leaf, through nested quotes and lists (not definitions: DefListProcessor
 * drops the newline) (`> > a··\n>`, `- > a··\n  >`).
 */
import type { Blockquote, Parent, Root, RootContent, Table } from 'mdast';
import type { Node } from 'unist';
import { walkMdast } from './walk.ts';

declare module 'mdast' {
  interface Data {
    /** The last block of a quote that ends with one bare `>` line (core/quote-tail.ts). */
    pythonQuoteTail?: boolean | undefined;
  }
}

/** Containers whose last block is the quote's last block too. */
const THROUGH = new Set(['blockquote', 'list', 'listItem']);

const BARE = /^[ \t>]*>[ \t]*$/;

/**
 * The quotes' last blocks in `tree`, each once (a nested quote may end on the same bare line).
 * Read before adjacent quotes are merged: each `>` block has its own last line.
 */
export function findQuoteTails(tree: Root, source: string): RootContent[] {
  if (!source.includes('>')) return [];
  let lines: readonly string[] | undefined;
  const tails = new Set<RootContent>();
  walkMdast(tree, (node) => {
    if (node.type !== 'blockquote') return;
    lines ??= source.split('\n');
    const leaf = quoteTail(node, lines);
    if (leaf) tails.add(leaf);
  });
  return [...tails];
}

function quoteTail(quote: Blockquote, lines: readonly string[]): RootContent | undefined {
  const end = quote.position?.end.line;
  if (end === undefined || end < 2) return undefined;
  // `end` is 1-based: lines[end - 1] is the quote's last line, lines[end] the one below it.
  if (!BARE.test(lines[end - 1] ?? '') || BARE.test(lines[end - 2] ?? '') || (lines[end] ?? '').trim() !== '') return undefined;
  let parent: Parent = quote;
  for (;;) {
    const last = parent.children.at(-1);
    if (!last) return undefined;
    if (THROUGH.has(last.type) && 'children' in last) {
      parent = last;
      continue;
    }
    return last.position?.end.line === end - 1 ? last : undefined;
  }
}

/**
 * Core's share: a paragraph ending in two spaces ends in a hard break, and a table gets one more,
 * empty row (TableProcessor builds a row of every line). A one-column table stays one here; to
 * Python-Markdown it is a paragraph, its empty last line having no pipe. A code block is marked
 * for superfences, which makes a fence there no longer alone in its block.
 */
export function applyQuoteTails(tails: readonly RootContent[], source: string): void {
  for (const leaf of tails) {
    if (leaf.type === 'paragraph' && endsInTwoSpaces(leaf.position?.end.offset, source)) leaf.children.push({ type: 'break' });
    if (leaf.type === 'table') addEmptyRow(leaf);
    if (leaf.type === 'code') leaf.data = { ...leaf.data, pythonQuoteTail: true };
  }
}

export function isQuoteTail(node: Node): boolean {
  return node.data !== undefined && 'pythonQuoteTail' in node.data && node.data.pythonQuoteTail === true;
}

/** micromark's paragraph ends before the line's trailing whitespace: read the line as written. */
function endsInTwoSpaces(offset: number | undefined, source: string): boolean {
  if (offset === undefined) return false;
  const lineEnd = source.indexOf('\n', offset);
  const stop = lineEnd === -1 ? source.length : lineEnd;
  return source.slice(Math.max(stop - 2, 0), stop) === '  ';
}

function addEmptyRow(table: Table): void {
  const columns = table.children[0]?.children.length ?? 0;
  if (columns < 2) return;
  table.children.push({ type: 'tableRow', children: Array.from({ length: columns }, () => ({ type: 'tableCell' as const, children: [] })) });
}
