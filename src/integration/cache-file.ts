/**
 * The render cache between builds (src/site/render-cache.ts says what it holds): one file in
 * the output folder's `.mkdocs-astro-cache/`, a dot-folder that publishing keeps, like `.git`.
 * Written only after a build has published its site; a file that cannot be read (another
 * version, truncated, not ours) is no cache at all, never an error.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedPage, RenderCache } from '../site/render-cache.ts';

export const CACHE_DIR = '.mkdocs-astro-cache';
const FILE = 'render.v8';
const FORMAT = 1;

export function readRenderCache(outDir: string): RenderCache | undefined {
  let stored: unknown;
  try {
    stored = deserialize(readFileSync(path.join(outDir, CACHE_DIR, FILE)));
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null || !('format' in stored) || stored.format !== FORMAT) return undefined;
  if (!('settings' in stored) || typeof stored.settings !== 'string' || !('pages' in stored) || !(stored.pages instanceof Map)) return undefined;
  const pages = new Map<string, CachedPage>();
  for (const [src, entry] of stored.pages) if (typeof src === 'string' && isCachedPage(entry)) pages.set(src, entry);
  return { settings: stored.settings, pages };
}

function isCachedPage(value: unknown): value is CachedPage {
  return typeof value === 'object' && value !== null && 'source' in value && typeof value.source === 'string' && 'includes' in value && Array.isArray(value.includes) && 'page' in value;
}

/** Replaces the cache file in one step (a build stopped halfway leaves the old one or none). */
export function writeRenderCache(outDir: string, cache: RenderCache): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  writeFileSync(partial, serialize({ format: FORMAT, settings: cache.settings, pages: cache.pages }));
  renameSync(partial, path.join(dir, FILE));
}
