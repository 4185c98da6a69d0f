/**
 * Material's header selectors configured under `extra:`, on tests/fixtures/selectors-site: the
 * language selector (`alternate`) and mike's version selector (`version`) with the outdated
 * banner. The run's shared build of the site is copied into `1.0/` of a served folder laid out as
 * mike publishes versions (versions.json at the top), and into `2.0/` without its setup page, so switching can be
 * seen both keeping the page and falling back to the version's home page.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchBrowser, strictCspPage, type Browser, TESTS_AT_ONCE } from '../helpers/browser.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { screenshot } from '../helpers/screenshot.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { SELECTORS_SITE } from '../helpers/sites.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

/** mike's versions.json: 2.0 is `latest` (the default), 1.0 is outdated, 0.9 is deployed but hidden. */
const VERSIONS = [
  { version: '2.0', title: '2.0', aliases: ['latest'] },
  { version: '1.0', title: '1.0', aliases: [] },
  { version: '0.9', title: '0.9', aliases: [], properties: { hidden: true } },
];

describe('the header selectors on the selectors fixture, served as mike lays versions out', { concurrency: TESTS_AT_ONCE }, () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-selectors-'));
  let built: BuiltSite | undefined;
  let server: RunningServer | undefined;
  const browsers: Browser[] = [];

  before(async () => {
    built = await sharedSite(SELECTORS_SITE);
    cpSync(built.dir, path.join(root, '1.0'), { recursive: true });
    const copy = path.join(root, '2.0');
    cpSync(built.dir, copy, { recursive: true });
    rmSync(path.join(copy, 'guide/setup'), { recursive: true });
    const sitemap = path.join(copy, 'sitemap.xml');
    writeFileSync(sitemap, readFileSync(sitemap, 'utf8').replace(/\s*<url>\s*<loc>[^<]*\/guide\/setup\/<\/loc>\s*<\/url>/, ''));
    writeFileSync(path.join(root, 'versions.json'), JSON.stringify(VERSIONS));
    server = await serveStatic(root);
  });

  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const url = (at: string) => {
    if (!server) throw new Error('the site is served in before()');
    return server.url + at;
  };

  /** A new page in a new browser, with its console errors and uncaught errors collected. */
  async function open(at: string): Promise<{ page: Page; problems: string[] }> {
    const browser = await launchBrowser();
    browsers.push(browser);
    const opened = await strictCspPage(browser.context);
    await opened.page.goto(url(at));
    return opened;
  }

  const opacity = (page: Page, selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).opacity);

  test('the build names extra.analytics and extra.consent in one note each, at their keys', () => {
    const output = `${built?.stdout ?? ''}${built?.stderr ?? ''}`;
    assert.match(output, /selectors-site\/mkdocs\.yml:27:3: info: 'extra\.analytics' is not drawn: .*third-party host/);
    assert.match(output, /selectors-site\/mkdocs\.yml:30:3: info: 'extra\.consent' is not drawn: .*no cookie consent dialog/);
    // Notes, not warnings: a --strict build passes, as it does with MkDocs.
    assert.match(output, /built 3 pages, 0 warnings, 0 errors/);
  });

  test('the language selector lists the languages with hreflang, opens on hover and closes after', async () => {
    const { page, problems } = await open('1.0/guide/');
    const select = page.locator('.md-header__option > .md-select');
    assert.equal(await select.locator('button.md-header__button.md-icon').getAttribute('aria-label'), 'Select language');
    const links = select.locator('.md-select__inner > ul.md-select__list > li.md-select__item > a.md-select__link');
    assert.deepEqual(await links.evaluateAll((all) => all.map((link) => [link.getAttribute('href'), link.getAttribute('hreflang'), link.textContent])), [
      ['/en/', 'en', 'English'],
      // `../fr/` is relative to the site's root (/1.0/), as MkDocs' url filter makes it.
      ['/fr/', 'fr', 'Français'],
    ]);
    assert.equal(await opacity(page, '.md-select__inner'), '0', 'closed until asked');
    await select.locator('button').hover();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.md-select__inner') ?? document.body).opacity === '1');
    await page.mouse.move(600, 600);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.md-select__inner') ?? document.body).opacity === '0');
    assert.deepEqual(problems, []);
  });

  test('the language selector opens with keyboard focus, and Tab walks its links to another language', async () => {
    const { page } = await open('1.0/');
    await page.locator('.md-select button').focus();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.md-select__inner') ?? document.body).opacity === '1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Français');
    // The fixture has no French site: the static host answers 404, which is still the right address.
    const followed = page.waitForResponse(url('fr/'));
    await page.keyboard.press('Enter');
    await followed;
  });

  test('the version selector appears after the site name with the current version, aliases and no hidden version', async () => {
    const { page, problems } = await open('1.0/guide/');
    const selector = page.locator('.md-header__topic').first().locator('.md-version');
    await selector.waitFor();
    const current = selector.locator('button.md-version__current');
    assert.equal(await current.getAttribute('aria-label'), 'Select version: 1.0', 'the label, with what the button shows');
    assert.equal(await current.textContent(), '1.0', '1.0 has no alias to show');
    assert.equal(await page.locator('.md-header__topic').first().evaluate((topic) => topic.firstElementChild?.textContent), 'Selectors Fixture', 'after the site name');
    const items = selector.locator('ul.md-version__list > li.md-version__item > a.md-version__link');
    assert.deepEqual(await items.evaluateAll((all) => all.map((link) => [link.getAttribute('href'), link.textContent, link.querySelector('.md-version__alias')?.textContent ?? null])), [
      [url('2.0/'), '2.0 latest', 'latest'],
      [url('1.0/'), '1.0', null],
    ]);
    assert.equal(await opacity(page, '.md-version__list'), '0');
    // Open, the list covers the button (as Material's does), so the hover does not wait for the button to get events.
    await current.hover({ force: true });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.md-version__list') ?? document.body).opacity === '1');
    // For people, not for the assertions: the open version list as a reader sees it.
    await screenshot(page, 'version-selector.png', { clip: { x: 0, y: 0, width: 700, height: 260 } });
    assert.deepEqual(problems, []);
  });

  test('an outdated version shows the banner, also after navigation.instant swaps the page in', async () => {
    const { page, problems } = await open('1.0/');
    const banner = page.locator('[data-md-component="outdated"] .md-banner--warning');
    await banner.waitFor();
    assert.match(await banner.textContent() ?? '', /You are not viewing the latest version\./);
    await page.locator('article a', { hasText: 'guide' }).click();
    await page.waitForURL(url('1.0/guide/'));
    await page.locator('[data-md-component="header-topic"]', { hasText: 'Guide' }).waitFor({ state: 'attached' });
    await banner.waitFor();
    assert.equal(await page.locator('.md-version').count(), 1, 'the selector is drawn once: the header stays');
    assert.deepEqual(problems, []);
  });

  test('choosing a version opens the same page there, with its anchor; the latest version shows no banner', async () => {
    const { page } = await open('1.0/guide/#start');
    await page.locator('.md-version__current').hover({ force: true });
    await page.locator('.md-version__link', { hasText: '2.0' }).click();
    await page.waitForURL(url('2.0/guide/#start'));
    await page.locator('.md-version__current', { hasText: '2.0' }).waitFor();
    assert.equal(await page.locator('.md-version__current .md-version__alias').textContent(), 'latest');
    assert.equal(await page.locator('[data-md-component="outdated"]').isVisible(), false);
  });

  test('choosing a version that lacks the page opens that version\'s home page', async () => {
    const { page } = await open('1.0/guide/setup/');
    await page.locator('.md-version__current').hover({ force: true });
    await page.locator('.md-version__link', { hasText: '2.0' }).click();
    await page.waitForURL(url('2.0/'));
  });

  test('without a versions.json, or with a broken one, nothing is drawn and the page stays quiet', async () => {
    for (const reply of [{ status: 404, body: 'not here' }, { status: 200, body: '{"not": "a list"' }]) {
      const browser = await launchBrowser();
      browsers.push(browser);
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text()); });
      await page.route('**/versions.json', (route) => route.fulfill({ status: reply.status, contentType: 'application/json', body: reply.body }));
      const answered = page.waitForResponse('**/versions.json');
      await page.goto(url('1.0/'));
      await answered;
      // The script has read the answer once the page has painted a frame after it.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      assert.equal(await page.locator('.md-version').count(), 0);
      assert.equal(await page.locator('[data-md-component="outdated"]').isVisible(), false);
      assert.deepEqual(errors, [], `versions.json answered ${reply.status}`);
    }
  });

  test('axe finds no violations with each selector open, on an outdated version and on the latest with its alias', async () => {
    const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const openBy = async (page: Page, button: string, list: string) => {
      // Opened by keyboard focus, with the pointer away: the lists at rest, not a hovered link.
      await page.locator(button).focus();
      await page.waitForFunction((selector) => getComputedStyle(document.querySelector(selector) ?? document.body).opacity === '1', list);
    };
    for (const at of ['1.0/guide/', '2.0/guide/']) {
      const { page } = await open(at);
      await page.locator('.md-version').waitFor();
      await openBy(page, '.md-version__current', '.md-version__list');
      assert.deepEqual(await violations(page), [], `${at} with the version list open`);
      await openBy(page, '.md-select button', '.md-select__inner');
      // The version list closes with a fade: axe would read its links' contrast halfway through.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.md-version__list') ?? document.body).opacity === '0');
      assert.deepEqual(await violations(page), [], `${at} with the language list open`);
    }
  });
});
