/**
 * src/integration/publish-build.ts modelIndexIn: the search index made from the model goes into
 * the site when every drawn page held to it (merged into a folder a page of the site has there),
 * is made again from the written pages when one did not, and an index Pagefind could not write
 * leaves the build with its warning, not a failure.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { mayCopyEarly, modelIndexIn } from '../../src/integration/publish-build.ts';
import type { SearchIndexResult } from '../../src/search/index.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A workspace with the model's index written in `search/pagefind` (unless `written` is false), and the site's `out`. */
function workspace(written = true): { dir: string; out: string; result: SearchIndexResult } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'publish-index-'));
  roots.push(root);
  const dir = path.join(root, 'search');
  if (written) {
    mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(dir, 'pagefind/pagefind.js'), 'js');
    writeFileSync(path.join(dir, 'pagefind/fragment/en_1.pf_fragment'), 'fragment');
  }
  const out = path.join(root, 'out');
  mkdirSync(out);
  return { dir, out, result: { pages: written ? 1 : 0, outputPath: path.join(dir, 'pagefind'), messages: written ? [] : ['search index not built: Pagefind did not start'] } };
}

const never = (): Promise<SearchIndexResult> => Promise.reject(new Error('not made again'));

describe('modelIndexIn', () => {
  test('should move the index into the site when it holds, beside a page the site has under pagefind/', async () => {
    const { dir, out, result } = workspace();
    mkdirSync(path.join(out, 'pagefind/guide'), { recursive: true });
    writeFileSync(path.join(out, 'pagefind/guide/index.html'), 'page');
    const moved = await modelIndexIn({ dir, result: Promise.resolve(result), holds: () => true }, out, never);
    assert.equal(moved.outputPath, path.join(out, 'pagefind'));
    assert.equal(readFileSync(path.join(out, 'pagefind/fragment/en_1.pf_fragment'), 'utf8'), 'fragment');
    assert.equal(readFileSync(path.join(out, 'pagefind/guide/index.html'), 'utf8'), 'page');
    assert.ok(!existsSync(path.join(dir, 'pagefind')));
  });

  test('should drop the index and make it again from the written pages when a drawn page did not hold', async () => {
    const { dir, out, result } = workspace();
    const again: SearchIndexResult = { pages: 2, outputPath: path.join(out, 'pagefind'), messages: [] };
    const made = await modelIndexIn({ dir, result: Promise.resolve(result), holds: () => false }, out, () => Promise.resolve(again));
    assert.equal(made, again);
    assert.ok(!existsSync(dir));
    assert.deepEqual(readdirSync(out), []);
  });

  test('should leave a build whose index Pagefind could not write with its warning', async () => {
    const { dir, out, result } = workspace(false);
    const told = await modelIndexIn({ dir, result: Promise.resolve(result), holds: () => true }, out, never);
    assert.deepEqual(told.messages, ['search index not built: Pagefind did not start']);
    assert.deepEqual(readdirSync(out), []);
  });
});

describe('mayCopyEarly', () => {
  test('should take files in folders Astro never writes into, and leave the others to be copied after Astro', () => {
    for (const name of ['assets/logo.png', 'img/deep/b.txt', 'fr/assets/x.css', 'guide/index.html']) assert.equal(mayCopyEarly(name), true, name);
    for (const name of ['robots.txt', '404.html', 'fr/404.html', '_astro/own.js', 'mkdocs-astro-page/p1.html', 'pagefind/x.js', '.prerender/chunk.mjs']) assert.equal(mayCopyEarly(name), false, name);
  });
});
