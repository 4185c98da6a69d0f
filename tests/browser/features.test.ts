/**
 * Material's optional features around the content, on tests/fixtures/features-site: the edit
 * and view actions, sticky tabs, the auto-hiding header, search sharing, nav status marks and
 * subtitles, `hide: [path]`, and code annotations and line selection.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { TESTS_AT_ONCE } from '../helpers/browser.ts';
import { screenshot } from '../helpers/screenshot.ts';
import { siteSession } from '../helpers/site-session.ts';
import { FEATURES_SITE } from '../helpers/sites.ts';

describe('Material features on the features fixture site', { concurrency: TESTS_AT_ONCE }, () => {
  const session = siteSession(FEATURES_SITE);
  const open = session.open;
  /** The code page once its code blocks' behaviours, fetched after the page is shown, have run. */
  const openCode = async (url = 'guide/code/') => {
    const page = await open(url);
    await page.locator('div.highlight .md-annotation').first().waitFor({ state: 'attached' });
    await page.locator('div.highlight .md-clipboard').first().waitFor({ state: 'attached' });
    return page;
  };

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
    // The feature's script is imported after the page loads; a scroll before it listens is not seen
    // (a loaded CI machine lost that race). Once the network is quiet, the import has run.
    await page.waitForLoadState('networkidle');
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

  test('content.code.annotate turns comment markers into annotations: (1)! drops the comment sign, (2) keeps it', async () => {
    const page = await openCode();
    const block = page.locator('div.highlight').first();
    assert.equal(await page.locator('div.highlight + ol').first().isVisible(), false, 'the list is folded into the markers');
    const shown = await block.locator('.c1').evaluateAll((comments) => comments.map((comment) => {
      const clone = comment.cloneNode(true);
      if (clone instanceof Element) for (const note of clone.querySelectorAll('.md-annotation__inner')) note.remove();
      return clone.textContent;
    }));
    assert.deepEqual(shown, ['1', '# 2'], 'the first comment is only its marker');
    const button = block.locator('.md-annotation__index').first();
    await button.click();
    const note = block.locator('.md-annotation__inner').first();
    assert.ok(await note.isVisible());
    assert.match(await note.textContent() ?? '', /The annotation's text, with code\./);
    // For people, not for the assertions: the open annotation as a reader sees it.
    const box = await block.boundingBox();
    if (box) await screenshot(page, 'annotations.png', { clip: { x: box.x, y: box.y, width: box.width, height: box.height + 140 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await block.locator('pre').hover();
    await block.locator('.md-clipboard').click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'theme:\n  features:\n    - content.code.annotate \n    - content.code.select # ', 'copied code leaves the annotations out');
  });

  test('extra.annotate lets markers stand in the tokens it names for a language (JSON strings), and only there', async () => {
    const page = await openCode();
    const json = page.locator('div.language-json');
    assert.equal(await json.locator('.s2 .md-annotation__index').count(), 1, 'the marker in the JSON string is an annotation');
    assert.equal(await page.locator('div.language-json + ol').isVisible(), false);
    const yaml = page.locator('div.language-yaml').last();
    assert.equal(await yaml.locator('.md-annotation').count(), 0, 'no selector names YAML strings');
    assert.match(await yaml.locator('pre').textContent() ?? '', /"value \(1\)"/);
    assert.ok(await page.locator('div.language-yaml + ol').last().isVisible());
    assert.match(await page.locator('#__config').textContent() ?? '', /"annotate": \{"json": \[".s2"\]\}/);
  });

  test('content.code.select selects a line range with click and Shift+click, links to it, and the link selects it again', async () => {
    const page = await open('guide/code/');
    const block = page.locator('div.highlight').nth(1);
    const select = block.locator('button.md-code__select');
    await block.locator('pre:has(> code)').hover();
    await select.click();
    assert.equal(await select.getAttribute('aria-pressed'), 'true');
    assert.equal(await select.getAttribute('title'), 'Select lines');
    await block.locator('.linenos a, .linenodiv a').nth(1).click();
    await block.locator('.linenos a, .linenodiv a').nth(3).click({ modifiers: ['Shift'] });
    assert.equal(new URL(page.url()).hash, '#__codelineno-1-2:4');
    const selected = () => page.evaluate(() => {
      const highlight = CSS.highlights.get('md-code-selection');
      return highlight ? [...highlight].map((range) => range instanceof Range ? range.toString() : '').join('') : '';
    });
    assert.equal(await selected(), '    return f"Hello, {name}"\n\nprint(greet("world"))\n');
    const linked = await open('guide/code/#__codelineno-1-1:2');
    // The selection code is fetched by pages with code blocks, after the page has loaded.
    await linked.waitForFunction(() => CSS.highlights.has('md-code-selection'));
    assert.equal(await linked.evaluate(() => {
      const highlight = CSS.highlights.get('md-code-selection');
      return highlight ? [...highlight].map((range) => range instanceof Range ? range.toString() : '').join('') : '';
    }), 'def greet(name):\n    return f"Hello, {name}"\n');
  });

  test('line numbers sit level with their lines and cannot be selected; highlighted lines are painted', async () => {
    const page = await open('guide/code/');
    const block = page.locator('div.highlight').nth(1);
    const number = await block.locator('.linenodiv a').nth(3).boundingBox();
    const line = await block.locator('a#__codelineno-1-4').boundingBox();
    assert.ok(number && line && Math.abs(number.y + number.height - (line.y + line.height)) <= 2, `number 4 at ${number?.y}, line 4 at ${line?.y}`);
    assert.equal(await block.locator('.linenos').evaluate((cell) => getComputedStyle(cell).userSelect), 'none');
    const marked = page.locator('div.highlight .hll');
    assert.equal(await marked.textContent(), 'second = 2\n');
    assert.notEqual(await marked.evaluate((span) => getComputedStyle(span).backgroundColor), 'rgba(0, 0, 0, 0)');
  });

  test('axe finds no violations on a page with the actions, sticky tabs, status marks, and an open annotation and selection', async () => {
    const page = await openCode('guide/code/#__codelineno-1-1:2');
    await page.locator('pre .md-annotation__index').first().click();
    // pymdownx.highlight's anchor_linenums writes an empty <a href> at each line start (byte-exact
    // output, as with Material): those links have no name by design and are left out here.
    const result = await new AxeBuilder({ page }).exclude('a[id^="__codelineno-"]').analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  });

  test('front matter hide: [path] hides the breadcrumbs that navigation.path draws elsewhere', async () => {
    const page = await open('guide/old/');
    assert.equal(await page.locator('.md-path').isVisible(), false);
    const other = await open('guide/code/');
    assert.ok(await other.locator('.md-path').isVisible());
  });
});
