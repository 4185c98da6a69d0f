/**
 * Material's browser-side API on tests/fixtures/globals-site, under the strict CSP with a clean
 * console: the site's own script (docs/js/site.js) reads `__md_get("__palette")`, follows
 * `location$`, claims a key from `keyboard$` and counts pages through `document$.pipe(...)`,
 * writing what it saw on <body>; footnote references show their footnote in Material's tooltip
 * (content.footnote.tooltips); navigation.instant.prefetch asks for a page on hover, before the click.
 * The npm rxjs package's browser bundle, loaded as a site's extra_javascript loads it, pipes
 * document$ through its own operators across instant navigation.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { GLOBALS_SITE } from '../helpers/sites.ts';

const seen = (page: Page, name: string) => page.evaluate((key) => document.body.dataset[key] ?? '', name);

async function waitSeen(page: Page, name: string, value: string): Promise<void> {
  await page.waitForFunction(([key, want]) => document.body.dataset[key ?? ''] === want, [name, value]);
}

describe('Material\'s globals on the globals fixture', () => {
  const session = siteSession(GLOBALS_SITE);

  test('the features are supported: the build warns about none of them', () => {
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /theme feature '[^']+' is not supported/);
  });

  test('a site script sees the palette, pages, locations and keys as with Material; hover prefetches the page', async () => {
    const browser = await session.browser({ colorScheme: 'light' });
    const { page, problems } = await strictCspPage(browser.context);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(session.server.url);
    await waitSeen(page, 'seenDocument', '1:Home:default');
    assert.equal(await seen(page, 'seenPalette'), 'default', '__md_get("__palette") is there on a first visit');
    assert.equal(await page.evaluate(() => Reflect.get(Reflect.get(window, 'app'), 'keyboard$') === Reflect.get(window, 'keyboard$')), true);

    // keyboard$: the script claims "x", so the page's own listeners never see it; "y" goes through.
    await page.evaluate(() => document.addEventListener('keydown', (event) => { document.body.dataset['pageKeys'] = `${document.body.dataset['pageKeys'] ?? ''}${event.key}`; }));
    await page.keyboard.press('x');
    await page.keyboard.press('y');
    assert.equal(await seen(page, 'seenKey'), 'x:global');
    assert.equal(await seen(page, 'pageKeys'), 'y');

    // Prefetch: resting on the link asks for the page before any click.
    await page.evaluate(() => Reflect.set(window, '__mark', 'kept'));
    const link = page.locator('article p a', { hasText: 'second page' });
    await link.hover();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === '/second/'));
    assert.ok(requests.includes('/second/'), 'requested on hover');
    const before = requests.filter((path) => path === '/second/').length;
    await link.click();
    await waitSeen(page, 'seenDocument', '2:Second:default');
    assert.equal(await seen(page, 'seenLocation'), '/second/');
    assert.equal(requests.filter((path) => path === '/second/').length, before, 'the click took the prefetched page');
    assert.equal(await page.evaluate(() => Reflect.get(window, '__mark')), 'kept', 'loaded in place');

    // The palette toggle stores Material's shape; the next page shown reads the new scheme.
    await page.locator('form[data-md-component="palette"] label:visible').click();
    assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('/.__palette') ?? 'null')), { index: 1, color: { media: '', scheme: 'slate', primary: 'indigo', accent: 'indigo' } });
    await page.goBack();
    await waitSeen(page, 'seenDocument', '3:Home:slate');
    assert.equal(await seen(page, 'seenLocation'), '/');
    assert.deepEqual(problems, []);
  });

  test('rxjs\'s own operators from its browser bundle pipe document$ across instant navigation', async () => {
    const page = await session.open('');
    // The bundle a site's extra_javascript names (a copy of rxjs.umd.min.js, or a CDN's), as a global `rxjs`.
    await page.addScriptTag({ path: fileURLToPath(new URL('../bundles/rxjs.umd.min.js', import.meta.resolve('rxjs'))) });
    await page.evaluate(() => {
      const titles: string[] = [];
      Reflect.set(window, '__titles', titles);
      const rx = Reflect.get(window, 'rxjs');
      Reflect.get(window, 'document$')
        .pipe(rx.map((doc: Document) => doc.querySelector('article h1')?.firstChild?.textContent ?? ''), rx.filter((title: string) => title !== ''), rx.distinctUntilChanged())
        .subscribe((title: string) => titles.push(title));
    });
    await page.locator('article p a', { hasText: 'second page' }).click();
    await page.waitForFunction(() => (Reflect.get(window, '__titles') as string[]).length === 2);
    assert.deepEqual(await page.evaluate(() => Reflect.get(window, '__titles')), ['Home', 'Second']);
  });

  test('a footnote reference shows its footnote in Material\'s tooltip on hover and on focus', async () => {
    const browser = await session.browser();
    const { page, problems } = await strictCspPage(browser.context);
    await page.goto(session.server.url);
    // The tooltip's code is fetched by pages with a footnote, after the page is shown.
    await page.waitForLoadState('networkidle');
    const ref = page.locator('article a.footnote-ref').first();
    const tip = page.locator('.md-tooltip2.md-tooltip2--active');
    await ref.hover();
    await tip.waitFor();
    assert.equal((await tip.locator('.md-tooltip2__inner.md-typeset').innerText()).trim(), 'The source, with a link.', 'the footnote, its back link hidden');
    assert.equal(await ref.getAttribute('aria-controls'), await tip.getAttribute('id'));
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    await ref.focus();
    await tip.waitFor();
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
  });
});
