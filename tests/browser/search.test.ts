/**
 * Search end to end in Chromium: the guide built with site_url under /guide/ (a config that
 * INHERITs mkdocs.yml, written next to it so every relative path resolves the same), served
 * from that sub-path, searched with the keyboard and the mouse, checked with axe, and every
 * request checked to stay on the site's origin. Also measures keystroke -> first result. The
 * same search against `serve` is tests/browser/search-serve.test.ts (a file of its own, so the
 * two run side by side).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { RESULT, resultHrefs, search } from '../helpers/search-dialog.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

let site: BuiltSite;
let server: RunningServer;
let browser: Browser;
/** Every URL the browser asked for, across all tests. */
const requested: string[] = [];

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url);
  return page;
}

describe('search on the guide served from /guide/', () => {
  before(async () => {
    site = await sharedSite(GUIDE_UNDER_SUBPATH);
    server = await serveStatic(site.dir, '/guide/');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('should report how many pages the build indexed: all of them but the 404 page', () => {
    const built = /built (\d+) pages/.exec(site.stdout)?.[1];
    assert.ok(built && Number(built) > 0, site.stdout);
    assert.match(site.stdout, new RegExp(`search: ${built} pages indexed`));
  });

  test('should load neither the dialog code nor the index before search is opened', async () => {
    const page = await openPage(server.url);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requested.filter((url) => url.includes('/pagefind/')), []);
    const resultsSheet = 'link[rel="stylesheet"][data-md-search-results]';
    assert.equal(await page.locator(resultsSheet).count(), 0, 'the results\' rules are not linked before search is used');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.querySelector('.md-search-result__meta')?.textContent === 'Type to start searching');
    assert.ok(requested.some((url) => url.endsWith('/guide/pagefind/pagefind.js')), 'pagefind.js is loaded from the sub-path');
    assert.match((await page.locator(resultsSheet).getAttribute('href')) ?? '', /^\/guide\/_astro\/results\.[\w-]+\.css$/);
    await page.close();
  });

  test('should find Sealed Sender, open Real-Time Communication and mark the term in view', async () => {
    const page = await openPage(server.url);
    await search(page, 'Sealed Sender');
    const link = page.locator(RESULT, { hasText: 'Real-Time Communication' }).first();
    await assert.doesNotReject(link.waitFor());
    assert.equal(await link.evaluate((element) => getComputedStyle(element).display), 'block', 'results.css styles the results');
    // Pagefind may mark other matches first (stemming); the query's own words must be among them.
    const marked = (await link.locator('mark').allTextContents()).map((text) => text.toLowerCase().replace(/[^a-z]/g, ''));
    assert.ok(marked.includes('sealed'), `marked: ${marked.join(', ')}`);
    await link.click();
    await page.waitForURL(/\/guide\/real-time-communication\/\?h=sealed\+sender#[\w-]+$/);
    const marks = page.locator('article mark[data-md-highlight]');
    await marks.first().waitFor();
    assert.match((await marks.first().textContent()) ?? '', /sealed|sender/i);
    const inView = await marks.evaluateAll((all) => all.some((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }));
    assert.ok(inView, 'a marked term is visible without scrolling');
    const section = await page.evaluate(() => {
      const box = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect();
      return box ? box.top >= 0 && box.top < window.innerHeight / 2 : false;
    });
    assert.ok(section, 'the matching section heading is scrolled into view');
    // A page opened from a result links the marks' rules itself: its clear button stays in reach.
    assert.equal(await page.locator('.md-search-highlight__clear').evaluate((button) => getComputedStyle(button).position), 'sticky');
    await page.keyboard.press('Escape');
    assert.equal(await marks.count(), 0, 'Escape clears the highlight');
    assert.doesNotMatch(page.url(), /[?&]h=/);
    await page.close();
  });

  test('should find both guide pages that mention Tor', async () => {
    const page = await openPage(server.url);
    await search(page, 'Tor');
    const hrefs = await resultHrefs(page);
    assert.ok(hrefs.includes('/guide/real-time-communication/'), hrefs.join(', '));
    assert.ok(hrefs.some((href) => href === '/guide/advanced/communication-network-types/'), hrefs.join(', '));
    await page.close();
  });

  test('should say so when nothing matches', async () => {
    const page = await openPage(server.url);
    await search(page, 'qzxvwkj');
    assert.equal(await page.locator('.md-search-result__meta').textContent(), 'No results for “qzxvwkj”');
    assert.equal(await page.locator(RESULT).count(), 0);
    await page.close();
  });

  test('should work with the keyboard only: Tab to the trigger, arrows, Enter, Escape', async () => {
    const page = await openPage(server.url);
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== '__search'; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), '__search', 'the search trigger is in the tab order');
    await page.keyboard.press('Space');
    await page.locator('dialog.md-search[open]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), '__search-input');
    await page.keyboard.press('Escape');
    await page.locator('dialog.md-search[open]').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), '__search', 'focus returns to the trigger');

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Tor');
    await page.locator(RESULT).nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? document.activeElement.href : ''));
    assert.equal(second, await page.locator(RESULT).nth(1).evaluate((a) => (a instanceof HTMLAnchorElement ? a.href : '')));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.id), '__search-input', 'ArrowUp from the first result returns to the input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.href === second), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('should keep keys typed right after the shortcut, and not reopen on s or / typed in the field', async () => {
    const page = await openPage(server.url);
    await page.keyboard.press('s');
    await page.keyboard.type('tor s/');
    assert.equal(await page.locator('#__search-input').inputValue(), 'tor s/', 'nothing typed while the dialog loads is lost');
    await page.close();
  });

  test('should say search is unavailable when its index cannot be loaded', async () => {
    const page = await browser.context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.waitForFunction(() => /unavailable/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''));
    assert.match((await page.locator('.md-search-result__meta').textContent()) ?? '', /npm run build/);
    await page.close();
  });

  test('should say search could not be loaded when its code cannot be (the labels neither: the dialog carries the words)', async () => {
    const page = await browser.context.newPage();
    await page.route(/\/_astro\/(dialog|client-labels)\.[^/]*\.js$/, (route) => route.abort());
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''));
    assert.equal(await page.locator('dialog.md-search').evaluate((dialog) => dialog instanceof HTMLDialogElement && dialog.open), true, 'the dialog opened all the same');
    await page.close();
  });

  test('should have no axe violations with the dialog open, in light and dark', async () => {
    for (const scheme of ['default', 'slate']) {
      const page = await openPage(server.url);
      await page.evaluate((value) => { document.body.dataset['mdColorScheme'] = value; }, scheme);
      await search(page, 'Tor');
      const results = await new AxeBuilder({ page }).include('dialog.md-search').analyze();
      assert.deepEqual(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      await page.close();
    }
  });

  test('should measure keystroke -> first result (printed, not asserted)', async () => {
    const page = await openPage(server.url);
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.querySelector('.md-search-result__meta')?.textContent === 'Type to start searching');
    const timings: number[] = [];
    for (const query of ['signal', 'tor', 'vpn', 'threat', 'matrix', 'onion', 'metadata']) {
      await page.locator('#__search-input').fill('');
      await page.waitForFunction(() => document.querySelectorAll('.md-search-result__link').length === 0);
      const ms = await page.evaluate((q) => new Promise<number>((resolve) => {
        const input = document.getElementById('__search-input');
        const list = document.getElementById('__search-results');
        if (!(input instanceof HTMLInputElement) || !list) return resolve(-1);
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (list.children.length === 0) return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(list, { childList: true });
        input.value = q;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }), query);
      timings.push(ms);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(`keystroke -> first result: ${timings.map((t) => t.toFixed(1)).join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms`);
    assert.ok(timings.every((t) => t >= 0));
    await page.close();
  });

  test('should make no request outside the site origin', () => {
    const origin = new URL(server.url).origin;
    const outside = requested.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
    assert.deepEqual(outside, []);
    assert.ok(requested.length > 0);
  });
});
