/**
 * src/search/kept-parts.ts with the real Pagefind binary: a rebuild of an index in parts keeps the
 * parts none of whose pages changed, their files linked from the last bundle, and indexes the
 * others again; a part that cannot be linked has its pages read again instead.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { startEarlyIndex } from '../../src/integration/early-index.ts';
import { saveViews, type ViewsFile } from '../../src/integration/page-reuse.ts';
import { bundleParts } from '../../src/search/bundle-entry.ts';
import { seedBundle } from '../../src/search/bundle-reuse.ts';
import { startSearchIndex, type SearchIndexResult } from '../../src/search/index.ts';
import type { IndexedFile } from '../../src/search/index-parts.ts';
import { isRecordedParts, keptParts, type RecordedPart } from '../../src/search/kept-parts.ts';
import { fragmentUrls, scratchFolders, searchPage } from '../helpers/search-bundle.ts';

const html = (title: string, body: string) => searchPage(title, body);
const NAMES = ['one', 'two', 'three', 'four', 'five', 'six'];
const pageHtml = (name: string, word = `${name}word`) => html(name, `<p>Sharedword and ${word} ${'filler '.repeat(10)}</p>`);
/** Two pages fit in a part, a third would not. */
const PART_CHARS = pageHtml('three').length * 2 + 10;

const tempDir = scratchFolders('kept-parts-');

/** A site folder with each page's file (`one/index.html`...): the files Pagefind reads. */
function siteWith(pages: ReadonlyMap<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of pages) {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'index.html'), text);
  }
  return dir;
}
const fileOf = (name: string, text: string): IndexedFile => ({ file: `${name}/index.html`, chars: text.length });

/** The site's index, written into the site, its pages read from their files: three parts of two. */
async function lastIndex(site: string, pages: ReadonlyMap<string, string>): Promise<SearchIndexResult> {
  const search = startSearchIndex('en', undefined, PART_CHARS);
  search.addFiles(site, [...pages].map(([name, text]) => fileOf(name, text)));
  const result = await search.finish(site);
  assert.deepEqual(result.messages, []);
  return result;
}

const urlsIn = fragmentUrls;
/** Each file's inode under `folder`, by its path there. */
function inodes(folder: string): Map<string, number> {
  return new Map(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(folder, name)).isFile()).map((name) => [name, statSync(path.join(folder, name)).ino]));
}
const url = (name: string) => `/${name}/`;

describe('keptParts', () => {
  test('keeps the parts whose every page is kept and whose bundle holds as many, never an index of one part', async () => {
    const pages = new Map(NAMES.map((name) => [name, pageHtml(name)]));
    const site = siteWith(pages);
    const last = await lastIndex(site, pages);
    assert.ok(last.parts && isRecordedParts(last.parts));
    assert.deepEqual(last.parts, [{ folder: '', urls: ['/one/', '/two/'] }, { folder: 'part-2', urls: ['/three/', '/four/'] }, { folder: 'part-3', urls: ['/five/', '/six/'] }]);
    const bundle = path.join(site, 'pagefind');
    const kept = new Map(NAMES.filter((name) => name !== 'four').map((name) => [url(name), fileOf(name, pages.get(name) ?? '')]));
    assert.deepEqual(keptParts(last.parts, kept, bundle, site)?.parts.map((part) => [part.folder, part.files.map((file) => file.file)]), [['', ['one/index.html', 'two/index.html']], ['part-3', ['five/index.html', 'six/index.html']]]);
    // A part whose bundle holds another count than recorded is not kept.
    const miscounted: RecordedPart[] = last.parts.map((part) => (part.folder === '' ? { ...part, urls: [...part.urls, '/seven/'] } : part));
    assert.deepEqual(keptParts(miscounted, new Map([...kept, ['/seven/', fileOf('seven', '')]]), bundle, site)?.parts.map((part) => part.folder), ['part-3']);
    // Every part kept (pages added only): the last is indexed again, to take the new pages.
    const all = new Map(NAMES.map((name) => [url(name), fileOf(name, pages.get(name) ?? '')]));
    assert.deepEqual(keptParts(last.parts, all, bundle, site)?.parts.map((part) => part.folder), ['', 'part-2']);
    assert.equal(keptParts(last.parts.slice(0, 1), all, bundle, site), undefined);
    assert.equal(keptParts(undefined, all, bundle, site), undefined);
    assert.equal(isRecordedParts([{ folder: '../x', urls: [] }]), false);
    assert.equal(isRecordedParts([{ folder: 'part-2', urls: [2] }]), false);
  });
});

describe('seedBundle beside kept parts', () => {
  test('looks for fragments only in the last parts not kept whole, whose pages a new part may hold', async () => {
    const pages = new Map(NAMES.map((name) => [name, pageHtml(name)]));
    const site = siteWith(pages);
    await lastIndex(site, pages);
    const bundle = path.join(site, 'pagefind');
    assert.deepEqual(seedBundle(bundle, tempDir(), new Set(['/three/'])).map((fragment) => fragment.url), ['/three/']);
    assert.deepEqual(seedBundle(bundle, tempDir(), new Set(['/three/']), new Set(['part-2'])), []);
    assert.deepEqual(seedBundle(bundle, tempDir(), new Set(['/one/', '/three/']), new Set(['part-3'])).map((fragment) => fragment.url).sort(), ['/one/', '/three/']);
  });
});

describe('an index keeping parts of the last one', () => {
  /** The last build's site (index written), and the next index's kept parts when `changed` changed. */
  async function rebuild(changed: string) {
    const pages = new Map(NAMES.map((name) => [name, pageHtml(name)]));
    const site = siteWith(pages);
    const last = await lastIndex(site, pages);
    const bundle = path.join(site, 'pagefind');
    const before = new Map(['', ...bundleParts(bundle).map((folder) => folder.slice(0, -1))].map((folder) => [folder, inodes(path.join(bundle, folder))]));
    const keptFiles = new Map(NAMES.filter((name) => name !== changed).map((name) => [url(name), fileOf(name, pages.get(name) ?? '')]));
    const kept = keptParts(last.parts, keptFiles, bundle, site);
    assert.ok(kept);
    const search = startSearchIndex('en', { last: bundle, kept: new Set(keptFiles.keys()) }, PART_CHARS, kept);
    const inKept = new Set(kept.parts.flatMap((part) => part.urls));
    search.addFiles(site, [...keptFiles].flatMap(([address, file]) => (inKept.has(address) ? [] : [file])));
    search.add(`${changed}/index.html`, pageHtml(changed, 'rewrittenword'));
    return { bundle, before, kept, search };
  }

  /** The files of the new index's own part that a part's bundle has (not the other parts nor their list). */
  const ownFiles = (root: string) => new Map([...inodes(root)].filter(([name]) => name !== 'parts.json' && !name.startsWith('part-')));

  test('links the parts kept first, indexes the one with the changed page again after them, and lists and counts them all', async () => {
    const { bundle, before, kept, search } = await rebuild('four');
    assert.deepEqual(kept.parts.map((part) => part.folder), ['', 'part-3']);
    const out = tempDir();
    const result = await search.finish(out);
    assert.deepEqual(result.messages, []);
    assert.equal(result.pages, 6);
    const root = path.join(out, 'pagefind');
    assert.deepEqual(bundleParts(root), ['part-2/', 'part-3/']);
    // The kept parts are the last bundle's files (their pages never handed to Pagefind), the second now `part-2`.
    assert.deepEqual(ownFiles(root), ownFiles(path.join(bundle)));
    assert.deepEqual(inodes(path.join(root, 'part-2')), before.get('part-3'));
    // The part indexed again holds the new page and its kept neighbour.
    assert.deepEqual(urlsIn(path.join(root, 'part-3')), ['/four/', '/three/']);
    assert.deepEqual(result.parts, [{ folder: '', urls: ['/one/', '/two/'] }, { folder: 'part-2', urls: ['/five/', '/six/'] }, { folder: 'part-3', urls: ['/three/', '/four/'] }]);
    // The last build's list of parts is as it was.
    assert.equal(readFileSync(path.join(bundle, 'parts.json'), 'utf8'), JSON.stringify(['part-2/', 'part-3/']));
  });

  test('links a kept part as the index\'s own when that part changed, so the dialog\'s entry files are there', async () => {
    const { before, search } = await rebuild('one');
    const out = tempDir();
    const result = await search.finish(out);
    assert.deepEqual(result.messages, []);
    assert.equal(result.pages, 6);
    const root = path.join(out, 'pagefind');
    assert.deepEqual(ownFiles(root), before.get('part-2'));
    assert.deepEqual(inodes(path.join(root, 'part-2')), before.get('part-3'));
    assert.deepEqual(urlsIn(path.join(root, 'part-3')), ['/one/', '/two/']);
    assert.deepEqual(bundleParts(root), ['part-2/', 'part-3/']);
  });

  test('reads the pages of a part that cannot be linked when the index is written, the index\'s own too', async () => {
    for (const broken of ['part-3', '']) {
      const { bundle, search } = await rebuild('four');
      // Another build's bundle, published meanwhile: not as many pages as recorded.
      rmSync(path.join(bundle, broken, 'pagefind-entry.json'));
      const out = tempDir();
      const result = await search.finish(out);
      assert.deepEqual(result.messages, []);
      assert.equal(result.pages, 6, broken);
      const root = path.join(out, 'pagefind');
      assert.ok(readdirSync(root).includes('pagefind-entry.json'), broken);
      const found = ['', ...bundleParts(root)].flatMap((folder) => urlsIn(path.join(root, folder))).sort();
      assert.deepEqual(found, NAMES.map(url).sort(), broken);
      assert.equal(result.parts?.length, bundleParts(root).length + 1);
    }
  });

  test('writes no part for a part whose pages were all removed', async () => {
    const pages = new Map(NAMES.map((name) => [name, pageHtml(name)]));
    const site = siteWith(pages);
    const last = await lastIndex(site, pages);
    const bundle = path.join(site, 'pagefind');
    const keptFiles = new Map(NAMES.filter((name) => name !== 'three' && name !== 'four').map((name) => [url(name), fileOf(name, pages.get(name) ?? '')]));
    const kept = keptParts(last.parts, keptFiles, bundle, site);
    assert.deepEqual(kept?.parts.map((part) => part.folder), ['', 'part-3']);
    const search = startSearchIndex('en', { last: bundle, kept: new Set(keptFiles.keys()) }, PART_CHARS, kept);
    const out = tempDir();
    const result = await search.finish(out);
    assert.deepEqual(result.messages, []);
    assert.equal(result.pages, 4);
    assert.deepEqual(bundleParts(path.join(out, 'pagefind')), ['part-2/']);
    assert.deepEqual(result.parts, [{ folder: '', urls: ['/one/', '/two/'] }, { folder: 'part-2', urls: ['/five/', '/six/'] }]);
  });
});

describe('startEarlyIndex with the parts the last build recorded', () => {
  test('hands Pagefind only the pages of parts with a changed page, and holds the others', async () => {
    const pages = new Map(NAMES.map((name) => [name, pageHtml(name)]));
    const site = siteWith(pages);
    const last = await lastIndex(site, pages);
    const views: Record<string, ViewsFile['pages'][string]> = {};
    for (const name of NAMES) {
      const stat = statSync(path.join(site, name, 'index.html'));
      views[`${name}/index.html`] = { key: 'k', shell: 's', size: stat.size, mtimeMs: stat.mtimeMs };
    }
    saveViews(site, { format: 2, assets: [], pages: views, search: { language: 'en', pages: 'key', parts: last.parts } });
    const before = [inodes(path.join(site, 'pagefind')), inodes(path.join(site, 'pagefind', 'part-3'))];
    const dests = NAMES.filter((name) => name !== 'four').map((name) => `${name}/index.html`);
    const early = startEarlyIndex(site, dests);
    assert.ok(early);
    assert.deepEqual([...early.pages].sort(), [...dests].sort());
    early.search.add('four/index.html', pageHtml('four', 'rewrittenword'));
    const out = tempDir();
    const result = await early.search.finish(out);
    assert.deepEqual(result.messages, []);
    assert.equal(result.pages, 6);
    assert.equal(inodes(path.join(out, 'pagefind')).get('pagefind-entry.json'), before[0]?.get('pagefind-entry.json'));
    assert.deepEqual(inodes(path.join(out, 'pagefind', 'part-2')), before[1]);
    assert.deepEqual(urlsIn(path.join(out, 'pagefind', 'part-3')), ['/four/', '/three/']);
    assert.deepEqual(result.parts?.map((part) => part.folder), ['', 'part-2', 'part-3']);
  });
});
