/**
 * The theme in the site's language: a French site (with a custom_dir partial overriding one
 * label) and an Arabic one (right to left), built with the real CLI, checked (screenshots to
 * test-output/screenshots/{fr,ar}-*.png); and a site in two languages (mkdocs-static-i18n), each
 * searched in its own index.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { I18N_AR_SITE, I18N_FR_SITE, I18N_SUFFIX_SITE } from '../helpers/sites.ts';

const VIEWPORT = { width: 1280, height: 800 };

async function searchFor(page: Page, query: string, settled: RegExp): Promise<string> {
  await page.keyboard.press('/');
  await page.locator('#__search-input').fill(query);
  await page.waitForFunction(
    ([typed, pattern]) => document.getElementById('__search-results')?.dataset['mdQuery'] === typed
      && new RegExp(pattern ?? '').test(document.querySelector('.md-search-result__meta')?.textContent ?? ''),
    [query, settled.source] as const,
    { timeout: 20_000 },
  );
  return (await page.locator('.md-search-result__meta').textContent()) ?? '';
}

describe('a French site', () => {
  const session = siteSession(I18N_FR_SITE);

  test('should say lang="fr" and dir="ltr" and draw the labels in French', async () => {
    const page = await session.open('guide/chiffrement/', { viewport: VIEWPORT });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
    assert.equal(await page.locator('a.md-skip').textContent(), 'Aller au contenu');
    assert.equal(await page.locator('a.md-content__button').getAttribute('title'), 'Modifier cette page');
    assert.deepEqual(await page.locator('.md-footer__direction').allTextContents(), ['Précédent']);
    assert.equal(await page.locator('.md-top').textContent().then((text) => text?.trim()), 'Retour en haut de la page');
    assert.equal(await page.locator('.md-header .md-source').getAttribute('title'), 'Aller au dépôt');
    assert.equal(await page.locator('#__search-input').getAttribute('placeholder'), 'Rechercher');
    assert.equal(await page.locator('.md-path__link').first().textContent(), 'Accueil');
    assert.equal(await page.locator('.md-footer__button svg').first().evaluate((svg) => getComputedStyle(svg).transform), 'none', 'arrows are not mirrored left to right');
    await screenshot(page, 'fr-page-1280.png');
  });

  test('should take the labels of custom_dir/partials/languages/fr.html over the shipped ones', async () => {
    const page = await session.open('guide/chiffrement/', { viewport: VIEWPORT });
    assert.equal(await page.locator('.md-sidebar--secondary .md-nav--secondary').getAttribute('aria-label'), 'Sommaire');
    assert.equal((await page.locator('.md-sidebar--secondary .md-nav__title').textContent())?.trim(), 'Sommaire');
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /fr\.html/, 'the partial reads without a warning');
  });

  test('should not copy the partial to the site: it is a template', () => {
    assert.throws(() => readFileSync(path.join(session.site.dir, 'partials/languages/fr.html')));
  });

  test('should label the copy button in French', async () => {
    const page = await session.open('guide/chiffrement/', { viewport: VIEWPORT });
    assert.equal(await page.locator('.md-clipboard').first().getAttribute('title'), 'Copier dans le presse-papier');
  });

  test('should index in French and report results in French', async () => {
    const entry: unknown = JSON.parse(readFileSync(path.join(session.site.dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.deepEqual(Object.keys(typeof entry === 'object' && entry !== null && 'languages' in entry && typeof entry.languages === 'object' && entry.languages !== null ? entry.languages : {}), ['fr']);
    const page = await session.open('', { viewport: VIEWPORT });
    assert.match(await searchFor(page, 'métadonnées', /correspondante|Aucun/), /^1 page correspondante$/);
    assert.equal(await searchFor(page, 'qzxvwkj', /correspondante|Aucun/), 'Aucun résultat pour « qzxvwkj »');
    await searchFor(page, 'chiffrement', /correspondante|Aucun/);
    await screenshot(page, 'fr-search-1280.png');
  });

  test('should say "not found" in French on the 404 page', async () => {
    const page = await session.open('404.html', { viewport: VIEWPORT });
    assert.equal(await page.locator('article h1').textContent(), '404 - Page introuvable');
    assert.match(await page.locator('article p').textContent() ?? '', /Il n’y a aucune page à cette adresse\. Revenir à l’accueil ou utilisez la recherche\./);
  });
});

describe('an Arabic site', () => {
  const session = siteSession(I18N_AR_SITE);

  test('should say lang="ar" and dir="rtl" and draw the labels in Arabic', async () => {
    const page = await session.open('guide/encryption/', { viewport: VIEWPORT });
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('body').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('a.md-skip').textContent(), 'انتقل إلى المحتوى');
    assert.deepEqual(await page.locator('.md-footer__direction').allTextContents(), ['السابق']);
    assert.equal((await page.locator('.md-sidebar--secondary .md-nav__title').textContent())?.trim(), 'جدول المحتويات');
    await screenshot(page, 'ar-page-1280.png');
    await screenshot(page, 'ar-page-1280-full.png', { fullPage: true });
  });

  test('should lay the page out right to left: the nav on the right, the table of contents on the left', async () => {
    const page = await session.open('guide/encryption/', { viewport: VIEWPORT });
    const nav = await page.locator('.md-sidebar--primary').boundingBox();
    const toc = await page.locator('.md-sidebar--secondary').boundingBox();
    const article = await page.locator('article').boundingBox();
    assert.ok(nav && toc && article);
    assert.ok(nav.x > article.x, `the nav (x=${nav.x}) should be right of the article (x=${article.x})`);
    assert.ok(toc.x < article.x, `the toc (x=${toc.x}) should be left of the article (x=${article.x})`);
    const text = await page.locator('article p').first().evaluate((p) => getComputedStyle(p).direction);
    assert.equal(text, 'rtl');
    const arrow = await page.locator('.md-footer__button svg').first().evaluate((svg) => getComputedStyle(svg).transform);
    assert.match(arrow, /^matrix\(-1, /, 'the "previous" arrow points right, where the previous page lies');
  });

  test('should keep code left to right inside a right-to-left page', async () => {
    const page = await session.open('guide/encryption/', { viewport: VIEWPORT });
    assert.equal(await page.locator('article pre').first().evaluate((pre) => getComputedStyle(pre).direction), 'ltr');
  });

  test('should index in Arabic and report results in Arabic', async () => {
    const page = await session.open('', { viewport: { width: 390, height: 800 } });
    assert.equal(await searchFor(page, 'الوصفية', /المطابقة|مطابقة|لا توجد/), 'صفحة واحدة مطابقة');
    await screenshot(page, 'ar-search-390.png');
  });

  test('should draw the drawer from the right on a phone', async () => {
    const page = await session.open('guide/encryption/', { viewport: { width: 390, height: 800 } });
    await page.locator('label[for="__drawer"].md-header__button').click();
    await page.waitForTimeout(400);
    const drawer = await page.locator('.md-sidebar--primary').boundingBox();
    assert.ok(drawer);
    assert.ok(drawer.x > 0 && Math.abs(drawer.x + drawer.width - 390) < 1, `the drawer (x=${drawer.x}, width=${drawer.width}) should lie along the right edge, on screen`);
    await screenshot(page, 'ar-drawer-390.png');
  });
});

describe('a site in English and French (mkdocs-static-i18n)', () => {
  const session = siteSession(I18N_SUFFIX_SITE);

  test("should search each language's pages from its pages, in its words", async () => {
    const french = await session.open('fr/', { viewport: VIEWPORT });
    assert.equal(await searchFor(french, 'bienvenue', /correspondante|Aucun/), '1 page correspondante');
    assert.equal(await french.locator('dialog.md-search .md-search-result__link').first().evaluate((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')), '/fr/');
    const english = await session.open('', { viewport: VIEWPORT });
    assert.match(await searchFor(english, 'bienvenue', /matching|No results/), /^No results/, 'the French words are not in the English index');
    assert.match(await searchFor(english, 'welcome', /matching|No results/), /^1 matching page$/);
  });

  test("should find an untranslated page from the French pages at the English page, as the plugin's reconfigure_search keeps the default language's entries", async () => {
    const french = await session.open('fr/', { viewport: VIEWPORT });
    assert.equal(await searchFor(french, 'advanced', /correspondante|Aucun/), '1 page correspondante');
    assert.equal(await french.locator('dialog.md-search .md-search-result__link').first().evaluate((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')), '/guide/advanced/');
  });

  test('should switch to the same page in the other language', async () => {
    const page = await session.open('guide/setup/', { viewport: VIEWPORT });
    await page.locator('.md-header .md-select').hover();
    await page.locator('.md-select__link[hreflang="fr"]').click();
    await page.waitForURL(/\/fr\/guide\/setup\/$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('article h1').evaluate((h1) => h1.firstChild?.textContent), 'Installation');
  });
});
