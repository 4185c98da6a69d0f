/**
 * Which rendered or reused pages the search index reads from their files instead of taking their
 * HTML from the build: big ones, whose file name a glob matches as it is, without sections left out.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { addReusedPages, fileGlob, pagesInFlight, readFromFile } from '../../src/integration/emit.ts';
import type { PageHtml } from '../../src/shared/page-html.ts';

describe('readFromFile', () => {
  const page = (html: PageHtml, dest = 'big/index.html') => ({ dest, html });
  test('should read a page from its file only from the size given', () => {
    const html = '<p>big</p>';
    assert.equal(readFromFile(page(html), html.length), true);
    assert.equal(readFromFile(page(html), html.length + 1), false);
  });
  test('should hand over a page with a section the search leaves out, which the build marks first', () => {
    assert.equal(readFromFile(page('<h2 id="x" data-search-exclude>Hidden</h2><p>x</p>'), 1), false);
  });
  test('should measure and scan a page whose HTML is in a file as the same HTML in memory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-emit-'));
    const inFile = (html: string) => {
      writeFileSync(path.join(dir, 'page.html'), html);
      return { file: path.join(dir, 'page.html'), chars: html.length };
    };
    for (const html of ['<p>big</p>', '<h2 id="x" data-search-exclude>Hidden</h2><p>x</p>']) {
      assert.equal(readFromFile(page(inFile(html)), 1), readFromFile(page(html), 1), html);
      assert.equal(readFromFile(page(inFile(html)), html.length + 1), false);
    }
    assert.equal(pagesInFlight([{ html: '<p>a</p>' }, { html: inFile('x'.repeat(100)) }], 100), 1);
    rmSync(dir, { recursive: true, force: true });
  });
  test('should hand over a page whose file name a glob would read otherwise', () => {
    assert.equal(readFromFile(page('<p>x</p>', 'big[1]/index.html'), 1), false);
  });
});

describe('addReusedPages', () => {
  test('should leave a big reused page to Pagefind to read once placed, and hand over the others from the last build\'s files', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-reused-'));
    mkdirSync(path.join(outDir, 'small'));
    writeFileSync(path.join(outDir, 'small/index.html'), '<html><body><article><p>small</p></article></body></html>');
    const added = new Map<string, string | (() => string)>();
    const placed: string[] = [];
    const big = '<p>big</p>';
    addReusedPages({ add: (dest, html) => void added.set(dest, html) }, [{ dest: 'big/index.html', html: big }, { dest: 'small/index.html', html: '<p>s</p>' }], outDir, placed, big.length);
    assert.deepEqual(placed, ['big/index.html']);
    assert.deepEqual([...added.keys()], ['small/index.html']);
    const read = added.get('small/index.html');
    assert.match(typeof read === 'function' ? read() : '', /small/);
    rmSync(outDir, { recursive: true, force: true });
  });
});

describe('pagesInFlight', () => {
  test('renders a few pages at once, one at a time when a page is big', () => {
    const pages = [{ html: '<p>a</p>' }, { html: '<p>bb</p>' }];
    assert.ok(pagesInFlight(pages, 100) > 1);
    assert.equal(pagesInFlight([...pages, { html: 'x'.repeat(100) }], 100), 1);
    assert.ok(pagesInFlight([...pages, { html: 'x'.repeat(99) }], 100) > 1);
  });
});

describe('fileGlob', () => {
  test('should match a plain file name as it is', () => {
    assert.equal(fileGlob('guide/getting-started_2.0/index.html'), 'guide/getting-started_2.0/index.html');
  });
  test('should refuse names with glob syntax, spaces, non-ASCII letters or dot folders', () => {
    for (const dest of ['a/*.html', 'a/{b,c}.html', 'a?/index.html', 'a b/index.html', 'über/index.html', '../x.html', 'a/./x.html', '/abs.html', 'a//b.html']) {
      assert.equal(fileGlob(dest), undefined, dest);
    }
  });
});
