/**
 * src/integration/early-index.ts: a rebuild's index, started with the files of the pages its render
 * cache gives, is taken only when what it was handed is what the site's own index would take.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { earlyIndexHolds, startEarlyIndex, type EarlyIndex } from '../../src/integration/early-index.ts';
import { saveViews, type ViewsFile } from '../../src/integration/page-reuse.ts';
import type { PageExclusion } from '../../src/site/exclude-search.ts';
import type { PageModel, SiteModel } from '../../src/site/model.ts';
import { noSearchIndex } from '../../src/search/index.ts';

const page = (dest: string, html = '<p>x</p>') => ({ dest, html }) as unknown as PageModel;
const site = (overrides: Partial<SiteModel['site']> = {}) => ({ site: { search: true, language: 'en', languages: undefined, ...overrides } }) as unknown as Pick<SiteModel, 'site'>;
const early = (pages: string[], language = 'en'): EarlyIndex => ({ search: noSearchIndex(), language, pages: new Set(pages), keepsParts: false, handedOver: Promise.resolve() });

describe('earlyIndexHolds', () => {
  const searched = new Map<string, PageExclusion | undefined>([['a/index.html', undefined], ['b/index.html', undefined]]);

  test('holds when every page handed over is kept, searched with nothing left out, in the language the index started in', () => {
    assert.equal(earlyIndexHolds(early(['a/index.html']), site(), [page('a/index.html'), page('b/index.html')], searched), true);
  });

  test('does not hold when a page handed over is drawn again (its file is not the one read)', () => {
    assert.equal(earlyIndexHolds(early(['a/index.html', 'b/index.html']), site(), [page('a/index.html')], searched), false);
  });

  test('does not hold in another language, on a multilingual site, or without search', () => {
    const kept = [page('a/index.html')];
    assert.equal(earlyIndexHolds(early(['a/index.html'], 'de'), site(), kept, searched), false);
    assert.equal(earlyIndexHolds(early(['a/index.html']), site({ languages: {} }), kept, searched), false);
    assert.equal(earlyIndexHolds(early(['a/index.html']), site({ search: false }), kept, searched), false);
  });

  test('does not hold when a page handed over is not searched, or has sections left out', () => {
    assert.equal(earlyIndexHolds(early(['a/index.html']), site(), [page('a/index.html')], new Map()), false);
    assert.equal(earlyIndexHolds(early(['a/index.html']), site(), [page('a/index.html')], new Map([['a/index.html', { intro: true, section: () => false }]])), false);
    const marked = page('a/index.html', '<h2 id="x" data-search-exclude>X</h2><p>y</p>');
    assert.equal(earlyIndexHolds(early(['a/index.html']), site(), [marked], searched), false);
  });
});

describe('startEarlyIndex', () => {
  /** An output folder whose last build wrote `pages` and recorded `search`. */
  function lastBuild(pages: string[], search: ViewsFile['search']): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'early-index-'));
    const views: Record<string, ViewsFile['pages'][string]> = {};
    for (const dest of pages) {
      mkdirSync(path.dirname(path.join(dir, dest)), { recursive: true });
      writeFileSync(path.join(dir, dest), '<html><body><article data-pagefind-body><h1>T</h1></article></body></html>');
      const stat = statSync(path.join(dir, dest));
      views[dest] = { key: 'k', shell: 's', size: stat.size, mtimeMs: stat.mtimeMs };
    }
    saveViews(dir, { format: 2, assets: [], pages: views, ...(search ? { search } : {}) });
    return dir;
  }

  test('hands over the pages whose file is still the last build\'s and whose name a glob matches as it is', async () => {
    const dir = lastBuild(['a/index.html', 'b c/index.html', 'd/index.html'], { language: 'en' });
    try {
      writeFileSync(path.join(dir, 'd/index.html'), 'changed since');
      const started = startEarlyIndex(dir, ['a/index.html', 'b c/index.html', 'd/index.html', 'e/index.html']);
      assert.ok(started);
      assert.deepEqual([...started.pages], ['a/index.html']);
      assert.equal(started.language, 'en');
      await started.search.cancel();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('starts nothing when the last build recorded no single search language', () => {
    const dir = lastBuild(['a/index.html'], undefined);
    try {
      assert.equal(startEarlyIndex(dir, ['a/index.html']), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
