/**
 * Material's optional features around the content, on tests/fixtures/features-site: the edit
 * and view actions, sticky tabs, the auto-hiding header, search sharing, nav status marks and
 * subtitles, `hide: [path]`, and code annotations and line selection.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteSession } from '../helpers/site-session.ts';
import { FEATURES_SITE } from '../helpers/sites.ts';

describe('Material features on the features fixture site', () => {
  const session = siteSession(FEATURES_SITE);
  const open = session.open;

  test('every feature the fixture lists is supported: the build warns about none of them', () => {
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /theme feature '[^']+' is not supported/);
  });

  test('content.action.edit and content.action.view link to the page\'s edit and raw file', async () => {
    const page = await open('guide/code/');
    const buttons = page.locator('article a.md-content__button');
    assert.deepEqual(await buttons.evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.getAttribute('title')])), [
      ['https://github.com/example/features-fixture/edit/main/docs/guide/code.md', 'Edit this page'],
      ['https://github.com/example/features-fixture/raw/main/docs/guide/code.md', 'View source of this page'],
    ]);
    assert.ok(await buttons.nth(1).isVisible());
  });

  test('navigation.tabs.sticky keeps the tabs in view after scrolling, inside the header', async () => {
    const page = await open('guide/', { viewport: { width: 1400, height: 700 } });
    const tabs = page.locator('header.md-header--lifted .md-tabs');
    assert.ok(await tabs.isVisible());
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForTimeout(50);
    // Scrolling up a little shows the (auto-hiding) header again; the tabs come with it.
    await page.evaluate(() => window.scrollTo(0, 1400));
    await page.waitForFunction(() => document.querySelector('.md-header')?.getBoundingClientRect().top === 0);
    const box = await tabs.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 150, `the tabs sit at the top of the window (y = ${box?.y})`);
    const sidebar = await page.locator('.md-sidebar--primary').boundingBox();
    assert.ok(box && sidebar && sidebar.y >= box.y + box.height - 1, 'the sidebar sticks below the tabs, not under them');
  });

  test('header.autohide hides the header while scrolling down and shows it on scrolling up', async () => {
    const page = await open('guide/', { viewport: { width: 1000, height: 600 } });
    const header = page.locator('header.md-header');
    await page.evaluate(() => window.scrollTo(0, 800));
    await page.waitForFunction(() => document.querySelector('.md-header')?.classList.contains('md-header--hidden'));
    await page.waitForFunction(() => (document.querySelector('.md-header')?.getBoundingClientRect().bottom ?? 1) <= 0);
    await page.evaluate(() => window.scrollTo(0, 700));
    await page.waitForFunction(() => !document.querySelector('.md-header')?.classList.contains('md-header--hidden'));
    assert.ok(await header.isVisible());
  });

  test('search.share copies a link that opens search with the query, and the link does so', async () => {
    const page = await open('guide/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const share = page.locator('dialog.md-search [data-md-component="search-share"]');
    await page.keyboard.press('/');
    assert.equal(await share.isVisible(), false, 'nothing to share before a query is typed');
    await page.locator('#__search-input').fill('filler text');
    await share.click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${session.server.url}guide/?q=filler+text`);
    const shared = await open('guide/?q=filler+text');
    await shared.locator('dialog.md-search[open]').waitFor();
    assert.equal(await shared.locator('#__search-input').inputValue(), 'filler text');
    await shared.waitForFunction(() => /matching page/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''));
  });

  test('front matter status draws its icon with the extra.status label, subtitle a second line', async () => {
    const page = await open('guide/code/');
    const nav = page.locator('.md-nav--primary');
    const mark = nav.locator('a[href="/guide/code/"] .md-status--new');
    assert.equal(await mark.getAttribute('title'), 'Recently added');
    assert.match(await mark.evaluate((span) => getComputedStyle(span, '::after').maskImage), /^url\("data:image\/svg\+xml/);
    assert.equal(await nav.locator('a[href="/guide/old/"] .md-status--deprecated').getAttribute('title'), null, 'a status without a label has no title');
    assert.equal(await nav.locator('a[href="/guide/"] small').textContent(), 'Where to begin');
  });

  test('front matter hide: [path] hides the breadcrumbs that navigation.path draws elsewhere', async () => {
    const page = await open('guide/old/');
    assert.equal(await page.locator('.md-path').isVisible(), false);
    const other = await open('guide/code/');
    assert.ok(await other.locator('.md-path').isVisible());
  });
});
