/**
 * A big page rendered piece by piece, all the way to HTML. Parsing in pieces
 * (core/chunked-parse.ts) alone still left the whole page's mdast and hast trees, with their
 * positions, in memory at once: gigabytes for a 10 MB page. Here each piece, cut where
 * core/chunked-parse.ts cuts, goes through every pass and the serializer on its own, and its
 * trees are dropped before the next piece is parsed; only its HTML is kept.
 *
 * The page keeps one VFile: its value stays the whole (expanded) source, so positions, messages
 * and links are the page's, and `file.data.piece` tells the parser which part to parse. What a
 * pass knows of the whole page (toc's ids and entries, per-page counters, what rehypeCollect
 * gathers) is kept per file (core/page-state.ts) and carried from piece to piece. An extension
 * whose passes have not been made to do so keeps the page whole (`MarkdownExtension.pieces`), and
 * a pass that finds the pieces would render differently throws `PieceMismatch`: the page is then
 * rendered again, whole.
 *
 * ```ts
 * renderPage(processor, file, [70_000, 140_000]).html // the HTML of the three pieces, joined
 * ```
 */
import type { VFile } from 'vfile';
import { countLines } from './core/chunked-parse.ts';
import type { Pipeline } from './pipeline.ts';

type Processor = Pipeline['processor'];

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const EMPTY = new Uint8Array(0);

/** A page's HTML: a string, or its pieces' UTF-8 when it is `bytesFrom` bytes or more (then `html` is empty). */
export interface PageHtml {
  readonly html: string;
  readonly bytes?: readonly Uint8Array[] | undefined;
}

/** What renderPage does besides rendering (RendererOptions' `afterPiece` and `htmlBytesFrom`). */
export interface PieceOptions {
  readonly afterPiece?: (() => void) | undefined;
  readonly bytesFrom?: number | undefined;
}

/**
 * The page's HTML, rendered whole (no `starts`) or in pieces cut at `starts`. Throws
 * PieceMismatch when the pieces cannot give the whole page's result.
 */
export function renderPage(processor: Processor, file: VFile, starts: readonly number[], options: PieceOptions = {}): PageHtml {
  if (starts.length === 0) return { html: renderOnce(processor, file) };
  const document = String(file.value);
  const bounds = [0, ...starts, document.length];
  // Each piece's HTML as UTF-8, outside the JS heap: as strings, the pieces of a 10 MB page
  // (two bytes a character once an emoji is in them) doubled the heap V8 lets grow before it collects.
  const parts: Uint8Array[] = [];
  let bytes = 0;
  let line = 0;
  try {
    for (let piece = 0; piece + 1 < bounds.length; piece++) {
      const from = bounds[piece] ?? 0;
      const to = bounds[piece + 1] ?? document.length;
      file.data.piece = { from, to, line, first: piece === 0, last: piece + 2 === bounds.length };
      const html = renderOnce(processor, file);
      // The root's blocks are joined by line endings (mdast-util-to-hast): so are the pieces'.
      if (html !== '') {
        const part = encoder.encode(parts.length === 0 ? html : `\n${html}`);
        parts.push(part);
        bytes += part.length;
      }
      line += countLines(document, from, to);
      options.afterPiece?.();
    }
  } finally {
    delete file.data.piece;
  }
  return options.bytesFrom !== undefined && bytes >= options.bytesFrom ? { html: '', bytes: parts } : { html: joinedHtml(parts) };
}

/**
 * The HTML of `parts` (UTF-8), decoded one at a time, each let go once read (the array is
 * emptied): V8 joins the strings without copying them, so the page's HTML is never held twice.
 */
function joinedHtml(parts: Uint8Array[]): string {
  let html = '';
  for (let index = 0; index < parts.length; index++) {
    html += decoder.decode(parts[index]);
    parts[index] = EMPTY;
  }
  return html;
}

function renderOnce(processor: Processor, file: VFile): string {
  return processor.stringify(processor.runSync(processor.parse(file), file), file);
}
