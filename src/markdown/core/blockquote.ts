/**
 * Python-Markdown continues the previous blockquote when a `>` block follows it, even after
 * blank lines: `> a\n\n> b` is one `<blockquote>` with two paragraphs (CommonMark: two quotes).
 * A definition between them leaves no element, so it does not stop that (core/unwritten.ts).
 */
import type { Blockquote, Parent } from 'mdast';
import { isUnwritten } from './unwritten.ts';

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
    if (!isUnwritten(child)) previous = child.type === 'blockquote' ? child : undefined;
    kept.push(child);
  }
  if (merged) parent.children = kept;
}

/** A page's source with its lines, split once per tree pass (not once per quote: that was quadratic). */
export interface QuoteSource {
  readonly text: string;
  readonly lines: readonly string[];
}

export function quoteSource(text: string): QuoteSource {
  return { text, lines: text.split('\n') };
}

/**
 * The line after which a source block ends: Python-Markdown splits the page at blank lines, so a
 * block started on `line` (1-based) runs to the line before the next whitespace-only line.
 */
export function blockEndLine({ lines }: QuoteSource, line: number): number {
  let end = line;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  return end;
}

/**
 * Splits `quote` after its children that start on or before `lastLine`: the ones after go into a
 * new blockquote (returned, or undefined when none), as Python-Markdown starts a new quote for a
 * `>` block whose previous sibling is no longer a blockquote (it became an admonition).
 */
export function splitQuoteAfter(quote: Blockquote, lastLine: number): Blockquote | undefined {
  const at = quote.children.findIndex((child) => (child.position?.start.line ?? 0) > lastLine);
  if (at < 0) return undefined;
  const rest = quote.children.splice(at);
  const start = rest[0]?.position?.start;
  const end = quote.position?.end;
  const last = quote.children.at(-1)?.position?.end;
  if (quote.position && last) quote.position = { start: quote.position.start, end: last };
  return { type: 'blockquote', children: rest, ...(start && end ? { position: { start, end } } : {}) };
}
