/**
 * The render cache between builds (src/site/render-cache.ts says what it holds): one file in
 * the output folder's `.mkdocs-astro-cache/`, a dot-folder that publishing keeps, like `.git`.
 * Put in place only after a build has published its site; a file that cannot be read (another
 * version, truncated, not ours) is no cache at all, never an error.
 *
 * The file is a sequence of records, each a 4-byte length and a V8-serialized value: a header
 * ({ format, settings }), then one [source path, cached page] per page. Written and read one
 * record at a time, so a site of thousands of pages never holds the whole cache as one buffer
 * next to the pages themselves (that buffer was the build's peak memory). A page's HTML of
 * RAW_HTML_CHARS or more, or in a file (src/shared/page-html.ts), is left out of its record (which
 * gives its length as a string) and follows it as a record of its own, its UTF-8 bytes:
 * serialized, it is UTF-16 as soon as one character is beyond Latin-1. A build reads those bytes
 * where they are, never decoding them here (readRenderCache's `htmlDir`).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readSync, renameSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BIG_PAGE_CHARS } from '../site/model.ts';
import type { CachedPage, RenderCache } from '../site/render-cache.ts';
import { isNotes } from '../site/render-process.ts';
import { htmlBytes, htmlChars, writeHtml, type ByteRange, type PageHtml } from '../shared/page-html.ts';
import { writeBytes } from '../shared/text-slices.ts';
import { CACHE_DIR } from '../shared/build-cache.ts';

const FILE = 'render.v8';
const FORMAT = 4;
const LENGTH_BYTES = 4;
/**
 * A big page's HTML (BIG_PAGE_CHARS) is written as UTF-8 after its record. The 80 million
 * characters of a 10 MB Markdown page serialized to 160 MB: writing the cache added 220 MB and
 * was that build's peak (1.29 GB). As UTF-8 it added 115 MB; written in slices (text-slices.ts),
 * a slice's bytes at a time.
 */
const RAW_HTML_CHARS = BIG_PAGE_CHARS;

/**
 * The render cache of the output folder `outDir`, or undefined. With `htmlDir` (where the build
 * keeps pages' HTML in files, src/shared/page-html.ts), a raw page's HTML is never decoded here:
 * the cache file is linked into that folder, and the page names its bytes there (page-html.ts
 * `at`), which stay as they are when a build puts its own cache in place (a new file renamed over
 * this one's name). Where the file cannot be linked, each such page's bytes are copied into a file
 * of their own there instead: a site rendered off the main thread keeps every page's HTML in a
 * file, which was 1,968 files written and closed in a rebuild of the 2,000-page site (~0.2 s).
 */
export function readRenderCache(outDir: string, htmlDir?: string, link: (from: string, to: string) => void = linkSync): RenderCache | undefined {
  const file = path.join(outDir, CACHE_DIR, FILE);
  const linked = htmlDir === undefined ? undefined : linkInto(file, htmlDir, link);
  let fd: number;
  try {
    fd = openSync(linked ?? file, 'r');
  } catch {
    return undefined;
  }
  try {
    const { nextBytes, copyNext, skipNext } = recordReader(fd);
    const next = () => {
      const bytes = nextBytes();
      return bytes === undefined ? undefined : deserialize(bytes);
    };
    const header = next();
    if (typeof header !== 'object' || header === null || !('format' in header) || header.format !== FORMAT) return undefined;
    if (!('settings' in header) || typeof header.settings !== 'string') return undefined;
    const pages = new Map<string, CachedPage>();
    for (let record = next(); record !== undefined; record = next()) {
      if (!Array.isArray(record)) return undefined;
      // A raw page's record ends with its HTML's length as a string (format 4; `true` before).
      const [src, entry, rawChars] = record as unknown[];
      if (typeof src !== 'string' || !isCachedPage(entry)) continue;
      if (typeof rawChars !== 'number') {
        pages.set(src, entry);
        continue;
      }
      if (linked !== undefined) {
        const at = skipNext();
        if (at === undefined) return undefined;
        pages.set(src, withHtml(entry, { file: linked, chars: rawChars, at }));
        continue;
      }
      if (htmlDir !== undefined) {
        const copy = path.join(htmlDir, `cached-${pages.size}.html`);
        if (!copyNext(copy)) return undefined;
        pages.set(src, withHtml(entry, { file: copy, chars: rawChars }));
        continue;
      }
      const html = nextBytes();
      if (html === undefined) return undefined;
      pages.set(src, withHtml(entry, html.toString('utf8')));
    }
    return { settings: header.settings, pages, ...('links' in header && typeof header.links === 'string' ? { links: header.links } : {}), ...('notes' in header && isNotes(header.notes) ? { notes: header.notes } : {}) };
  } catch {
    // Truncated or not ours.
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A hard link to `file` in `dir` under a name of its own; undefined when none can be made (no such file, another file system). */
function linkInto(file: string, dir: string, link: (from: string, to: string) => void): string | undefined {
  const target = path.join(dir, `last-${randomUUID()}.${FILE}`);
  try {
    link(file, target);
    return target;
  } catch {
    return undefined;
  }
}

/**
 * Reads the records of `fd` one by one: `nextBytes` as bytes, `copyNext` into a file a chunk at a
 * time (a page's raw HTML; false at the end), `skipNext` not at all, giving where its bytes are;
 * undefined at the end; each throws on a truncated record.
 */
function recordReader(fd: number): { nextBytes: () => Buffer | undefined; copyNext: (file: string) => boolean; skipNext: () => ByteRange | undefined } {
  let position = 0;
  let fileBytes: number | undefined;
  const length = Buffer.alloc(LENGTH_BYTES);
  const nextSize = (): number | undefined => {
    const got = readSync(fd, length, 0, LENGTH_BYTES, position);
    if (got === 0) return undefined;
    if (got !== LENGTH_BYTES) throw new Error('truncated record length');
    position += LENGTH_BYTES;
    return length.readUInt32LE(0);
  };
  const nextBytes = () => {
    const size = nextSize();
    if (size === undefined) return undefined;
    const body = Buffer.alloc(size);
    if (readSync(fd, body, 0, size, position) !== size) throw new Error('truncated record');
    position += size;
    return body;
  };
  // One buffer for every page copied: one per page was external memory V8 collects late.
  let chunk: Buffer | undefined;
  const copyNext = (file: string) => {
    const size = nextSize();
    if (size === undefined) return false;
    const out = openSync(file, 'w');
    const buffer = (chunk ??= Buffer.allocUnsafe(COPY_CHUNK_BYTES));
    try {
      for (let left = size; left > 0; ) {
        const got = readSync(fd, buffer, 0, Math.min(left, buffer.length), position);
        if (got === 0) throw new Error('truncated record');
        writeBytes(out, buffer.subarray(0, got));
        position += got;
        left -= got;
      }
    } finally {
      closeSync(out);
    }
    return true;
  };
  const skipNext = (): ByteRange | undefined => {
    const size = nextSize();
    if (size === undefined) return undefined;
    fileBytes ??= fstatSync(fd).size;
    if (position + size > fileBytes) throw new Error('truncated record');
    const at = { offset: position, bytes: size };
    position += size;
    return at;
  };
  return { nextBytes, copyNext, skipNext };
}

/** Bytes copied at a time from the cache into a page's file. */
const COPY_CHUNK_BYTES = 1 << 20;

function withHtml(entry: CachedPage, html: PageHtml): CachedPage {
  return { ...entry, page: { ...entry.page, result: { ...entry.page.result, html } } };
}

function isCachedPage(value: unknown): value is CachedPage {
  return typeof value === 'object' && value !== null && 'source' in value && typeof value.source === 'string' && 'includes' in value && Array.isArray(value.includes) && 'page' in value;
}

/** Replaces the cache file in one step (a build stopped halfway leaves the old one or none). */
export function writeRenderCache(outDir: string, cache: RenderCache, rawHtmlChars: number = RAW_HTML_CHARS): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  writeRenderCacheFile(partial, cache, rawHtmlChars);
  renameSync(partial, path.join(dir, FILE));
}

/**
 * Puts a cache file written beforehand (writeRenderCacheFile, on the output folder's file
 * system: a build writes it in its workspace while Pagefind writes the index) in place, in one step.
 */
export function placeRenderCache(file: string, outDir: string): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  renameSync(file, path.join(dir, FILE));
}

/** Writes `cache` into `file`, records as the file's comment says. */
export function writeRenderCacheFile(file: string, cache: RenderCache, rawHtmlChars: number = RAW_HTML_CHARS): void {
  const fd = openSync(file, 'w');
  try {
    const writeLength = (bytes: number) => {
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32LE(bytes, 0);
      writeBytes(fd, length);
    };
    const write = (value: unknown) => {
      const body = serialize(value);
      writeLength(body.length);
      writeBytes(fd, body);
    };
    write({ format: FORMAT, settings: cache.settings, ...(cache.links === undefined ? {} : { links: cache.links }), ...(cache.notes ? { notes: cache.notes } : {}) });
    for (const [src, entry] of cache.pages) {
      const { html } = entry.page.result;
      // A lone surrogate would not survive UTF-8: such a page stays whole in its record. A page's
      // HTML in a file (page-html.ts) is UTF-8 already: its bytes are copied, whatever its size.
      if (typeof html === 'string' && (html.length < rawHtmlChars || !html.isWellFormed())) {
        write([src, entry]);
        continue;
      }
      write([src, withHtml(entry, ''), htmlChars(html)]);
      // In slices: the page's UTF-8 whole was that build's peak (88 MB more for that page).
      writeLength(htmlBytes(html));
      writeHtml(fd, html);
    }
  } finally {
    closeSync(fd);
  }
}
