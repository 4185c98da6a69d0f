/**
 * Search over an index in parts (src/search/index-parts.ts PART_CHARS) in Chromium: the guide's built
 * site, copied, its index written again with one page per part, served under /guide/. The
 * dialog reads `pagefind/parts.json`, merges every part, and finds pages of different parts for
 * one query, ranked together. The index in one part is tests/browser/search.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { resultHrefs, search } from '../helpers/search-dialog.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { bundleParts } from '../../src/search/bundle-entry.ts';
import { startSearchIndex } from '../../src/search/index.ts';

let dir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;
const requested: string[] = [];

describe('search over an index in parts', () => {
  before(async () => {
    const built = await sharedSite(GUIDE_UNDER_SUBPATH);
    // A copy: the shared build is read by other test files meanwhile.
    dir = mkdtempSync(path.join(os.tmpdir(), 'search-parts-site-'));
    cpSync(built.dir, dir, { recursive: true });
    rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true });
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split(path.sep).join('/'))
      .filter((name) => name.endsWith('/index.html') && !name.startsWith('pagefind/'))
      .sort();
    // A part a character big: each page is a part of its own.
    const search = startSearchIndex('en', undefined, 1);
    search.addFiles(dir, pages.map((file) => ({ file, chars: readFileSync(path.join(dir, file), 'utf8').length })));
    const result = await search.finish(dir);
    assert.deepEqual(result.messages, []);
    server = await serveStatic(dir, '/guide/');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('should find pages of different parts for one query, every part loaded from the site', async () => {
    assert.ok(bundleParts(path.join(dir, 'pagefind')).length >= 2, 'the guide\'s pages are in three parts or more');
    if (!browser || !server) throw new Error('started in before()');
    const page = await browser.context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(server.url);
    await search(page, 'Tor');
    const hrefs = await resultHrefs(page);
    assert.ok(hrefs.includes('/guide/real-time-communication/'), hrefs.join(', '));
    assert.ok(hrefs.includes('/guide/advanced/communication-network-types/'), hrefs.join(', '));
    assert.ok(requested.some((url) => url.endsWith('/guide/pagefind/parts.json')), 'the list of parts is read');
    for (const folder of bundleParts(path.join(dir, 'pagefind'))) {
      assert.ok(requested.some((url) => url.includes(`/guide/pagefind/${folder}`)), `part ${folder} is searched`);
    }
    assert.deepEqual(requested.filter((url) => !url.startsWith(server?.url ?? '-')), [], 'nothing is asked of another host');
    await page.close();
  });
});
