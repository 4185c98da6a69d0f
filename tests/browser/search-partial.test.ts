/**
 * A site's own partials/search.html (tests/fixtures/overrides-site: Material 9.7's markup,
 * tweaked) in the browser: our script drives it (`/` opens it, results come from our Pagefind
 * index, Escape and its reset button), and the search-partial sheet draws it as Material does, a
 * box in the header from 60em that grows into a panel, a full-screen overlay on phones, with
 * search.suggest's completion under the input. Our own dialog's suggestion is drawn the same way
 * (tests/fixtures/instant-site). Screenshots: test-output/screenshots/search-partial-*.png and
 * search-suggest-*.png, desktop and phone, light and dark.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { INSTANT_SITE, OVERRIDES_SITE } from '../helpers/sites.ts';

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 760 };

/** The slate scheme on a page whose site lists one palette: the scheme's variables are the theme's either way. */
const darken = (page: Page) => page.evaluate(() => { document.body.dataset['mdColorScheme'] = 'slate'; });

const style = (page: Page, selector: string, property: string) => page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

describe('a site\'s own search.html in the browser', () => {
  const session = siteSession(OVERRIDES_SITE);

  test('typing a query shows results from our index, and Escape closes it, focus back on the toggle', async () => {
    const page = await session.open('landing/', { viewport: DESKTOP });
    const panel = page.locator('.fixture-search');
    await page.keyboard.press('/');
    await panel.locator('.fixture-search__hint').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-md-component')), 'search-query');
    await page.keyboard.type('Section');
    const result = panel.locator('.md-search-result__list a.md-search-result__link').first();
    await result.waitFor();
    assert.equal(await result.evaluate((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')), '/');
    assert.match(await panel.locator('.md-search-result__meta').textContent() ?? '', /matching page/);
    await page.keyboard.press('Escape');
    await panel.locator('.md-search__scrollwrap').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), '__search', 'focus returns to the toggle');
  });

  test('its reset button clears the query and the results, and Enter opens the first result instead of submitting the form', async () => {
    const page = await session.open('landing/', { viewport: DESKTOP });
    await page.keyboard.press('/');
    const panel = page.locator('.fixture-search');
    await page.keyboard.type('Section');
    await panel.locator('.md-search-result__list a').first().waitFor();
    await panel.locator('button[type="reset"]').click();
    await page.waitForFunction(() => document.querySelectorAll('.fixture-search .md-search-result__list li').length === 0);
    assert.equal(await panel.locator('input[data-md-component="search-query"]').inputValue(), '');
    await panel.locator('input[data-md-component="search-query"]').fill('Section');
    await panel.locator('.md-search-result__list a').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
  });

  test('on a desktop it is a box in the header in place of the magnifier, which grows into a panel over a dimmed page when clicked', async () => {
    for (const dark of [false, true]) {
      const page = await session.open('landing/', { viewport: DESKTOP });
      if (dark) await darken(page);
      const header = await page.locator('.md-header').boundingBox();
      const form = page.locator('.fixture-search .md-search__form');
      const closed = await form.boundingBox();
      assert.ok(header && closed && closed.y >= header.y && closed.y + closed.height <= header.y + header.height, 'the box sits in the header');
      assert.equal(Math.round(closed.width), 234, 'Material\'s 11.7rem');
      assert.equal(await page.locator('.md-header__button[for="__search"]').isVisible(), false, 'no magnifier button beside it');
      assert.equal(await page.locator('.fixture-search .md-search__scrollwrap').isVisible(), false, 'no results until opened');
      await page.locator('.fixture-search .md-search__input').click();
      assert.equal(await page.locator('#__search').isChecked(), true, 'a click into the box opens search');
      await page.keyboard.type('sec');
      await page.locator('.fixture-search .md-search-result__list mark').first().waitFor();
      await page.waitForFunction(() => document.querySelector('.fixture-search .md-search__inner')?.getBoundingClientRect().width === 688);
      assert.equal(await style(page, '.fixture-search .md-search__form', 'background-color'), await style(page, 'body', '--md-default-bg-color').then((colour) => page.evaluate((value) => {
        const probe = document.createElement('div');
        probe.style.color = value;
        document.body.append(probe);
        return getComputedStyle(probe).color;
      }, colour.trim())), 'the open box takes the page colour');
      // Material's highlighted terms: accent-coloured and underlined, on no background.
      assert.equal(await style(page, '.fixture-search .md-search-result__teaser mark', 'background-color'), 'rgba(0, 0, 0, 0)');
      assert.match(await style(page, '.fixture-search .md-search-result__teaser mark', 'text-decoration-line'), /underline/);
      assert.equal(await style(page, '.fixture-search .md-search__overlay', 'opacity'), '1', 'the page is dimmed');
      await screenshot(page, `search-partial-desktop-${dark ? 'dark' : 'light'}.png`, { settle: 400 });
      await page.locator('.fixture-search .md-search__overlay').click({ position: { x: 100, y: 600 } });
      await page.locator('.fixture-search .md-search__scrollwrap').waitFor({ state: 'hidden' });
    }
  });

  test('on a phone the magnifier opens it over the whole screen, and its back arrow closes it', async () => {
    for (const dark of [false, true]) {
      const page = await session.open('landing/', { viewport: PHONE });
      if (dark) await darken(page);
      const inner = page.locator('.fixture-search .md-search__inner');
      assert.equal(await inner.isVisible(), false, 'nothing in the header but the magnifier');
      await page.locator('.md-header__button[for="__search"]').click();
      // Its slide in from the side ends at the screen's edge.
      await page.waitForFunction(() => document.querySelector('.fixture-search .md-search__inner')?.getBoundingClientRect().x === 0);
      assert.deepEqual(await inner.boundingBox(), { x: 0, y: 0, width: 390, height: 760 });
      const arrow = page.locator('.fixture-search .md-search__icon[for="__search"] svg');
      assert.deepEqual([await arrow.first().isVisible(), await arrow.last().isVisible()], [false, true], 'the back arrow, not the magnifier');
      await page.keyboard.type('sec');
      await page.locator('.fixture-search .md-search-result__list a').first().waitFor();
      await screenshot(page, `search-partial-phone-${dark ? 'dark' : 'light'}.png`, { settle: 400 });
      await arrow.last().click();
      await page.waitForFunction(() => !(document.getElementById('__search') as HTMLInputElement | null)?.checked);
      await inner.waitFor({ state: 'hidden' });
    }
  });

  test('search.suggest: the completion lies under the input in a lighter colour, and Tab or the right arrow takes it', async () => {
    const page = await session.open('landing/', { viewport: DESKTOP });
    await page.keyboard.press('/');
    const input = page.locator('.fixture-search .md-search__input');
    const suggest = page.locator('.fixture-search .md-search__suggest');
    await input.pressSequentially('sec');
    await page.waitForFunction(() => document.querySelector('.fixture-search .md-search__suggest')?.textContent === 'section');
    assert.deepEqual(await suggest.boundingBox(), await input.boundingBox(), 'the same box as the input');
    for (const property of ['padding-left', 'font-size', 'font-family']) assert.equal(await style(page, '.fixture-search .md-search__suggest', property), await style(page, '.fixture-search .md-search__input', property), property);
    assert.notEqual(await style(page, '.fixture-search .md-search__suggest', 'color'), await style(page, '.fixture-search .md-search__input', 'color'), 'lighter than what is typed');
    await page.keyboard.press('Tab');
    assert.equal(await input.inputValue(), 'section');
    await input.fill('');
    await input.pressSequentially('sec');
    await page.waitForFunction(() => document.querySelector('.fixture-search .md-search__suggest')?.textContent === 'section');
    await page.keyboard.press('ArrowRight');
    assert.equal(await input.inputValue(), 'section');
  });
});

describe('search.suggest in our own dialog, for the screenshots', () => {
  const session = siteSession(INSTANT_SITE);

  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`the completion shows under the input on a ${device}, light and dark`, async () => {
      for (const dark of [false, true]) {
        const page = await session.open('', { viewport });
        if (dark) await darken(page);
        await page.keyboard.press('/');
        const input = page.locator('#__search-input');
        await input.pressSequentially('transport encr');
        await page.waitForFunction(() => document.querySelector('.md-search__suggest')?.textContent === 'transport encryption');
        assert.deepEqual(await page.locator('dialog.md-search .md-search__suggest').boundingBox(), await input.boundingBox());
        await screenshot(page, `search-suggest-${device}-${dark ? 'dark' : 'light'}.png`);
      }
    });
  }
});
