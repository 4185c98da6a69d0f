/**
 * What the search index's tests share: the files the build's search index (src/search/index.ts)
 * writes for `pages` (file name -> HTML), each file's bytes by name, which tests compare when they
 * check that a change leaves the index as it was; a page as the layout marks it; the URLs of a
 * bundle's fragments; scratch folders removed after the file's tests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startSearchIndex } from '../../src/search/index.ts';

/** A page whose article Pagefind indexes, titled by its H1. */
export const searchPage = (title: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article data-pagefind-body><h1 id="t">${title}</h1>${body}</article></body></html>`;

/** The URLs of the fragments in one part's folder of a bundle, sorted. */
export function fragmentUrls(bundle: string): string[] {
  return readdirSync(path.join(bundle, 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).toString('utf8');
    const fragment: unknown = JSON.parse(text.slice(text.indexOf('{')));
    return typeof fragment === 'object' && fragment !== null && 'url' in fragment ? String(fragment.url) : '';
  }).sort();
}

/** Makes scratch folders named after `prefix`, all removed once the calling file's tests are done (call at its top level). */
export function scratchFolders(prefix: string): () => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export async function searchBundle(pages: Record<string, string>): Promise<Map<string, Buffer>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-bundle-'));
  try {
    const index = startSearchIndex('en');
    for (const [file, html] of Object.entries(pages)) index.add(file, html);
    const result = await index.finish(dir);
    assert.deepEqual(result.messages, []);
    const folder = path.join(dir, 'pagefind');
    return new Map(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.')).map((name) => [name, readFileSync(path.join(folder, name))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
