/**
 * github-callouts, from markdown-callouts (oprypin/markdown-callouts,
 * `markdown_callouts/github_callouts.py`): a `>` block whose first line is exactly `[!NOTE]`,
 * `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case, spaces after it allowed)
 * and which has content after that line becomes an admonition titled with the type. Its
 * processor runs only outside blockquotes (not in a quote, nor inside another callout), so
 * nested quotes stay quotes; a marker with text after it on the same line, or alone in its
 * block, or after other lines of the quote's block, leaves the quote as it is.
 *
 * ```md
 * > [!CAUTION]        ->  <div class="admonition danger"><p class="admonition-title">Caution</p>
 * > Body                  <p>Body</p></div>
 * ```
 * `[!CAUTION]` takes the class `danger` (Material's red); the title is the type as written,
 * title-cased. Blocks of the quote after a blank line (Python-Markdown continues a quote across
 * blank lines) become a quote of their own after the admonition, as the admonition is no quote
 * to continue.
 */
import type { Blockquote, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { blockEndLine, quoteSource, splitQuoteAfter, type QuoteSource } from '../../core/blockquote.ts';
import { afterFirstLine } from '../../core/paragraph-lines.ts';

const MARKER = /^\[!(note|tip|important|warning|caution)\] *$/i;

export function remarkGithubCallouts() {
  return (tree: Root, file: VFile): undefined => {
    walk(tree, quoteSource(String(file.value)), false);
  };
}

function walk(parent: Parent, source: QuoteSource, inQuote: boolean): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (!child) continue;
    if (child.type === 'blockquote' && !inQuote) {
      const replaced = callout(child, source);
      if (replaced) {
        parent.children.splice(index, 1, ...replaced.nodes);
        // The admonition's content is parsed in blockquote state; the quote after it is looked at next.
        index += replaced.admonition;
        const admonition = parent.children[index];
        if (admonition && 'children' in admonition) walk(admonition, source, true);
        continue;
      }
    }
    if ('children' in child) walk(child, source, inQuote || child.type === 'blockquote');
  }
}

interface Replacement {
  readonly nodes: RootContent[];
  /** The admonition's index among the nodes (1 when part of the quote stays before it). */
  readonly admonition: number;
}

function callout(quote: Blockquote, source: QuoteSource): Replacement | undefined {
  for (let index = 0; index < quote.children.length; index++) {
    const child = quote.children[index];
    if (child?.type !== 'paragraph' || !startsBlock(quote, index, source)) continue;
    const kind = markerOf(child, source);
    const line = child.position?.start.line;
    if (kind === undefined || line === undefined) continue;
    const endLine = blockEndLine(source, line);
    const body = afterFirstLine(child);
    const rest = splitQuoteAfter(quote, endLine);
    const following = quote.children.slice(index + 1);
    if (body.length === 0 && following.length === 0) {
      if (rest) quote.children.push(...rest.children);
      continue;
    }
    const before = quote.children.slice(0, index);
    const title: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase() }], data: { hProperties: { className: ['admonition-title'] } } };
    const className = kind.toLowerCase() === 'caution' ? 'danger' : kind.toLowerCase();
    const admonition: Blockquote = {
      type: 'blockquote',
      children: [title, ...(body.length > 0 ? [{ ...child, children: body }] : []), ...following],
      data: { hName: 'div', hProperties: { className: ['admonition', className] } },
      ...(child.position && quote.position ? { position: { start: child.position.start, end: quote.position.end } } : {}),
    };
    const nodes: RootContent[] = [];
    if (before.length > 0) nodes.push({ ...quote, children: before });
    nodes.push(admonition);
    if (rest) nodes.push(rest);
    return { nodes, admonition: before.length > 0 ? 1 : 0 };
  }
  return undefined;
}

/** The quote's first child, or one after a blank line: where a block of Python-Markdown starts. */
function startsBlock(quote: Blockquote, index: number, source: QuoteSource): boolean {
  if (index === 0) return true;
  const previousEnd = quote.children[index - 1]?.position?.end.line;
  const start = quote.children[index]?.position?.start.line;
  if (previousEnd === undefined || start === undefined) return false;
  return blockEndLine(source, previousEnd) < start;
}

/** The type of a `> [!TYPE]` line alone on its line, read from the source. */
function markerOf(paragraph: Paragraph, { text: source }: QuoteSource): string | undefined {
  const start = paragraph.position?.start.offset;
  if (start === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', start);
  if (!/> *$/.test(source.slice(lineStart, start))) return undefined;
  return MARKER.exec(source.slice(start, lineEnd === -1 ? undefined : lineEnd))?.[1];
}
