/**
 * Material's blog plugin in the browser (tests/fixtures/blog-site): the index draws its excerpts
 * with their metadata line and a pager whose link leads to page 2, an excerpt's title leads to
 * its post, and the post's sidebar of facts stands beside the article on a wide screen and under
 * it on a narrow one (Material's column-reverse).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteSession } from '../helpers/site-session.ts';
import { BLOG_SITE } from '../helpers/sites.ts';

const WIDE = { viewport: { width: 1400, height: 900 } };

describe('the blog in the browser', () => {
  const session = siteSession(BLOG_SITE);

  test('the index lists ten excerpts, their metadata on one line, and its pager leads to page 2 and back', async () => {
    const page = await session.open('blog/', WIDE);
    assert.equal(await page.locator('article.md-post--excerpt').count(), 10);
    const meta = page.locator('article.md-post--excerpt').first().locator('.md-meta__list');
    assert.equal(await meta.evaluate((list) => getComputedStyle(list).display), 'inline-flex');
    assert.equal(await meta.locator('.md-meta__item').first().evaluate((item) => getComputedStyle(item, '::after').content), '"·"');
    const pager = page.locator('nav.md-pagination');
    assert.equal(await pager.evaluate((nav) => getComputedStyle(nav).justifyContent), 'center');
    await pager.locator('a.md-pagination__link', { hasText: '2' }).click();
    await page.waitForURL(/\/blog\/page\/2\/$/);
    assert.equal(await page.locator('article.md-post--excerpt').count(), 2);
    await page.locator('nav.md-pagination a.md-pagination__link', { hasText: '1' }).click();
    await page.waitForURL(/\/blog\/$/);
  });

  test('an excerpt\'s title leads to its post, whose sidebar of facts sits beside the article', async () => {
    const page = await session.open('blog/', WIDE);
    await page.locator('article.md-post--excerpt h2 a.toclink', { hasText: 'Hello world' }).click();
    await page.waitForURL(/\/blog\/2024\/03\/15\/hello-world\/$/);
    assert.ok(await page.locator('article h2#after-the-fold').isVisible(), 'the whole post');
    const [sidebar, article] = await Promise.all([page.locator('.md-sidebar--post').boundingBox(), page.locator('.md-content--post > article').boundingBox()]);
    assert.ok(sidebar && article && sidebar.x + sidebar.width <= article.x + 1, 'the sidebar is left of the article');
    assert.ok(await page.locator('.md-post__back a').isVisible());
    assert.equal(await page.locator('.md-sidebar--primary').isVisible(), false, 'the site nav is hidden on a post');
    await page.locator('.md-post__back a').click();
    await page.waitForURL(/\/blog\/$/);
  });

  test('on a narrow screen the post\'s facts stand under the article, across its width', async () => {
    const page = await session.open('blog/2023/06/01/first-release/', { viewport: { width: 600, height: 900 } });
    const [meta, article] = await Promise.all([page.locator('.md-sidebar--post .md-post__meta').boundingBox(), page.locator('.md-content--post > article').boundingBox()]);
    assert.ok(meta && article && article.y + article.height <= meta.y, 'the article comes first');
    assert.equal(await page.locator('.md-sidebar--post .md-nav__list').last().evaluate((list) => getComputedStyle(list).display), 'inline-flex');
    assert.equal(await page.locator('.md-post__back').isVisible(), false);
  });
});
