/**
 * The render cache file in the output folder: read back as written, and anything else in its
 * place (another format, a truncated file, no file) is simply no cache.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { placeRenderCache, readRenderCache, writeRenderCache, writeRenderCacheFile } from '../../src/integration/cache-file.ts';
import { CACHE_DIR } from '../../src/shared/build-cache.ts';
import type { RenderCache } from '../../src/site/render-cache.ts';
import { htmlText, type PageHtml } from '../../src/shared/page-html.ts';

const cache: RenderCache = {
  settings: 'settings-hash',
  pages: new Map([['index.md', {
    source: 'source-hash',
    includes: [['/project/glossary.md', 'include-hash']],
    page: { src: 'index.md', result: { html: '<h1 id="home">Home</h1>', toc: [], title: 'Home', meta: {}, includes: ['/project/glossary.md'], ids: ['home'], links: [], messages: [] }, messages: [] },
  }]]),
};

/** An output folder, a folder for pages' HTML files, and the cached index page with other HTML. */
function folders() {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
  const htmlDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-html-'));
  const entry = cache.pages.get('index.md');
  assert.ok(entry);
  const withHtml = (html: PageHtml) => ({ ...entry, page: { ...entry.page, result: { ...entry.page.result, html } } });
  return { outDir, htmlDir, withHtml };
}

describe('the render cache file', () => {
  test('should read back what was written', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    writeRenderCache(outDir, cache);
    assert.deepEqual(readRenderCache(outDir), cache);
  });

  test('should read back what the renderer said of the settings, and none from a cache without it', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    const notes = { unsupported: ['no_such_extension'], optionWarnings: [{ extension: 'toc', message: 'unknown option "x"' }] };
    writeRenderCache(outDir, { ...cache, notes });
    assert.deepEqual(readRenderCache(outDir)?.notes, notes);
    writeRenderCache(outDir, cache);
    assert.equal(readRenderCache(outDir)?.notes, undefined);
  });

  test('should read back a file written elsewhere once it is put in place, replacing the last one', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    writeRenderCache(outDir, { settings: 'older', pages: new Map() });
    const file = path.join(outDir, '.workspace-render.v8');
    writeRenderCacheFile(file, cache);
    assert.equal(readRenderCache(outDir)?.settings, 'older');
    placeRenderCache(file, outDir);
    assert.deepEqual(readRenderCache(outDir), cache);
    assert.equal(existsSync(file), false);
  });

  test('should be no cache when there is no file, or a file that is not ours', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    assert.equal(readRenderCache(outDir), undefined);
    mkdirSync(path.join(outDir, CACHE_DIR));
    writeFileSync(path.join(outDir, CACHE_DIR, 'render.v8'), 'not a cache');
    assert.equal(readRenderCache(outDir), undefined);
  });

  test('should be no cache when the file was cut short, at a record or inside one', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    writeRenderCache(outDir, cache);
    const file = path.join(outDir, CACHE_DIR, 'render.v8');
    const whole = readFileSync(file);
    for (const cut of [whole.length - 1, whole.length - 10, 3]) {
      writeFileSync(file, whole.subarray(0, cut));
      assert.equal(readRenderCache(outDir), undefined, `cut at ${cut} of ${whole.length}`);
    }
  });

  test('should read back a big page whose HTML is written as UTF-8 after its record, and keep a page UTF-8 would change whole', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    const entry = cache.pages.get('index.md');
    assert.ok(entry);
    const withHtml = (html: string) => ({ ...entry, page: { ...entry.page, result: { ...entry.page.result, html } } });
    const pages: RenderCache = { settings: 's', pages: new Map([['big.md', withHtml('<p>Größe 😀 ✓</p>')], ['small.md', withHtml('<p>')], ['surrogate.md', withHtml('<p>\uD800</p>')]]) };
    writeRenderCache(outDir, pages, 8);
    const file = readFileSync(path.join(outDir, CACHE_DIR, 'render.v8'));
    // The big page's HTML as UTF-8 bytes in the file; the lone surrogate's page in its record.
    assert.ok(file.includes(Buffer.from('<p>Größe 😀 ✓</p>')));
    assert.deepEqual(readRenderCache(outDir), pages);
    // Cut inside the big page's HTML: no cache.
    writeFileSync(path.join(outDir, CACHE_DIR, 'render.v8'), file.subarray(0, file.indexOf(Buffer.from('Größe'))));
    assert.equal(readRenderCache(outDir), undefined);
  });

  test('should read back a big page written in slices, with a character beyond the BMP across a slice\'s edge', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    const entry = cache.pages.get('index.md');
    assert.ok(entry);
    // The pair's first half is the last character of the first 1 MiB slice (write-text.ts).
    const html = `<p>${'a'.repeat((1 << 20) - 4)}😀</p>`;
    const pages: RenderCache = { settings: 's', pages: new Map([['big.md', { ...entry, page: { ...entry.page, result: { ...entry.page.result, html } } }]]) };
    writeRenderCache(outDir, pages, 8);
    assert.deepEqual(readRenderCache(outDir), pages);
  });

  test('should write a page whose HTML is in a file raw, whatever its size, and read it back as the string it holds, or as a file of the folder given', () => {
    const { outDir, htmlDir, withHtml } = folders();
    const html = '<p>Größe 😀 ✓</p>';
    const file = path.join(outDir, 'page.html');
    writeFileSync(file, html);
    // A string page is raw only from the size given; a page in a file always is (its UTF-8, after the record).
    writeRenderCache(outDir, { settings: 's', pages: new Map([['page.md', withHtml({ file, chars: html.length })], ['string.md', withHtml(html)]]) }, 1 << 20);
    const written = readFileSync(path.join(outDir, CACHE_DIR, 'render.v8'));
    assert.ok(written.includes(Buffer.from(html)), 'raw');
    assert.equal(written.indexOf(Buffer.from(html)), written.lastIndexOf(Buffer.from(html)), 'the string page in its record, not raw');
    assert.deepEqual(readRenderCache(outDir), { settings: 's', pages: new Map([['page.md', withHtml(html)], ['string.md', withHtml(html)]]) });
    const read = readRenderCache(outDir, htmlDir)?.pages.get('page.md')?.page.result.html;
    assert.ok(read !== undefined && typeof read !== 'string', 'the page names a file');
    assert.equal(path.dirname(read.file), htmlDir);
    assert.equal(read.chars, html.length);
    assert.equal(htmlText(read), html);
    // Its bytes where they are in the cache file, linked there: not copied into a file of their own.
    assert.ok(read.at, 'a range of the file');
    assert.equal(statSync(read.file).ino, statSync(path.join(outDir, CACHE_DIR, 'render.v8')).ino);
    assert.deepEqual(readdirSync(htmlDir), [path.basename(read.file)]);
    // A build putting its own cache in place (another file under the same name) leaves them as they were.
    writeRenderCache(outDir, { settings: 's', pages: new Map([['page.md', withHtml('<p>new</p>'.repeat(9))]]) }, 1);
    assert.equal(htmlText(read), html);
  });

  test('should copy a big page\'s HTML into a file of its own in the folder given when the cache cannot be linked there', () => {
    const { outDir, htmlDir, withHtml } = folders();
    const big = `<p>${'Größe 😀 ✓ '.repeat(1000)}</p>`;
    writeRenderCache(outDir, { settings: 's', pages: new Map([['big.md', withHtml(big)]]) }, 8);
    const crossDevice = () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    const html = readRenderCache(outDir, htmlDir, crossDevice)?.pages.get('big.md')?.page.result.html;
    assert.ok(html !== undefined && typeof html !== 'string', 'the big page names a file');
    assert.equal(html.at, undefined, 'a file of its own');
    assert.equal(readFileSync(html.file, 'utf8'), big);
    // Cut inside the big page's HTML: no cache.
    const file = path.join(outDir, CACHE_DIR, 'render.v8');
    writeFileSync(file, readFileSync(file).subarray(0, -10));
    assert.equal(readRenderCache(outDir, htmlDir, crossDevice), undefined);
  });

  test('should name a big page\'s HTML where it is in the cache linked into the folder given, never decoding it here', () => {
    const { outDir, htmlDir, withHtml } = folders();
    const big = `<p>${'Größe 😀 ✓ '.repeat(300_000)}</p>`;
    writeRenderCache(outDir, { settings: 's', pages: new Map([['big.md', withHtml(big)], ['small.md', withHtml('<p>')]]) }, 8);
    const read = readRenderCache(outDir, htmlDir);
    const html = read?.pages.get('big.md')?.page.result.html;
    assert.ok(html !== undefined && typeof html !== 'string', 'the big page names a file');
    assert.equal(path.dirname(html.file), htmlDir);
    assert.equal(html.chars, big.length);
    assert.equal(htmlText(html), big);
    assert.equal(read?.pages.get('small.md')?.page.result.html, '<p>');
    // Cut inside the big page's HTML: no cache.
    const file = path.join(outDir, CACHE_DIR, 'render.v8');
    writeFileSync(file, readFileSync(file).subarray(0, -10));
    assert.equal(readRenderCache(outDir, htmlDir), undefined);
  });

  test('should keep every page of a site of many pages, written and read one record at a time', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-cache-'));
    const entry = cache.pages.get('index.md');
    assert.ok(entry);
    const many: RenderCache = { settings: 's', pages: new Map(Array.from({ length: 500 }, (_, i) => [`page-${i}.md`, { ...entry, source: `hash-${i}` }])) };
    writeRenderCache(outDir, many);
    assert.deepEqual(readRenderCache(outDir), many);
  });
});
