/**
 * src/search/kept-index.ts: a rebuild's index that is the last build's bundle as it was, linked
 * into the new site with Pagefind stopped unwritten; or, should a page be handed to it after all,
 * the early index it stands for, written as before.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { keptIndex, lastBundlePages } from '../../src/search/kept-index.ts';
import { noSearchIndex, type SearchIndexer } from '../../src/search/index.ts';
import { indexedPagesKey } from '../../src/integration/page-reuse.ts';

/** A bundle of `counts` pages per part (the first at the root), with a fragment in each part. */
function bundle(counts: readonly number[]): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'kept-index-')), 'pagefind');
  counts.forEach((pages, index) => {
    const folder = path.join(root, index === 0 ? '' : `part-${index + 1}`);
    mkdirSync(path.join(folder, 'fragment'), { recursive: true });
    writeFileSync(path.join(folder, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: `en_${index}`, wasm: 'en', page_count: pages } } }));
    writeFileSync(path.join(folder, 'fragment', `en_${index}.pf_fragment`), `fragment of part ${index + 1}`);
  });
  writeFileSync(path.join(root, 'parts.json'), JSON.stringify(counts.slice(1).map((_, index) => `part-${index + 2}/`)));
  return root;
}

/** An early index that records what is asked of it. */
function early(): SearchIndexer & { readonly calls: string[] } {
  const calls: string[] = [];
  const none = noSearchIndex();
  return {
    ...none,
    calls,
    add: () => calls.push('add'),
    finish: (outDir) => {
      calls.push('finish');
      return none.finish(outDir);
    },
    cancel: (now) => {
      calls.push(`cancel${now === true ? ' now' : ''}`);
      return Promise.resolve();
    },
  };
}

describe('lastBundlePages', () => {
  test('counts the pages of every part the bundle lists', () => {
    assert.equal(lastBundlePages(bundle([3])), 3);
    assert.equal(lastBundlePages(bundle([700, 650, 20])), 1370);
  });

  test('is undefined when there is no bundle, or a part it lists has no entry file', () => {
    assert.equal(lastBundlePages(path.join(os.tmpdir(), 'no-such-bundle-here')), undefined);
    const root = bundle([3, 4]);
    writeFileSync(path.join(root, 'parts.json'), '["part-2/", "part-3/"]');
    assert.equal(lastBundlePages(root), undefined);
  });
});

describe('indexedPagesKey', () => {
  test('is the same for the same pages in any order, and another for other pages', () => {
    assert.equal(indexedPagesKey(['a/index.html', 'index.html']), indexedPagesKey(['index.html', 'a/index.html']));
    assert.notEqual(indexedPagesKey(['a/index.html', 'index.html']), indexedPagesKey(['b/index.html', 'index.html']));
  });
});

describe('keptIndex', () => {
  test('links the last bundle into the new site, and stops Pagefind at once, unwritten', async () => {
    const last = bundle([3, 4]);
    const out = mkdtempSync(path.join(os.tmpdir(), 'kept-index-out-'));
    const standing = early();
    const result = await keptIndex(last, 7, standing).finish(out);
    assert.deepEqual(result, { pages: 7, outputPath: path.join(out, 'pagefind'), messages: [] });
    assert.deepEqual(standing.calls, ['cancel now']);
    for (const file of ['parts.json', 'pagefind-entry.json', 'fragment/en_0.pf_fragment', 'part-2/pagefind-entry.json', 'part-2/fragment/en_1.pf_fragment']) {
      assert.equal(readFileSync(path.join(out, 'pagefind', file), 'utf8'), readFileSync(path.join(last, file), 'utf8'), file);
    }
  });

  test('is the early index, written as before, once a page is handed to it', async () => {
    const standing = early();
    const kept = keptIndex(bundle([3]), 3, standing);
    kept.add('new/index.html', '<html></html>');
    await kept.finish(mkdtempSync(path.join(os.tmpdir(), 'kept-index-out-')));
    assert.deepEqual(standing.calls, ['add', 'finish']);
  });

  test('is the early index when the last bundle is gone', async () => {
    const standing = early();
    await keptIndex(path.join(os.tmpdir(), 'no-such-bundle-here'), 3, standing).finish(mkdtempSync(path.join(os.tmpdir(), 'kept-index-out-')));
    assert.deepEqual(standing.calls, ['finish']);
  });
});
