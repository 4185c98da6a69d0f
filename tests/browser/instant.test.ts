/**
 * navigation.instant, navigation.instant.progress and search.suggest on
 * tests/fixtures/instant-site: pages load in place (a value set on `window` survives), history
 * and scroll work, the content's behaviours run on the new page, and links the browser must
 * follow itself are left alone. The same fixture under a sub-path with .html addresses, and the
 * features fixture (which lists none of these features) for their absence.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { strictCspPage } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { FEATURES_SITE, INSTANT_SITE, INSTANT_SITE_SUBPATH_FILES } from '../helpers/sites.ts';

/** Marks the document: a full load loses the mark, a page loaded in place keeps it. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => Reflect.set(window, '__instantMark', 'kept'));
}

async function marked(page: Page): Promise<boolean> {
  return page.evaluate(() => Reflect.get(window, '__instantMark') === 'kept');
}

/** Waits until the article's h1 reads `title` (its permalink sign left out). */
async function arrived(page: Page, title: string): Promise<void> {
  await page.waitForFunction((text) => document.querySelector('article h1')?.textContent?.replace('¶', '').trim() === text, title);
}

describe('navigation.instant on the instant fixture', () => {
  const session = siteSession(INSTANT_SITE);
  const open = async (url: string, options?: Parameters<typeof session.open>[1]) => {
    const page = await session.open(url, options);
    return page;
  };

  test('the features are supported: the build warns about none of them', () => {
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /theme feature '[^']+' is not supported/);
  });

  test('a nav link loads the page in place: address, title, content, active nav entry and toc are the new page\'s', async () => {
    const page = await open('guide/');
    await mark(page);
    await page.locator('.md-nav--primary a[href="/guide/tabs/"]:visible').click();
    await arrived(page, 'Tabs');
    assert.equal(new URL(page.url()).pathname, '/guide/tabs/');
    assert.equal(await marked(page), true, 'no full reload');
    assert.equal(await page.title(), 'Tabs - Instant Fixture');
    assert.equal(await page.locator('.md-nav--primary .md-nav__link--active').first().textContent().then((text) => text?.trim()), 'Tabs');
    assert.deepEqual(await page.locator('.md-sidebar--secondary .md-nav__link').allTextContents().then((texts) => texts.map((text) => text.trim())), ['Linked tabs', 'Details and code', 'Cryptography']);
    assert.equal(await page.locator('[data-md-component="header-topic"]').textContent().then((text) => text?.trim()), 'Tabs');
    assert.equal(await page.locator('link[rel="prev"]').getAttribute('href'), '/guide/');
    assert.equal(await page.locator('link[rel="next"]').count(), 0, 'the last page has no next link');
  });

  test('the announcement bar is the new page\'s, and one dismissed stays hidden on the pages that show it', async () => {
    const page = await open('guide/');
    const bar = page.locator('[data-md-component="announce"] .md-banner');
    const text = () => bar.locator('.announce-text').textContent().then((value) => value?.trim());
    assert.equal(await text(), 'Site news');
    await mark(page);
    await page.locator('.md-nav--primary a[href="/guide/tabs/"]:visible').click();
    await arrived(page, 'Tabs');
    assert.equal(await marked(page), true, 'no full reload');
    assert.equal(await text(), 'Tabs news');
    // Dismissed here, on a page loaded in place: its close button works on the swapped-in bar.
    await bar.locator('.md-banner__button').click();
    assert.equal(await bar.isHidden(), true);
    await page.locator('.md-nav--primary a[href="/guide/"]:visible').click();
    await arrived(page, 'Guide');
    assert.equal(await text(), 'Site news');
    assert.equal(await bar.isVisible(), true, 'another announcement shows');
    await page.goBack();
    await arrived(page, 'Tabs');
    assert.equal(await marked(page), true, 'no full reload');
    assert.equal(await bar.isHidden(), true, 'the dismissed one stays hidden');
  });

  test("the site's own scripts subscribed to Material's document$ run on load and again after each page loaded in place", async () => {
    const page = await open('guide/');
    await page.waitForFunction(() => document.body.dataset['documentRuns'] === '1');
    await mark(page);
    await page.locator('.md-nav--primary a[href="/guide/tabs/"]:visible').click();
    await arrived(page, 'Tabs');
    assert.equal(await marked(page), true, 'no full reload');
    await page.waitForFunction(() => document.body.dataset['documentRuns'] === '2');
  });

  test('back and forward show the pages again in place, each at the scroll position it was left at', async () => {
    const page = await open('guide/', { viewport: { width: 1300, height: 600 } });
    await mark(page);
    await page.evaluate(() => window.scrollTo(0, 500));
    await page.waitForTimeout(250);
    // The sidebar stays in view: clicking it does not scroll the page first.
    await page.locator('.md-nav--primary a[href="/guide/tabs/"]:visible').click();
    await arrived(page, 'Tabs');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'a new page starts at its top');
    await page.evaluate(() => window.scrollTo(0, 120));
    await page.waitForTimeout(250);
    await page.goBack();
    await arrived(page, 'Guide');
    await page.waitForFunction(() => window.scrollY === 500);
    await page.goForward();
    await arrived(page, 'Tabs');
    await page.waitForFunction(() => window.scrollY === 120);
    assert.equal(await marked(page), true, 'history moves never reloaded the document');
  });

  test('an anchor on the same page scrolls there without loading anything; back returns to the top', async () => {
    const page = await open('guide/', { viewport: { width: 1200, height: 600 } });
    await mark(page);
    const documents: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'fetch' || request.resourceType() === 'document') documents.push(request.url()); });
    await page.locator('.md-sidebar--secondary a[href="#third-section"]').click();
    await page.waitForFunction(() => window.scrollY > 500);
    assert.equal(new URL(page.url()).hash, '#third-section');
    assert.deepEqual(documents, []);
    await page.goBack();
    await page.waitForFunction(() => window.scrollY === 0);
    assert.equal(await marked(page), true);
  });

  test('the palette choice and the search query stay across a page loaded in place', async () => {
    const page = await open('');
    await mark(page);
    await page.locator('form[data-md-component="palette"] label:visible').click();
    const scheme = () => page.evaluate(() => document.body.dataset['mdColorScheme']);
    assert.equal(await scheme(), 'slate');
    await page.keyboard.press('/');
    await page.locator('#__search-input').fill('Tabs');
    await page.waitForFunction(() => document.querySelector('.md-search-result__list')?.getAttribute('data-md-query') === 'Tabs');
    await page.locator('.md-search-result__link').first().click();
    await arrived(page, 'Tabs');
    assert.equal(await marked(page), true);
    assert.equal(await scheme(), 'slate');
    assert.ok(await page.locator('form[data-md-component="palette"] input:checked').count() === 1);
    await page.keyboard.press('/');
    assert.equal(await page.locator('#__search-input').inputValue(), 'Tabs', 'the query is still there');
    assert.ok(await page.locator('.md-search-result__link').count() > 0, 'and so are its results');
  });

  test('on a page loaded in place, tabs, linked tabs, details, copy buttons, tooltips and toc tracking work', async () => {
    const page = await open('', { viewport: { width: 1300, height: 500 } });
    await mark(page);
    const tabsSheet = 'head link[rel="stylesheet"][href$="/features/tabbed.css"]';
    assert.equal(await page.locator(tabsSheet).count(), 0, 'the home page has no tabs and does not link their sheet');
    await page.locator('article a[href="guide/tabs/#linked-tabs"]').click();
    await arrived(page, 'Tabs');
    assert.equal(await page.locator(tabsSheet).count(), 1, 'the tabs page\'s sheet came with it, once');
    assert.equal(new URL(page.url()).hash, '#linked-tabs');
    await page.locator('.tabbed-set').first().locator('label', { hasText: 'Windows' }).click();
    // The tabs' script, which links them, may still be starting on a page loaded in place (a
    // loaded machine once read the second set before it switched): waited for, up to 5 s.
    const linked = page.locator('.tabbed-set').nth(1).locator('.tabbed-block:visible', { hasText: 'Configure in the registry.' });
    assert.equal(await linked.waitFor({ timeout: 5000 }).then(() => true, () => false), true, 'content.tabs.link switched the second set too');
    const details = page.locator('article details');
    await details.locator('summary').click();
    assert.equal(await details.evaluate((element) => element instanceof HTMLDetailsElement && element.open), true);
    // The copy button's code is fetched by pages with a code block, after the page is shown.
    await page.locator('article .md-clipboard').first().waitFor();
    assert.equal(await page.locator('article .md-clipboard').count(), 1, 'content.code.copy drew its button on the new code block');
    assert.equal(await page.locator('article a[data-md-tooltip="The guide\'s start"]').count(), 1, 'content.tooltips ran on the new article');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => document.querySelector('.md-sidebar--secondary .md-nav__link--active')?.getAttribute('href') === '#cryptography');
    await page.waitForFunction(() => location.hash === '#cryptography');
    assert.equal(await marked(page), true);
  });

  test('files, other sites, links with target or download and modified clicks are left to the browser', async () => {
    const page = await open('');
    await mark(page);
    const popup = page.context().waitForEvent('page');
    await page.locator('article a[target="_blank"]').click();
    await (await popup).close();
    const download = page.waitForEvent('download');
    await page.locator('article a[download]').click();
    await download;
    const tab = page.context().waitForEvent('page');
    await page.locator('article a[href="guide/index.md"], article a[href="guide/"]').first().click({ modifiers: ['Control'] });
    await (await tab).close();
    assert.equal(new URL(page.url()).pathname, '/', 'none of these changed the page shown');
    assert.equal(await marked(page), true);
    await page.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }));
    await page.locator('article a.external').click();
    await page.waitForURL('https://example.org/');
    await page.goBack();
    await page.locator('article a[href="files/report.txt"]').click();
    await page.waitForURL(/\/files\/report\.txt$/);
    assert.match(await page.locator('body').textContent() ?? '', /not a page/);
    assert.equal(await marked(page), false, 'a file is a normal load');
  });

  test('navigation.instant.progress shows the bar when a page takes longer than 400 ms, and hides it after', async () => {
    const page = await open('guide/tabs/');
    await mark(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/guide/', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    const bar = page.locator('.md-progress');
    const value = () => bar.evaluate((element) => Number(getComputedStyle(element).getPropertyValue('--progress')));
    assert.equal(await value(), 0, 'hidden before any load');
    await page.locator('.md-nav--primary a[href="/guide/"]:visible').click();
    await page.waitForFunction(() => {
      const element = document.querySelector('.md-progress');
      return element !== null && Number(getComputedStyle(element).opacity) > 0;
    });
    const during = await value();
    assert.ok(during > 0 && during < 100, `part way while loading (${during})`);
    release();
    await arrived(page, 'Guide');
    await page.waitForFunction(() => Number(getComputedStyle(document.querySelector('.md-progress') ?? document.body).opacity) === 0);
    assert.equal(await marked(page), true);
  });

  test('a quick load never shows the bar: it moves only once a load has taken 400 ms', async () => {
    const page = await open('guide/tabs/');
    // Times taken in the page: on a busy machine a load may take longer than 400 ms, and the bar
    // then shows as it should; what must never happen is the bar moving sooner.
    await page.evaluate(() => {
      document.addEventListener('click', () => Reflect.set(window, '__clickedAt', performance.now()), { capture: true, once: true });
      const bar = document.querySelector('.md-progress');
      if (bar) new MutationObserver(() => Reflect.set(window, '__barMovedAt', Reflect.get(window, '__barMovedAt') ?? performance.now())).observe(bar, { attributes: true });
    });
    await page.locator('.md-nav--primary a[href="/guide/"]:visible').click();
    await arrived(page, 'Guide');
    await page.waitForTimeout(500);
    const { clicked, moved } = await page.evaluate(() => {
      const at: unknown = Reflect.get(window, '__barMovedAt');
      return { clicked: Number(Reflect.get(window, '__clickedAt')), moved: typeof at === 'number' ? at : undefined };
    });
    assert.ok(Number.isFinite(clicked), 'the click was seen');
    assert.ok(moved === undefined || moved - clicked >= 400, `the bar moved ${moved === undefined ? '' : (moved - clicked).toFixed(0)} ms after the click`);
  });

  test('under a strict Content-Security-Policy, pages load in place with a clean console, and their content works', async () => {
    const { page, problems } = await strictCspPage((await session.browser()).context);
    await page.goto(`${session.server.url}guide/`);
    await mark(page);
    await page.locator('.md-nav--primary a[href="/guide/tabs/"]:visible').click();
    await arrived(page, 'Tabs');
    const details = page.locator('article details');
    await details.locator('summary').click();
    assert.equal(await details.evaluate((element) => element instanceof HTMLDetailsElement && element.open), true);
    await page.keyboard.press('/');
    await page.locator('#__search-input').fill('encryption');
    await page.waitForFunction(() => /matching page/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''));
    await page.locator('.md-search-result__link').first().click();
    await arrived(page, 'Instant Fixture');
    // search.highlight marks the page loaded in place (its module loads on first use).
    await page.locator('article mark[data-md-highlight]').first().waitFor();
    assert.equal(await marked(page), true);
    assert.deepEqual(problems, []);
  });

  test('search.suggest shows the completion of the last word, and Tab or the right arrow takes it', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    const input = page.locator('#__search-input');
    const suggest = page.locator('dialog.md-search .md-search__suggest');
    await input.pressSequentially('transport encr');
    await page.waitForFunction(() => document.querySelector('.md-search__suggest')?.textContent === 'transport encryption');
    assert.equal(await suggest.getAttribute('aria-hidden'), 'true');
    const boxes = await Promise.all([input.boundingBox(), suggest.boundingBox()]);
    assert.deepEqual(boxes[0], boxes[1], 'the suggestion lies exactly behind the input');
    await page.keyboard.press('Tab');
    assert.equal(await input.inputValue(), 'transport encryption');
    assert.ok(await input.evaluate((element) => element === document.activeElement), 'Tab stayed in the input');
    await input.fill('');
    await input.pressSequentially('crypt');
    await page.waitForFunction(() => document.querySelector('.md-search__suggest')?.textContent === 'cryptography');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    assert.equal(await input.inputValue(), 'crypt', 'the right arrow only moves the caret when it is not at the end');
    await page.keyboard.press('ArrowRight');
    assert.equal(await input.inputValue(), 'cryptography');
    await input.pressSequentially(' ');
    await page.waitForFunction(() => document.querySelector('.md-search__suggest')?.textContent === '');
  });
});

describe('navigation.instant under a sub-path with .html addresses', () => {
  const session = siteSession(INSTANT_SITE_SUBPATH_FILES, '/sub/');

  test('nav links load in place, back returns, and the file link is a normal load', async () => {
    const page = await session.open('index.html');
    await mark(page);
    await page.locator('article a[href="guide/index.html"]').click();
    await arrived(page, 'Guide');
    assert.equal(new URL(page.url()).pathname, '/sub/guide/index.html');
    await page.locator('.md-nav--primary a[href="/sub/guide/tabs.html"]:visible').click();
    await arrived(page, 'Tabs');
    assert.equal(new URL(page.url()).pathname, '/sub/guide/tabs.html');
    assert.equal(await page.locator('.md-nav--primary .md-nav__link--active').first().textContent().then((text) => text?.trim()), 'Tabs');
    await page.goBack();
    await arrived(page, 'Guide');
    await page.goBack();
    await arrived(page, 'Instant Fixture');
    assert.equal(await marked(page), true);
    await page.locator('article a[href="files/report.txt"]').click();
    await page.waitForURL(/\/sub\/files\/report\.txt$/);
  });
});

describe('without the features (the features fixture lists none of them)', () => {
  const session = siteSession(FEATURES_SITE);

  test('a nav link is a full load, and there is no progress bar and no suggestion element', async () => {
    const page = await session.open('');
    assert.equal(await page.locator('.md-progress').count(), 0);
    assert.equal(await page.locator('.md-search__suggest').count(), 0);
    await mark(page);
    await page.locator('.md-tabs a[href="/guide/"]:visible').click();
    await page.waitForURL(/\/guide\/$/);
    await arrived(page, 'Guide');
    assert.equal(await marked(page), false);
  });
});
