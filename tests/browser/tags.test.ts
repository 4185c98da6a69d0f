/**
 * The tags plugin in Chromium, on tests/fixtures/tags-site: a page's tags are drawn as pills
 * above its title and lead to their heading on the tags index, the index's tags are headings
 * with their pages (a nested tag inside its parent's list), a page with `hide: [tags]` shows
 * none, and searching for a tag finds the pages that carry it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteSession } from '../helpers/site-session.ts';
import { TAGS_SITE } from '../helpers/sites.ts';

const VIEWPORT = { width: 1280, height: 800 };

describe('tags in the browser', () => {
  const session = siteSession(TAGS_SITE);

  test('a page\'s tags are pills above its title, and one leads to its heading on the tags index', async () => {
    const page = await session.open('guide/install/', { viewport: VIEWPORT });
    const tags = page.locator('article nav.md-tags a.md-tag');
    assert.deepEqual(await tags.allTextContents(), ['Guide', 'Setup']);
    const [tagBox, titleBox] = await Promise.all([tags.first().boundingBox(), page.locator('article h1').boundingBox()]);
    assert.ok(tagBox && titleBox && tagBox.y + tagBox.height <= titleBox.y, 'the tags sit above the title');
    const style = await tags.first().evaluate((tag) => ({ radius: getComputedStyle(tag).borderTopLeftRadius, icon: getComputedStyle(tag, '::before').maskImage }));
    assert.notEqual(style.radius, '0px', 'a tag is drawn as a pill');
    assert.match(style.icon, /^url\("data:image\/svg\+xml/, 'extra.tags gives the tag its icon');
    await tags.nth(1).click();
    await page.waitForURL(/\/tags\/#tag:setup$/);
    const heading = page.locator('h2[id="tag:setup"]');
    assert.ok(await heading.isVisible());
    const box = await heading.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < VIEWPORT.height, 'the tag\'s heading is scrolled into view');
    assert.deepEqual(await page.locator('h2[id="tag:setup"] + ul a').allTextContents(), ['Installing', 'Style']);
  });

  test('the tags index links every page of a tag, and those links work', async () => {
    const page = await session.open('tags/', { viewport: VIEWPORT });
    assert.deepEqual(await page.locator('article h2 .md-tag').allTextContents(), ['Advanced', 'Guide', 'Home', 'Setup', 'Style']);
    await page.locator('h2[id="tag:advanced"] + ul a', { hasText: 'Tuning' }).click();
    await page.waitForURL(/\/guide\/advanced\/tuning\/$/);
    assert.deepEqual(await page.locator('article nav.md-tags .md-tag').allTextContents(), ['Advanced', 'Guide']);
  });

  test('a nested tag leads to its heading inside its parent\'s list, and a shadow tag is not drawn', async () => {
    const page = await session.open('guide/deploy/', { viewport: VIEWPORT });
    assert.deepEqual(await page.locator('article nav.md-tags .md-tag').allTextContents(), ['Guide', 'Guide/Deploy']);
    await page.locator('article nav.md-tags a.md-tag', { hasText: 'Guide/Deploy' }).click();
    await page.waitForURL(/\/tags\/#tag:guidedeploy$/);
    const heading = page.locator('h2[id="tag:guide"] + ul h3[id="tag:guidedeploy"]');
    assert.ok(await heading.isVisible());
    const [child, parent] = await Promise.all([heading.boundingBox(), page.locator('h2[id="tag:guide"]').boundingBox()]);
    assert.ok(child && parent && child.x >= parent.x && child.y > parent.y, 'the nested tag sits below its parent');
  });

  test('a page with hide: [tags] shows no tags', async () => {
    const page = await session.open('guidelines/style/', { viewport: VIEWPORT });
    assert.equal(await page.locator('nav.md-tags').count(), 1);
    assert.equal(await page.locator('nav.md-tags').isVisible(), false);
  });

  test('searching for a tag finds the pages that carry it', async () => {
    const page = await session.open('', { viewport: VIEWPORT });
    await page.keyboard.press('/');
    await page.locator('#__search-input').pressSequentially('Advanced');
    await page.waitForFunction(() => (document.getElementById('__search-results')?.dataset['mdQuery'] ?? '') === 'Advanced'
      && /matching page|No results/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''));
    const found = await page.locator('dialog.md-search .md-search-result__link').evaluateAll((links) => links.map((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')));
    assert.ok(found.includes('/guide/advanced/tuning/'), `results: ${found.join(', ')}`);
  });
});
