/**
 * A site's custom_dir template overrides in the browser (tests/fixtures/overrides-site): the
 * announcement bar from the `announce` block, styled like Material's above the header, its
 * dismiss button (announce.dismiss) remembered across pages, and the outdated-version bar that
 * stays hidden. Screenshot: test-output/screenshots/announce.png. Its search.html:
 * search-partial.test.ts. A site's own palette.html and
 * alternate.html (tests/fixtures/overrides-nav): the toggle Material's markup hides until script
 * runs is shown and switches the scheme; the language list opens on hover.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { OVERRIDES_NAV, OVERRIDES_SITE } from '../helpers/sites.ts';


describe('template overrides in the browser', () => {
  const session = siteSession(OVERRIDES_SITE);

  test('the announce block is a visible bar above the header, in the footer colours', async () => {
    const page = await session.open('', { viewport: { width: 1280, height: 720 } });
    const bar = page.locator('[data-md-component="announce"] .md-banner');
    assert.ok(await bar.isVisible());
    assert.equal(await page.locator('.announce-text').textContent(), 'Version 2 is out: Next');
    const barBox = await bar.boundingBox();
    const headerBox = await page.locator('.md-header').boundingBox();
    assert.ok(barBox && headerBox && barBox.y + barBox.height <= headerBox.y + 1, 'the bar sits above the header');
    assert.ok(barBox.height > 20 && barBox.width >= 1270, 'the bar spans the page');
    const colours = await bar.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    assert.deepEqual(colours, ['rgba(0, 0, 0, 0.87)', 'rgb(255, 255, 255)']);
    await screenshot(page, 'announce.png', { clip: { x: 0, y: 0, width: 1280, height: 260 } });
  });

  test('the outdated bar stays hidden on the latest version', async () => {
    const page = await session.open('');
    assert.equal(await page.locator('[data-md-component="outdated"]').isVisible(), false);
  });

  test('the dismiss button hides the bar, and it stays hidden on the next page', async () => {
    const page = await session.open('');
    await page.locator('.md-banner__button').click();
    assert.equal(await page.locator('[data-md-component="announce"] .md-banner').isVisible(), false);
    await page.goto(new URL('landing/', page.url()).href);
    assert.equal(await page.locator('.landing-hero').isVisible(), true);
    assert.equal(await page.locator('[data-md-component="announce"] .md-banner').isVisible(), false);
  });
});

describe('a site\'s own header partials in the browser', () => {
  const session = siteSession(OVERRIDES_NAV);

  test('its palette.html toggle is shown by our script and switches the scheme, the next toggle then shown', async () => {
    const page = await session.open('', { viewport: { width: 1280, height: 720 } });
    const toDark = page.locator('.fixture-palette label[for="__palette_1"]');
    const toLight = page.locator('.fixture-palette label[for="__palette_0"]');
    assert.equal(await toDark.isVisible(), true);
    assert.equal(await toLight.isVisible(), false);
    await toDark.click();
    assert.equal(await page.locator('body').getAttribute('data-md-color-scheme'), 'slate');
    assert.equal(await toLight.isVisible(), true);
    assert.equal(await toDark.isVisible(), false);
  });

  test('its alternate.html language list opens while hovered', async () => {
    const page = await session.open('', { viewport: { width: 1280, height: 720 } });
    const opacity = () => page.evaluate(() => getComputedStyle(document.querySelector('.fixture-alternate .md-select__inner') ?? document.body).opacity);
    assert.equal(await opacity(), '0', 'closed until asked');
    await page.locator('.fixture-alternate button').hover();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.fixture-alternate .md-select__inner') ?? document.body).opacity === '1');
    assert.equal(await page.locator('.fixture-alternate a[hreflang="fr"]').textContent(), '[FR] Français');
  });
});
