/**
 * The theme on tests/fixtures/theme-site: the home template's hero built from the config,
 * a single-entry palette (teal/deep orange, no toggle), Roboto by default, every styled
 * Markdown construct on one page (screenshots in both schemes), the code copy button, page
 * icons and section index pages in the nav, navigation.sections' groups, toc.follow in the
 * integrated toc, and a page's `hide: [footer, feedback]`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TESTS_AT_ONCE } from '../helpers/browser.ts';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { THEME_SITE } from '../helpers/sites.ts';




describe('the theme on the fixture site', { concurrency: TESTS_AT_ONCE }, () => {
  const session = siteSession(THEME_SITE);
  const open = session.open;

  test('template: home.html draws a hero from site_name, site_description and the first nav pages', async () => {
    const page = await open('');
    assert.equal(await page.locator('.md-hero__title').textContent(), 'Theme Fixture');
    assert.match(await page.locator('.md-hero__description').textContent() ?? '', /Every construct/);
    const buttons = page.locator('.md-hero .md-button');
    assert.deepEqual(await buttons.allTextContents(), ['Showcase', 'More']);
    assert.equal(await buttons.first().getAttribute('href'), '/showcase/');
    await screenshot(page, 'fixture-home-1280-light.png');
  });

  test('a single palette entry sets the primary and accent colours and draws no toggle', async () => {
    const page = await open('showcase/');
    assert.equal(await page.locator('form[data-md-component="palette"]').count(), 0);
    assert.equal(await page.locator('.md-header').evaluate((header) => getComputedStyle(header).backgroundColor), 'rgb(0, 137, 123)');
  });

  test('Roboto, the default font, is self-hosted and used', async () => {
    const page = await open('showcase/');
    assert.match(await page.locator('article').evaluate((article) => getComputedStyle(article).fontFamily), /^"?Roboto"?,/);
    assert.ok(await page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((font) => font.family.includes('Roboto') && font.status === 'loaded'))));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every construct is styled, and the fixed palette ignores a ${colorScheme} system: admonition icons, details, tabs, code, cards, tasks, keys, critic`, async () => {
      const page = await open('showcase/', { colorScheme, viewport: { width: 1280, height: 900 } });
      assert.equal(await page.evaluate(() => document.body.dataset['mdColorScheme']), 'default');
      const before = (selector: string, property: string) => page.locator(selector).first().evaluate((element, p) => getComputedStyle(element, '::before').getPropertyValue(p), property);
      assert.match(await before('.admonition.warning > .admonition-title', 'mask-image'), /^url\("data:image\/svg\+xml/);
      assert.match(await before('.task-list-indicator', 'mask-image'), /^url\("data:image\/svg\+xml/);
      const colour = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).borderTopColor);
      assert.notEqual(await colour('.admonition.note'), await colour('.admonition.danger'), 'types have their own colours');
      assert.equal(await colour('.admonition.custom-type'), await colour('.admonition.note'), 'unknown types look like notes');
      assert.equal(await page.locator('article .keys kbd').first().evaluate((kbd) => getComputedStyle(kbd).boxShadow === 'none'), false);
      assert.ok(await page.locator('ins.critic').isVisible());
      await screenshot(page, `fixture-showcase-1280-${colorScheme}.png`, { fullPage: true });
    });
  }

  test('content.code.copy adds a copy button that copies the code', async () => {
    const page = await open('showcase/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('div.highlight .md-clipboard');
    await page.locator('div.highlight pre').hover();
    await button.click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'print("hello")');
  });

  test('the nav shows page icons and links a section to its index page', async () => {
    const page = await open('showcase/');
    assert.equal(await page.locator('.md-nav--primary a.md-nav__link', { hasText: 'A page with an icon' }).locator('svg').count(), 1);
    const index = page.locator('.md-nav--primary .md-nav__container > a.md-nav__link', { hasText: 'More' });
    await index.click();
    await page.waitForURL(/\/more\/$/);
  });

  test('card links name themselves after their title and show it as a tooltip on focus', async () => {
    const page = await open('showcase/');
    const link = page.locator('a.card-link');
    assert.equal(await link.getAttribute('aria-label'), 'Donate');
    await link.focus();
    assert.equal(await link.evaluate((a) => getComputedStyle(a, '::after').content), '"Donate"');
  });

  test('annotation markers become buttons that open their note, and Escape closes it', async () => {
    const page = await open('showcase/');
    const button = page.locator('.annotate .md-annotation__index').first();
    // The annotations' code is fetched by pages that have one, after the page is shown.
    await button.waitFor();
    assert.equal(await page.locator('.annotate + ol').isVisible(), false, 'the notes list is folded into the markers');
    await button.click();
    const note = page.locator('.md-annotation__inner').first();
    assert.match(await note.textContent() ?? '', /The first annotation/);
    assert.ok(await note.isVisible());
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await note.isVisible(), false);
  });

  test('navigation.expand, toc.integrate and toc.follow are supported features: the build warns about no feature', () => {
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /theme feature '[^']+' is not supported/);
  });

  test('toc.integrate puts the toc in the navigation and navigation.expand opens every section', async () => {
    const page = await open('showcase/', { viewport: { width: 1280, height: 900 } });
    assert.equal(await page.locator('.md-sidebar--secondary').isVisible(), false);
    assert.ok(await page.locator('.md-sidebar--primary .md-nav--integrated a[href="#admonitions"]').isVisible());
    // The More section is not on the showcase page's path: only navigation.expand opens it.
    const phone = await open('showcase/', { viewport: { width: 390, height: 800 } });
    assert.deepEqual(await phone.locator('input.md-nav__toggle').evaluateAll((boxes) => boxes.map((box) => box instanceof HTMLInputElement && box.checked)), [true]);
  });

  test('navigation.top shows a back-to-top button when scrolling up, and it returns to the top', async () => {
    const page = await open('showcase/', { viewport: { width: 1280, height: 700 } });
    const button = page.locator('button.md-top');
    assert.equal(await button.isVisible(), false);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.waitForTimeout(100);
    await page.evaluate(() => window.scrollTo(0, 1800));
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() => window.scrollY === 0);
  });

  test('navigation.sections draws the top-level section as a group on a wide screen, and as a folding section in the phone drawer', async () => {
    const section = '.md-nav--primary > .md-nav__list > .md-nav__item--section';
    const page = await open('showcase/', { viewport: { width: 1280, height: 900 } });
    const child = page.locator(`.md-sidebar--primary ${section} a.md-nav__link`, { hasText: 'A page with an icon' });
    assert.ok(await child.isVisible(), 'the top-level section is a group');
    assert.equal(await page.locator(`.md-sidebar--primary ${section} .md-nav__icon`).first().isVisible(), false, 'no chevron to fold the group');
    // navigation.expand opened it; folded by hand, the group still shows its pages.
    await page.locator(`${section} > input.md-nav__toggle`).evaluate((box) => box instanceof HTMLInputElement && (box.checked = false));
    assert.ok(await child.isVisible(), 'a group cannot be folded');
    const phone = await open('showcase/', { viewport: { width: 390, height: 800 } });
    await phone.locator('.md-header label[for="__drawer"]').click();
    const chevron = phone.locator(`${section} label.md-nav__link[for]`);
    await chevron.waitFor({ state: 'visible' });
    const phoneChild = phone.locator(`${section} a.md-nav__link`, { hasText: 'A page with an icon' });
    // navigation.expand opened it; here the chevron folds it and opens it again.
    assert.ok(await phoneChild.isVisible());
    await screenshot(phone, 'fixture-sections-390-drawer.png', { settle: 300 });
    await chevron.click();
    await phoneChild.waitFor({ state: 'hidden' });
    await chevron.click();
    await phoneChild.waitFor({ state: 'visible' });
  });

  test('toc.follow: the sidebar holding the toc scrolls to keep the link of the section being read in its middle', async () => {
    const page = await open('showcase/', { viewport: { width: 1280, height: 360 } });
    const scroller = page.locator('.md-sidebar--primary .md-sidebar__scrollwrap');
    assert.ok(await scroller.evaluate((element) => element.scrollHeight > element.clientHeight), 'the navigation overflows its sidebar: there is something to follow');
    assert.equal(await scroller.evaluate((element) => element.scrollTop), 0);
    const marked = async (hash: string) => {
      const link = page.locator(`.md-sidebar--primary a.md-nav__link--active[href="${hash}"]`);
      await link.waitFor({ state: 'visible' });
      // Where the link is in its sidebar's view: Material puts its top in the middle.
      return link.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const view = element.closest('.md-sidebar__scrollwrap')?.getBoundingClientRect() ?? new DOMRect();
        return { fromMiddle: box.top - (view.top + view.height / 2), inView: box.top >= view.top && box.bottom <= view.bottom };
      });
    };
    await page.evaluate(() => window.scrollTo(0, (document.getElementById('lists-and-tables')?.getBoundingClientRect().top ?? 0) + window.scrollY - 60));
    assert.ok(Math.abs((await marked('#lists-and-tables')).fromMiddle) <= 1, 'the link sits in the middle of the sidebar');
    assert.ok(await scroller.evaluate((element) => element.scrollTop) > 0);
    await screenshot(page, 'fixture-toc-follow-1280x360.png');
    // At the bottom of the page the sidebar cannot centre the last link, but shows it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    assert.ok((await marked('#annotations')).inView, 'the last link is in view');
  });

  test('hide: [footer] drops a page\'s previous/next links while its neighbours keep theirs; hide: [feedback] is accepted without a word', async () => {
    const page = await open('more/page/');
    assert.equal(await page.locator('footer.md-footer').count(), 1, 'the footer itself stays');
    assert.equal(await page.locator('.md-footer__link').count(), 0);
    await page.goto(session.server.url + 'more/');
    assert.deepEqual(await page.locator('.md-footer__link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), ['/showcase/', '/more/page/']);
    // We draw no feedback widget: hiding it is nothing to do and nothing to warn about.
    assert.doesNotMatch(session.site.stdout + session.site.stderr, /feedback|hide/i);
  });
});
