/**
 * A big site's index in parts (src/search/index-parts.ts PART_CHARS) against the real Pagefind binary:
 * pages fill the parts in the order they are queued, each part is a bundle of its own listed in
 * `parts.json`, every page is in exactly one of them, and a rebuild reuses the last bundle's
 * fragments whichever part they were in. The browser's side is tests/browser/search-parts.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { bundleParts } from '../../src/search/bundle-entry.ts';
import { PARTS_FILE } from '../../src/search/parts-list.ts';
import { startSearchIndex, type BundleReuse } from '../../src/search/index.ts';
import { buildMemoryIndex } from '../../src/search/memory-index.ts';
import { fragmentUrls, scratchFolders, searchPage } from '../helpers/search-bundle.ts';

const page = searchPage;

const tempDir = scratchFolders('search-parts-');

/** Six pages of about 200 characters each, in the order they are handed over. */
const PAGES: ReadonlyArray<readonly [string, string]> = ['one', 'two', 'three', 'four', 'five', 'six'].map((name) => [`${name}/index.html`, page(name, `<p>Sharedword and ${name}word ${'filler '.repeat(10)}</p>`)]);

const urlsIn = fragmentUrls;

/** Every part's folder of the bundle in `root`, the first first. */
function partFolders(root: string): string[] {
  return ['', ...bundleParts(root)].map((folder) => path.join(root, folder));
}

/** `language`: null for a multilingual site's index (each page in its own). */
async function writeIndex(pages: ReadonlyArray<readonly [string, string]>, partChars: number, reuse?: BundleReuse, language: string | null = 'en') {
  const dir = tempDir();
  const search = startSearchIndex(language ?? undefined, reuse, partChars);
  for (const [dest, html] of pages) search.add(dest, html);
  const result = await search.finish(dir);
  assert.deepEqual(result.messages, []);
  return result;
}

describe('an index in parts', () => {
  test('should fill each part with the pages queued, in order, until the next would pass its characters', async () => {
    const size = PAGES[0]?.[1].length ?? 0;
    // Two pages fit, a third would not.
    const result = await writeIndex(PAGES, size * 2 + 10);
    assert.equal(result.pages, 6);
    assert.deepEqual(JSON.parse(readFileSync(path.join(result.outputPath, PARTS_FILE), 'utf8')), ['part-2/', 'part-3/']);
    assert.deepEqual(partFolders(result.outputPath).map(urlsIn), [['/one/', '/two/'], ['/four/', '/three/'], ['/five/', '/six/']]);
    for (const folder of partFolders(result.outputPath)) {
      // Each part is a whole bundle the browser can load (only the API: the ready-made UIs are left out).
      assert.ok(readdirSync(folder).includes('pagefind-entry.json'), folder);
      assert.ok(readdirSync(folder).includes('pagefind.js'), folder);
      assert.ok(!readdirSync(folder).includes('pagefind-ui.js'), folder);
    }
  });

  test('should write one part, listing no other, when every page fits', async () => {
    const result = await writeIndex(PAGES, 1_000_000);
    assert.deepEqual(JSON.parse(readFileSync(path.join(result.outputPath, PARTS_FILE), 'utf8')), []);
    assert.equal(urlsIn(result.outputPath).length, 6);
  });

  test('should give a page bigger than a part a part of its own, and never split it', async () => {
    const result = await writeIndex(PAGES.slice(0, 3), 10);
    assert.deepEqual(partFolders(result.outputPath).map(urlsIn), [['/one/'], ['/two/'], ['/three/']]);
  });

  test('should keep a multilingual index (no forced language) in one part, as the browser asks each part for its page\'s language', async () => {
    const pages: Array<[string, string]> = [['en/index.html', page('Hello', '<p>English words here</p>')], ['fr/index.html', page('Bonjour', '<p>Des mots en français</p>', 'fr')]];
    const result = await writeIndex(pages, 10, undefined, null);
    assert.deepEqual(bundleParts(result.outputPath), []);
    assert.equal(result.pages, 2);
  });

  test('should reuse the last bundle\'s fragments of kept pages from whichever part they were in', async () => {
    const size = PAGES[0]?.[1].length ?? 0;
    const last = await writeIndex(PAGES, size * 2 + 10);
    const fragmentOf = new Map(partFolders(last.outputPath).flatMap((folder) => readdirSync(path.join(folder, 'fragment')).map((name) => [name, path.join(folder, 'fragment', name)] as const)));
    // Now a part holds three pages: `three` moves from the second part to the first, `five` and `six` from the third to the second.
    const kept = new Set(PAGES.map(([dest]) => `/${dest.replace(/index\.html$/, '')}`));
    const again = await writeIndex(PAGES, size * 3 + 10, { last: last.outputPath, kept });
    assert.deepEqual(bundleParts(again.outputPath), ['part-2/']);
    assert.deepEqual(partFolders(again.outputPath).map(urlsIn), [['/one/', '/three/', '/two/'], ['/five/', '/four/', '/six/']]);
    let linked = 0;
    for (const folder of partFolders(again.outputPath)) {
      for (const name of readdirSync(path.join(folder, 'fragment'))) {
        const before = fragmentOf.get(name);
        assert.ok(before, `${name} is the fragment the last build wrote for the same page`);
        if (statSync(before).ino === statSync(path.join(folder, 'fragment', name)).ino) linked++;
      }
    }
    assert.equal(linked, 6, 'every fragment is the last build\'s file, linked');
  });

  test('should read files a part\'s worth at a time, into the parts their HTML handed over would fill from an empty part, and leave out, with a message, a name a glob would read otherwise', async () => {
    const dir = tempDir();
    for (const [dest, html] of PAGES) {
      mkdirSync(path.join(dir, path.dirname(dest)), { recursive: true });
      writeFileSync(path.join(dir, dest), html);
    }
    mkdirSync(path.join(dir, 'odd[1]'));
    writeFileSync(path.join(dir, 'odd[1]/index.html'), page('Odd', '<p>odd</p>'));
    const size = PAGES[0]?.[1].length ?? 0;
    const search = startSearchIndex('en', undefined, size * 2 + 10);
    search.addFiles(dir, [...PAGES.map(([file, html]) => ({ file, chars: html.length })), { file: 'odd[1]/index.html', chars: 10 }]);
    const result = await search.finish(dir);
    assert.equal(result.pages, 6);
    assert.equal(result.messages.length, 1);
    assert.match(result.messages[0] ?? '', /odd\[1\]\/index\.html: not read from its file/);
    assert.deepEqual(partFolders(result.outputPath).map(urlsIn), [['/one/', '/two/'], ['/four/', '/three/'], ['/five/', '/six/']]);
  });

  test('should list only folder names with a slash in parts.json, whatever else the file holds', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, PARTS_FILE), JSON.stringify(['part-2/', '../up/', 'part-3', 4, 'a/b/']));
    assert.deepEqual(bundleParts(dir), ['part-2/']);
    writeFileSync(path.join(dir, PARTS_FILE), '{');
    assert.deepEqual(bundleParts(dir), []);
    assert.deepEqual(bundleParts(path.join(dir, 'missing')), []);
  });

  test('should give the dev server\'s in-memory index an empty list of parts', async () => {
    const index = await buildMemoryIndex([{ url: 'a/', title: 'A', html: '<p>Alpha</p>' }], 'en');
    assert.equal(new TextDecoder().decode(index.files.get(PARTS_FILE)), '[]');
  });
});
