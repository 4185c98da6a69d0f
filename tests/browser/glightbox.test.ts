/**
 * mkdocs-glightbox on tests/fixtures/glightbox-site, in Chromium under the strict
 * Content-Security-Policy the README documents: the plugin's markup, an image opening in the
 * lightbox with its caption, the next image, Escape, zoom, a page loaded in place by
 * navigation.instant, a page that opts out, and axe with the lightbox open.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { GLIGHTBOX_SITE } from '../helpers/sites.ts';

describe('mkdocs-glightbox on the glightbox fixture', () => {
  const session = siteSession(GLIGHTBOX_SITE);
  /** A page under the strict CSP, whose console must stay clean. */
  const open = async (url: string): Promise<{ page: Page; problems: string[] }> => {
    const opened = await strictCspPage((await session.browser({ viewport: { width: 1200, height: 800 } })).context);
    await opened.page.goto(`${session.server.url}${url}`);
    await lightboxReady(opened.page);
    return opened;
  };
  /** A page with lightbox links: its script (loaded after the page) has bound them. */
  const lightboxReady = async (page: Page) => {
    if ((await page.locator('[data-md-glightbox]').count()) > 0 && (await page.locator('a.glightbox').count()) > 0) await page.locator('[data-md-glightbox-ready]').waitFor({ state: 'attached' });
  };
  const title = (page: Page) => page.locator('.glightbox-container .gslide.current .gslide-title').textContent();

  test('the plugin is supported: the build warns about nothing', () => {
    const output = session.site.stdout + session.site.stderr;
    assert.doesNotMatch(output, /plugin 'glightbox'|glightbox plugin:/);
    assert.match(output, / 0 warnings/);
  });

  test("the built page has the plugin's links, not around a linked or skipped image, and none on a glightbox: false page", () => {
    const gallery = readFileSync(path.join(session.site.dir, 'gallery/index.html'), 'utf8');
    assert.ok(gallery.includes('<a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="../img/lighthouse.svg" data-title="The lighthouse" data-description="Built in 1880, still lit every night." data-desc-position="bottom"><img src="../img/lighthouse.svg"'));
    assert.ok(gallery.includes('<p><a href="https://example.org/harbour"><img src="../img/harbour.svg" alt="Linked harbour"></a></p>'));
    assert.ok(gallery.includes('<p><img src="../img/harbour.svg" alt="Skipped harbour" class="no-box"></p>'));
    const plain = readFileSync(path.join(session.site.dir, 'plain/index.html'), 'utf8');
    assert.doesNotMatch(plain, /glightbox/, 'no link, no settings, no stylesheet');
  });

  test('a click opens the image in the lightbox with its caption; next shows the next one; Escape closes and gives focus back', async () => {
    const { page, problems } = await open('gallery/');
    const first = page.locator('article a.glightbox').first();
    await first.click();
    const box = page.locator('.glightbox-container[role="dialog"]');
    await box.waitFor();
    assert.equal(await title(page), 'The lighthouse');
    assert.equal(await page.locator('.gslide.current .gslide-desc').textContent(), 'Built in 1880, still lit every night.');
    assert.equal(await page.locator('.gslide.current .gslide-image img').getAttribute('src'), '../img/lighthouse.svg');
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('glightbox-open')));
    assert.equal(await page.locator('.gprev').getAttribute('class'), 'gprev gbtn disabled', 'the first of two, without loop');
    await page.locator('.gnext').click();
    await page.waitForFunction(() => document.querySelector('.gslide.current .gslide-title')?.textContent === 'Cliffs');
    assert.ok(await page.locator('.gslide.current .ginner-container.desc-right .gslide-description.description-right').isVisible(), 'its caption on the right, as data-caption-position says');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.gslide.current .gslide-title')?.textContent === 'The lighthouse');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('glightbox-open')), false);
    assert.equal(await first.evaluate((link) => link === document.activeElement), true);
    assert.equal(new URL(page.url()).pathname, '/gallery/', 'the image link was not followed');
    assert.deepEqual(problems, []);
  });

  test('an image larger than shown zooms to its size on a click and back on another; a click beside it closes', async () => {
    const { page, problems } = await open('gallery/');
    await page.locator('article a.glightbox').first().click();
    const img = page.locator('.gslide.current .gslide-image img.zoomable');
    await img.waitFor();
    await img.click();
    await page.waitForFunction(() => document.querySelector('.gslide.current')?.classList.contains('zoomed'));
    assert.equal(await img.evaluate((element) => element.getBoundingClientRect().width), 2400);
    await page.mouse.click(600, 400);
    await page.waitForFunction(() => !document.querySelector('.gslide.current')?.classList.contains('zoomed'));
    await page.mouse.click(5, 795);
    await page.locator('.glightbox-container').waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
  });

  test('after a page loaded in place by navigation.instant, its images open in the lightbox', async () => {
    const { page, problems } = await open('');
    await page.evaluate(() => Reflect.set(window, '__instantMark', 'kept'));
    await page.locator('article a[href="gallery/"]').click();
    await page.waitForFunction(() => document.querySelector('article h1')?.textContent?.startsWith('Gallery'));
    await lightboxReady(page);
    await page.locator('article a.glightbox').nth(1).click();
    await page.locator('.glightbox-container').waitFor();
    assert.equal(await title(page), 'Cliffs');
    assert.equal(await page.locator('.gslide').count(), 2, "the gallery page's two images, not the home page's");
    await page.keyboard.press('Escape');
    await page.locator('.glightbox-container').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => Reflect.get(window, '__instantMark')), 'kept', 'no full reload');
    assert.deepEqual(problems, []);
  });

  test('a glightbox: false page opens nothing: its image is no link', async () => {
    const { page, problems } = await open('plain/');
    await page.locator('article img').click();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.glightbox-container').count(), 0);
    assert.deepEqual(problems, []);
  });

  test('axe finds no violations on the gallery page, closed and with the lightbox open', async () => {
    const { page } = await open('gallery/');
    const closed = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(closed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.locator('article a.glightbox').first().click();
    await page.locator('.gslide.current .gslide-title').waitFor();
    await page.waitForTimeout(600);
    const shown = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(shown.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  });
});
