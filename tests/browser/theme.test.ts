/**
 * The theme in Chromium, on the guide built once with the real CLI: Material's regions at
 * desktop and phone widths in both schemes (screenshots in test-output/screenshots/), the
 * palette toggle and its persistence, details, content tabs, navigation, the drawer, the
 * keyboard paths through them, script-less reading, and that no request leaves the origin.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { strictCspPage, TESTS_AT_ONCE } from '../helpers/browser.ts';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';

const RTC = 'real-time-communication/';
const PAGES = ['', RTC, 'vpn/', 'self-contained-networks/', 'about/', 'basics/threat-modeling/', 'advanced/communication-network-types/', 'missing/'];



const scheme = (page: Page) => page.evaluate(() => document.body.dataset['mdColorScheme']);
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('the Material-like theme on the guide', { concurrency: TESTS_AT_ONCE }, () => {
  const session = siteSession(GUIDE_UNDER_SUBPATH, '/guide/');
  const open = session.open;

  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the Real-Time Communication page draws Material's regions at ${width}px in ${colorScheme} without horizontal scroll`, async () => {
        const page = await open(RTC, { colorScheme, viewport: { width, height: 900 } });
        await page.evaluate(() => document.fonts.ready);
        assert.equal(await scheme(page), colorScheme === 'dark' ? 'slate' : 'default');
        assert.equal(await page.locator('article.md-content__inner.md-typeset[data-pagefind-body] > h1').textContent(), 'Real-Time Communication');
        assert.ok(await visible(page, 'header.md-header'));
        assert.equal(await visible(page, 'nav.md-tabs'), width > 1220, 'tabs only on wide screens');
        assert.equal(await visible(page, '.md-sidebar--primary .md-nav__link--active'), width > 1220, 'navigation column only on wide screens');
        assert.equal(await visible(page, '.md-sidebar--secondary .md-nav--secondary'), width > 960, 'toc only from 960px');
        assert.ok(await visible(page, 'a.md-content__button[href*="edit/main/content/real-time-communication.md"]'));
        assert.ok(await visible(page, '.md-footer__link--next'));
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`);
        // The first screen, where the regions are: the whole page (about 20 screens on a phone)
        // cost seconds of rasterizing and PNG encoding per shot.
        await screenshot(page, `rtc-${width}-${colorScheme}.png`);
      });
    }
  }

  test('no guide page scrolls sideways at 320px, even with every details block open', async () => {
    const page = await open('', { viewport: { width: 320, height: 700 } });
    const wide: string[] = [];
    for (const url of PAGES) {
      await page.goto(session.server.url + url);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`/${url}: ${width}px`);
    }
    assert.deepEqual(wide, []);
  });

  test('the home page hides navigation and toc and shows its card grid', async () => {
    const page = await open('', { viewport: { width: 1280, height: 900 } });
    assert.equal(await visible(page, '.md-sidebar--primary'), false);
    assert.equal(await visible(page, '.md-sidebar--secondary'), false);
    assert.ok(await visible(page, '.grid.cards > ul > li'));
    assert.equal(await page.locator('.grid.cards > ul > li').first().evaluate((li) => getComputedStyle(li).borderTopStyle), 'solid');
    await screenshot(page, 'home-1280-light.png', { fullPage: true });
  });

  test('the palette toggle cycles auto -> light -> dark and the choice survives a page change', async () => {
    const page = await open(RTC, { colorScheme: 'light' });
    assert.equal(await scheme(page), 'default');
    const toggle = page.locator('form[data-md-component="palette"] label:visible');
    await toggle.click();
    assert.equal(await page.locator('#__palette_1').isChecked(), true);
    await toggle.click();
    assert.equal(await scheme(page), 'slate');
    await page.locator('.md-sidebar--primary a.md-nav__link', { hasText: 'VPN Services' }).click();
    await page.waitForURL(/\/vpn\/$/);
    assert.equal(await scheme(page), 'slate', 'the stored choice applies on the next page');
    assert.equal(await page.locator('#__palette_2').isChecked(), true);
  });

  test('the stored palette is applied before the first paint, so dark pages never flash light', async () => {
    const page = await open(RTC, { colorScheme: 'light' });
    // Material's key and shape: `__md_scope.pathname + ".__palette"`, the scope being the site's root, here /guide/.
    const key = `${new URL(session.server.url).pathname}.__palette`;
    await page.evaluate((name) => localStorage.setItem(name, JSON.stringify({ index: 2, color: { media: '(prefers-color-scheme: dark)', scheme: 'slate', primary: 'indigo', accent: 'indigo' } })), key);
    // Records the scheme at the first moment the body exists, before any deferred script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') sessionStorage.setItem('first', document.body.dataset['mdColorScheme'] ?? '');
      });
    });
    await page.reload();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('first')), 'slate');
  });

  test('the palette can be switched from the keyboard', async () => {
    const page = await open(RTC, { colorScheme: 'light' });
    await page.locator('#__palette_0').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    assert.equal(await scheme(page), 'slate');
  });

  test('the Downloads details open and close with the mouse and the keyboard', async () => {
    const page = await open(RTC);
    const details = page.locator('details.downloads').first();
    const summary = details.locator('summary');
    assert.equal(await details.getAttribute('open'), null);
    await summary.click();
    assert.notEqual(await details.getAttribute('open'), null);
    assert.ok(await details.locator('li a').first().isVisible());
    await summary.click();
    assert.equal(await details.getAttribute('open'), null);
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.notEqual(await details.getAttribute('open'), null);
  });

  test('every icon the theme\'s stylesheet declares (admonitions, details, nav arrows…) is an image the browser draws', async () => {
    const page = await open(RTC);
    const results = await page.evaluate(async () => {
      const declared: Array<[string, string]> = [];
      for (const sheet of document.styleSheets) {
        let rules: CSSRuleList;
        try {
          rules = sheet.cssRules;
        } catch {
          continue;
        }
        const visit = (list: CSSRuleList) => {
          for (const rule of list) {
            if (rule instanceof CSSStyleRule) {
              for (const property of rule.style) {
                const url = /^url\("(data:image\/svg\+xml[^"]*)"\)$/.exec(rule.style.getPropertyValue(property).trim())?.[1];
                if (property.startsWith('--md-') && url) declared.push([property, url]);
              }
            }
            if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
          }
        };
        visit(rules);
      }
      return Promise.all(declared.map(([property, url]) => new Promise<[string, boolean]>((resolve) => {
        const image = new Image();
        image.onload = () => resolve([property, image.naturalWidth > 0]);
        image.onerror = () => resolve([property, false]);
        image.src = url;
      })));
    });
    assert.ok(results.some(([property]) => property === '--md-admonition-icon--note'), 'the admonition icons are declared');
    assert.deepEqual(results.filter(([, drawn]) => !drawn).map(([property]) => property), []);
  });

  test('content tabs switch by click and by arrow keys', async () => {
    const page = await open('vpn/');
    const set = page.locator('.tabbed-set').first();
    const blocks = set.locator('.tabbed-content > .tabbed-block');
    assert.ok(await blocks.nth(0).isVisible());
    assert.equal(await blocks.nth(1).isVisible(), false);
    await set.locator('.tabbed-labels > label').nth(1).click();
    assert.ok(await blocks.nth(1).isVisible());
    assert.equal(await blocks.nth(0).isVisible(), false);
    await set.locator('> input').nth(1).focus();
    await page.keyboard.press('ArrowLeft');
    assert.ok(await blocks.nth(0).isVisible());
  });

  test('a navigation link, a tab and the footer link lead to their pages', async () => {
    const page = await open(RTC);
    await page.locator('.md-sidebar--primary a.md-nav__link', { hasText: 'Self-Contained Networks' }).click();
    await page.waitForURL(/\/self-contained-networks\/$/);
    await page.locator('.md-tabs__link', { hasText: 'Knowledge Base' }).click();
    await page.waitForURL(/\/basics\/threat-modeling\/$/);
    await page.locator('.md-footer__link--next').click();
    await page.waitForURL(/\/advanced\/communication-network-types\/$/);
    assert.match(await page.locator('.md-path').textContent() ?? '', /Knowledge Base/);
  });

  test('on a phone the drawer opens from the menu button, closes with Escape, and is reachable by keyboard', async () => {
    const page = await open(RTC, { viewport: { width: 390, height: 800 } });
    assert.equal(await visible(page, '.md-sidebar--primary a.md-nav__link'), false);
    await page.locator('.md-header label[for="__drawer"]').click();
    const link = page.locator('.md-sidebar--primary a.md-nav__link', { hasText: 'VPN Services' });
    await link.waitFor({ state: 'visible' });
    assert.ok(await page.locator('.md-nav--integrated a[href="#signal"]').isVisible(), 'the page toc sits under its link in the drawer');
    await screenshot(page, 'rtc-390-drawer.png', { settle: 300 });
    await page.keyboard.press('Escape');
    await link.waitFor({ state: 'hidden' });
    await page.reload();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'md-skip', 'the skip link comes first');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await link.waitFor({ state: 'visible' });
  });

  test('nav sections open and close from the keyboard in the drawer', async () => {
    const page = await open(RTC, { viewport: { width: 390, height: 800 } });
    await page.locator('.md-header label[for="__drawer"]').click();
    const toggle = page.locator('.md-sidebar--primary input.md-nav__toggle').first();
    const link = page.locator('.md-sidebar--primary a.md-nav__link', { hasText: 'Threat Modeling' });
    assert.equal(await link.isVisible(), false, 'sections off the active path start closed');
    await toggle.focus();
    await page.keyboard.press('Space');
    await link.waitFor({ state: 'visible' });
  });

  test('the toc follows the scroll and marks the section being read', async () => {
    const page = await open(RTC);
    const active = (hash: string) => page.waitForFunction((h) => document.querySelector('.md-nav--secondary .md-nav__link--active')?.getAttribute('href') === h, hash);
    await page.evaluate(() => window.scrollTo(0, (document.getElementById('element')?.getBoundingClientRect().top ?? 0) + window.scrollY - 60));
    await active('#element');
    assert.equal(new URL(page.url()).hash, '#element', 'navigation.tracking updates the address');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await active('#session');
  });

  test('without toc.follow the toc marks the section being read but leaves its sidebar where it is', async () => {
    const page = await open(RTC, { viewport: { width: 1280, height: 240 } });
    const scroller = page.locator('.md-sidebar--secondary .md-sidebar__scrollwrap');
    assert.ok(await scroller.evaluate((element) => element.scrollHeight > element.clientHeight), 'the toc overflows its sidebar: there is something it could follow');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The sidebar would scroll in the same step that marks the link (scripts/toc.ts).
    await page.locator('.md-sidebar--secondary a.md-nav__link--active[href="#session"]').waitFor({ state: 'attached' });
    assert.equal(await scroller.evaluate((element) => element.scrollTop), 0);
  });

  test('pages read fine without JavaScript: content, details and tabs work, system scheme applies', async () => {
    const browser = await session.browser({ colorScheme: 'dark' });
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(session.server.url + 'vpn/');
    assert.equal(await page.evaluate(() => document.documentElement.className), 'no-js');
    assert.ok(await visible(page, 'article h1'));
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(background, 'rgb(255, 255, 255)', 'dark system, dark page');
    await page.locator('.tabbed-labels > label').nth(1).click();
    assert.ok(await page.locator('.tabbed-block').nth(1).isVisible());
  });

  test('the configured fonts are self-hosted and no request leaves the origin on any page', async () => {
    const browser = await session.browser();
    const page = await browser.context.newPage();
    const foreign: string[] = [];
    const origin = new URL(session.server.url).origin;
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    for (const url of PAGES) {
      await page.goto(session.server.url + url, { waitUntil: 'networkidle' });
      // Opened details and tabs show their images and icons too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    }
    assert.deepEqual(foreign, []);
    await page.goto(session.server.url + RTC);
    assert.ok(await page.evaluate(async () => (await document.fonts.ready).check('16px "Public Sans"') && [...document.fonts].some((font) => font.family.includes('Public Sans') && font.status === 'loaded')));
  });

  test('palette, details, tabs and search work under a strict Content-Security-Policy, with a clean console', async () => {
    const { page, problems } = await strictCspPage((await session.browser({ colorScheme: 'light' })).context);
    await page.goto(session.server.url + RTC);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'the boot script ran');
    const toggle = page.locator('form[data-md-component="palette"] label:visible');
    await toggle.click();
    await toggle.click();
    assert.equal(await scheme(page), 'slate', 'the palette toggle works');
    const details = page.locator('article details').first();
    const wasOpen = await details.evaluate((element) => element instanceof HTMLDetailsElement && element.open);
    await details.locator('summary').click();
    assert.equal(await details.evaluate((element) => element instanceof HTMLDetailsElement && element.open), !wasOpen, 'details toggle');
    await page.goto(`${session.server.url}vpn/`);
    const second = page.locator('.tabbed-set .tabbed-labels label').nth(1);
    await second.click();
    const target = await second.getAttribute('for');
    assert.equal(await page.locator(`#${target}`).isChecked(), true, 'tabs switch');
    await page.keyboard.press('/');
    await page.locator('#__search-input').fill('Signal');
    await page.waitForFunction(() => /matching page/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''), undefined, { timeout: 20_000 });
    assert.ok(await page.locator('dialog.md-search .md-search-result__link').count() > 0, 'search finds pages');
    assert.deepEqual(problems, []);
  });
});
