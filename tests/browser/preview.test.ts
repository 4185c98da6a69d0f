/**
 * Instant previews on tests/fixtures/preview-site, under a strict Content-Security-Policy with a
 * clean console: a link material.extensions.preview marked shows the section its anchor names
 * (or the page's top) in Material's tooltip on hover and on focus, Escape closes it, axe finds
 * nothing wrong with it open; unmarked links and links to another site show none. With
 * navigation.instant.preview (the fixture built again with it) every link to a page does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession, type SiteSession } from '../helpers/site-session.ts';
import { PREVIEW_SITE, PREVIEW_SITE_ALL } from '../helpers/sites.ts';

async function strictPage(session: SiteSession, url: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const browser = await session.browser();
  const { page, problems } = await strictCspPage(browser.context);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(session.server.url + url);
  // The previews' code is imported after the page loads: a hover before it listens is not seen.
  await page.waitForLoadState('networkidle');
  return { page, problems, requests };
}

const TIP = '.md-tooltip2.md-tooltip2--active';

describe('instant previews of marked links', () => {
  const session = siteSession(PREVIEW_SITE);

  test('the build warns about nothing', () => {
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /: warning:/);
  });

  test('hovering a marked link shows its target section, focus shows it too, Escape hides it; unmarked and other sites\' links show none', async () => {
    const { page, problems, requests } = await strictPage(session, '');
    const link = page.locator('article a[data-preview][href="guide/setup/#install"]');
    const tip = page.locator(TIP);
    await link.hover();
    await tip.waitFor();
    const inner = tip.locator('.md-tooltip2__inner.md-typeset');
    assert.equal((await inner.locator('h3').innerText()).replace('¶', '').trim(), 'Install');
    assert.match(await inner.innerText(), /Run the installer[\s\S]*another step/);
    assert.doesNotMatch(await inner.innerText(), /Details below/, 'the section ends at the next heading');
    assert.equal(await link.getAttribute('aria-controls'), await tip.getAttribute('id'));
    assert.equal(await tip.getAttribute('role'), 'dialog');

    const axe = await new AxeBuilder({ page }).include(TIP).options({ resultTypes: ['violations'] }).analyze();
    assert.deepEqual(axe.violations.map((violation) => `${violation.id}: ${violation.help}`), []);

    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });

    // Keyboard: focus opens the page's top (no anchor), Escape closes it.
    await page.locator('article a[data-preview][href="guide/setup/"]').first().focus();
    await tip.waitFor();
    assert.equal((await tip.locator('h3').innerText()).replace('¶', '').trim(), 'Setup');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });

    // An unmarked link to a page and a link to another site: nothing is fetched for them, no tooltip.
    for (const selector of ['article a[href="other/"]', 'article a[href^="https://example.com"]']) {
      await page.locator(selector).hover();
      await page.locator(selector).focus();
    }
    // A marked link's preview, from the cache, has come meanwhile: theirs would have started.
    await link.hover();
    await tip.waitFor();
    assert.equal(await page.locator('.md-tooltip2').count(), 1, 'only the marked link\'s tooltip');
    const origin = new URL(session.server.url).origin;
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
    assert.deepEqual(requests.filter((url) => new URL(url).pathname === '/other/'), []);

    // The page previewed is the page navigation.instant shows: following the link fetches nothing more.
    await link.click();
    await page.waitForFunction(() => document.querySelector('article h1')?.textContent?.replace('¶', '').trim() === 'Setup');
    assert.equal(requests.filter((url) => new URL(url).pathname === '/guide/setup/').length, 1, 'the target page fetched once');
    assert.equal(await page.locator('.md-tooltip2').count(), 0, 'the tooltip went with the page');
    assert.deepEqual(problems, []);
  });
});

describe('navigation.instant.preview', () => {
  const session = siteSession(PREVIEW_SITE_ALL);

  test('every link to a page of the site is previewed, marked or not; not a file or another site', async () => {
    const { page, problems } = await strictPage(session, '');
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /navigation\.instant\.preview/);
    const tip = page.locator(TIP);
    await page.locator('article a[href="other/"]').hover();
    await tip.waitFor();
    assert.equal((await tip.locator('h3').innerText()).replace('¶', '').trim(), 'Other');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    await page.locator('article a[href="files/notes.txt"]').focus();
    await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
    assert.equal(await page.locator('.md-tooltip2').count(), 0);
    assert.deepEqual(problems, []);
  });

  test('a link hovered before the preview code has arrived is previewed once it has', async () => {
    const browser = await session.browser();
    const { page } = await strictCspPage(browser.context);
    // The page fetches preview.ts after it is shown: hold it back until the pointer is on a link.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let asked = false;
    await page.route(/\/_astro\/preview\.[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(session.server.url);
    await page.locator('article a[href="other/"]').hover();
    assert.ok(asked, 'the page asked for the preview code');
    release();
    await page.locator(TIP).waitFor();
  });
});
