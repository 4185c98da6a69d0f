/**
 * The files the build's search index (src/search/index.ts) writes for `pages` (file name -> HTML),
 * each file's bytes by name: what tests compare when they check that a change leaves the index
 * as it was.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSearchIndex } from '../../src/search/index.ts';

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
