/**
 * A page's Markdown HTML, where it is: in memory (a string), or in a file (a big page a render
 * worker wrote, src/site/render-process.ts), which the build's main process reads only where and
 * when it must, a slice at a time. Held whole, the 80 million characters of a 10 MB Markdown
 * page's HTML (160 MB as UTF-16, which any emoji makes it) stayed in the main process from the
 * render stage to publishing, although Astro never draws it (src/integration/content-splice.ts
 * copies the file's bytes into the page) and Pagefind reads the page from its file.
 *
 * Every reader of a page's HTML goes through the few operations here, so what a file costs is
 * decided once: scans see the text in slices (htmlSlices, someSlice), hashes and copies see its
 * UTF-8 in pieces (htmlPieces, writeHtml), and only what must have the whole string (a plugin
 * that rewrites the HTML, a custom_dir template that draws it) reads it whole (htmlText).
 *
 * @example
 *   someSlice(page.html, (slice) => /<h1[\s>]/.test(slice)); // true when the page has an H1
 *   writeHtml(fd, page.html); // the bytes Buffer.from(htmlText(page.html)) holds
 */
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { textSlices, writeBytes } from './text-slices.ts';

/** A page's HTML kept in a file as UTF-8 (every character of it well-formed). */
export interface HtmlFile {
  readonly file: string;
  /** Its length as a string would have it (UTF-16 code units): what BIG_PAGE_CHARS is measured in. */
  readonly chars: number;
  /**
   * Where in the file its bytes are, when the file holds more than this page: a render worker
   * writes all its pages one after the other into one file (src/site/render-process.ts), and a
   * rebuild reads the last render cache's pages where they are in it (src/integration/cache-file.ts).
   * Absent: the whole file.
   */
  readonly at?: ByteRange | undefined;
}

/** `bytes` bytes from `offset`. */
export interface ByteRange {
  readonly offset: number;
  readonly bytes: number;
}

export type PageHtml = string | HtmlFile;

/**
 * Bytes read from a file at a time: small enough that a slice (at most twice as many bytes as a
 * string) stays among V8's young objects, which go at the next scavenge, not its large objects,
 * which stay until a full collection. With 1 MiB reads, the scans of a 10 MB Markdown page's file
 * (80 million characters) grew the build's heap by about 100 MB of dead slices.
 */
const CHUNK_BYTES = 32 << 10;

/** The HTML's length as a string. */
export function htmlChars(html: PageHtml): number {
  return typeof html === 'string' ? html.length : html.chars;
}

/** The whole HTML as one string: read from its file, for the few readers that must have it all. */
export function htmlText(html: PageHtml): string {
  return typeof html === 'string' ? html : fileText(html);
}

/** Up to this many bytes, a file read whole goes through one buffer (fileText). */
const TEXT_SCRATCH_BYTES = 1 << 20;
let textScratch = Buffer.alloc(0);

/**
 * A file's text, read through one buffer kept for the next (up to TEXT_SCRATCH_BYTES; a bigger
 * file gets its own): readFileSync's new buffer per file is external memory V8 collects only once
 * enough of it is dead, and Astro reads each of the 2,000-page site's pages whole from its file.
 */
function fileText(html: HtmlFile): string {
  const fd = openSync(html.file, 'r');
  try {
    const bytes = html.at?.bytes ?? fstatSync(fd).size;
    const offset = html.at?.offset ?? 0;
    if (bytes > textScratch.length && bytes <= TEXT_SCRATCH_BYTES) textScratch = Buffer.allocUnsafe(Math.min(TEXT_SCRATCH_BYTES, Math.max(bytes, 2 * textScratch.length)));
    const buffer = bytes > TEXT_SCRATCH_BYTES ? Buffer.allocUnsafe(bytes) : textScratch;
    let got = 0;
    while (got < bytes) {
      const read = readSync(fd, buffer, got, bytes - got, offset + got);
      if (read === 0) break;
      got += read;
    }
    return buffer.toString('utf8', 0, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * The HTML as text in slices, for scans: a string is one slice; a file's slices each end just
 * after a `>` (or at the end). So a pattern whose match holds no `>` but as its last character
 * (a start tag, or part of one: `/<h1[\s>]/`, `/class="[^"'>]*task-list/`) finds in some slice
 * exactly what it finds in the whole text: a match that crossed a slice's end would hold the `>`
 * before it.
 */
export function* htmlSlices(html: PageHtml, chunkBytes: number = CHUNK_BYTES): Generator<string> {
  if (typeof html === 'string') {
    yield html;
    return;
  }
  const decoder = new StringDecoder('utf8');
  let carried = '';
  for (const bytes of fileChunks(html, chunkBytes)) {
    const text = carried + decoder.write(bytes);
    const end = text.lastIndexOf('>') + 1;
    if (end > 0) yield text.slice(0, end);
    carried = text.slice(end);
  }
  carried += decoder.end();
  if (carried !== '') yield carried;
}

/** Whether `test` holds for some slice of the HTML (see htmlSlices for the patterns that may test it). */
export function someSlice(html: PageHtml, test: (slice: string) => boolean): boolean {
  for (const slice of htmlSlices(html)) if (test(slice)) return true;
  return false;
}

/**
 * The HTML's UTF-8 in pieces, for a hash or a file: a string's slices (text-slices.ts: never its
 * bytes at once), a file's bytes as they are read (each piece valid until the next is asked for).
 */
export function htmlPieces(html: PageHtml, chunkBytes: number = CHUNK_BYTES): Iterable<string | Uint8Array> {
  return typeof html === 'string' ? textSlices(html) : fileChunks(html, chunkBytes);
}

/** Writes the HTML's UTF-8 to `fd`, a piece at a time. */
export function writeHtml(fd: number, html: PageHtml): void {
  for (const piece of htmlPieces(html)) {
    if (typeof piece === 'string') writeSync(fd, piece);
    else writeBytes(fd, piece);
  }
}

/** The HTML's size as UTF-8. */
export function htmlBytes(html: PageHtml): number {
  return typeof html === 'string' ? Buffer.byteLength(html) : html.at?.bytes ?? statSync(html.file).size;
}

/** The length of the string UTF-8 `parts` decode to (UTF-16 code units): one per character, two beyond U+FFFF. */
export function utf16Length(parts: readonly Uint8Array[]): number {
  let units = 0;
  for (const part of parts) {
    for (const byte of part) {
      // A continuation byte (10xxxxxx) adds nothing; a four-byte sequence's lead (11110xxx) adds a surrogate pair.
      if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
    }
  }
  return units;
}

/**
 * Buffers of CHUNK_BYTES that file reads have finished with, for the next: a new one per file was
 * external memory V8 collects only once enough of it is dead (copying 2,000 pages' files into the
 * render cache left 64 MB of them). A reader takes one for as long as it reads, so readers that
 * overlap never share one.
 */
const spareChunks: Buffer[] = [];
const SPARE_CHUNKS = 4;

/** A page's bytes in its file, a chunk at a time: each chunk is read into the same buffer, valid until the next is asked for. */
function* fileChunks(html: HtmlFile, chunkBytes: number): Generator<Uint8Array> {
  const fd = openSync(html.file, 'r');
  const chunk = (chunkBytes === CHUNK_BYTES ? spareChunks.pop() : undefined) ?? Buffer.allocUnsafe(chunkBytes);
  const end = html.at === undefined ? Infinity : html.at.offset + html.at.bytes;
  let position = html.at?.offset ?? 0;
  try {
    while (position < end) {
      const got = readSync(fd, chunk, 0, Math.min(chunkBytes, end - position), position);
      if (got === 0) return;
      position += got;
      yield chunk.subarray(0, got);
    }
  } finally {
    closeSync(fd);
    if (chunk.length === CHUNK_BYTES && spareChunks.length < SPARE_CHUNKS) spareChunks.push(chunk);
  }
}

/**
 * The HTML `rewrite` makes of it (a plugin's pass over a page's HTML). A file's HTML is read
 * whole only when `mayChange` holds for one of its slices (a test htmlSlices allows), and stays
 * in its file when the rewrite changes nothing.
 */
export function rewriteHtml(html: PageHtml, mayChange: (slice: string) => boolean, rewrite: (text: string) => string): PageHtml {
  if (typeof html === 'string') return rewrite(html);
  if (!someSlice(html, mayChange)) return html;
  const text = htmlText(html);
  const rewritten = rewrite(text);
  return rewritten === text ? html : rewritten;
}
