/**
 * The render cache between builds (src/site/render-cache.ts says what it holds): one file in
 * the output folder's `.mkdocs-astro-cache/`, a dot-folder that publishing keeps, like `.git`.
 * Written only after a build has published its site; a file that cannot be read (another
 * version, truncated, not ours) is no cache at all, never an error.
 *
 * The file is a sequence of records, each a 4-byte length and a V8-serialized value: a header
 * ({ format, settings }), then one [source path, cached page] per page. Written and read one
 * record at a time, so a site of thousands of pages never holds the whole cache as one buffer
 * next to the pages themselves (that buffer was the build's peak memory).
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedPage, RenderCache } from '../site/render-cache.ts';

export const CACHE_DIR = '.mkdocs-astro-cache';
const FILE = 'render.v8';
const FORMAT = 2;
const LENGTH_BYTES = 4;

export function readRenderCache(outDir: string): RenderCache | undefined {
  let fd: number;
  try {
    fd = openSync(path.join(outDir, CACHE_DIR, FILE), 'r');
  } catch {
    return undefined;
  }
  try {
    const next = recordReader(fd);
    const header = next();
    if (typeof header !== 'object' || header === null || !('format' in header) || header.format !== FORMAT) return undefined;
    if (!('settings' in header) || typeof header.settings !== 'string') return undefined;
    const pages = new Map<string, CachedPage>();
    for (let record = next(); record !== undefined; record = next()) {
      if (!Array.isArray(record)) return undefined;
      const [src, entry] = record as unknown[];
      if (typeof src === 'string' && isCachedPage(entry)) pages.set(src, entry);
    }
    return { settings: header.settings, pages };
  } catch {
    // Truncated or not ours.
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Reads the records of `fd` one by one: undefined at the end; throws on a truncated record. */
function recordReader(fd: number): () => unknown {
  let position = 0;
  const length = Buffer.alloc(LENGTH_BYTES);
  return () => {
    const got = readSync(fd, length, 0, LENGTH_BYTES, position);
    if (got === 0) return undefined;
    if (got !== LENGTH_BYTES) throw new Error('truncated record length');
    const size = length.readUInt32LE(0);
    const body = Buffer.alloc(size);
    if (readSync(fd, body, 0, size, position + LENGTH_BYTES) !== size) throw new Error('truncated record');
    position += LENGTH_BYTES + size;
    return deserialize(body);
  };
}

function isCachedPage(value: unknown): value is CachedPage {
  return typeof value === 'object' && value !== null && 'source' in value && typeof value.source === 'string' && 'includes' in value && Array.isArray(value.includes) && 'page' in value;
}

/** Replaces the cache file in one step (a build stopped halfway leaves the old one or none). */
export function writeRenderCache(outDir: string, cache: RenderCache): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  const fd = openSync(partial, 'w');
  try {
    const write = (value: unknown) => {
      const body = serialize(value);
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32LE(body.length, 0);
      writeSync(fd, length);
      writeSync(fd, body);
    };
    write({ format: FORMAT, settings: cache.settings });
    for (const entry of cache.pages) write(entry);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path.join(dir, FILE));
}
