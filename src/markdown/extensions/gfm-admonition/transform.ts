/**
 * markdown_gfm_admonition (dahlia/markdown-gfm-admonition, `markdown_gfm_admonition.py`): inside
 * a blockquote, at any depth, a block of the quote whose first line is `[!NOTE]`, `[!TIP]`,
 * `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case, the brackets may be escaped, followed
 * by nothing or by a two-space hard break) turns the whole quote into an admonition: the quote
 * becomes `<div class="admonition note">` and the title paragraph goes where the marker was
 * (after any earlier blocks of the quote). Text after the marker on its line, or a single space,
 * leaves the quote as it is.
 *
 * ```md
 * > [!CAUTION]        ->  <div class="admonition caution"><p class="admonition-title">Caution</p>
 * > Body                  <p>Body</p></div>
 * ```
 * Unlike markdown-callouts, `caution` keeps its class, and a marker alone makes an admonition with
 * a title only. Blocks of the quote after a blank line become a quote of their own, as
 * Python-Markdown does not continue a quote that became a `<div>`.
 */
import type { Blockquote, Paragraph, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockEndLine, quoteSource, splitQuoteAfter, type QuoteSource } from '../../core/blockquote.ts';
import { afterFirstLine } from '../../core/paragraph-lines.ts';

const MARKER = /^\\?\[!(note|tip|important|warning|caution)\\?\](?: {2})?$/i;

export function remarkGfmAdmonition() {
  return (tree: Root, file: VFile): undefined => {
    walk(tree, quoteSource(String(file.value)));
  };
}

function walk(parent: Parent, source: QuoteSource): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child?.type === 'blockquote') {
      const rest = admonition(child, source);
      if (rest) parent.children.splice(index + 1, 0, rest);
    }
    if (child && 'children' in child) walk(child, source);
  }
}

/** Turns `quote` into an admonition when one of its blocks starts with a marker; returns the quote split off after it. */
function admonition(quote: Blockquote, source: QuoteSource): Blockquote | undefined {
  let rest: Blockquote | undefined;
  for (let index = 0; index < quote.children.length; index++) {
    const child = quote.children[index];
    if (child?.type !== 'paragraph') continue;
    const kind = markerOf(child, source)?.toLowerCase();
    const line = child.position?.start.line;
    if (kind === undefined || line === undefined) continue;
    rest ??= splitQuoteAfter(quote, blockEndLine(source, line));
    const title: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: kind.charAt(0).toUpperCase() + kind.slice(1) }], data: { hProperties: { className: ['admonition-title'] } } };
    const body = afterFirstLine(child);
    const replaced = [title, ...(body.length > 0 ? [{ ...child, children: body }] : [])];
    quote.children.splice(index, 1, ...replaced);
    index += replaced.length - 1;
    quote.data = { hName: 'div', hProperties: { className: ['admonition', kind] } };
  }
  return rest;
}

/** The type of a `[!TYPE]` line, read from the source where the paragraph starts. */
function markerOf(paragraph: Paragraph, { text: source }: QuoteSource): string | undefined {
  const start = paragraph.position?.start.offset;
  if (start === undefined) return undefined;
  const lineEnd = source.indexOf('\n', start);
  return MARKER.exec(source.slice(start, lineEnd === -1 ? undefined : lineEnd))?.[1];
}
