/**
 * navigation.prune and the nav's icon sprite in a browser, on tests/fixtures/nav-prune: an icon
 * drawn through `<use>` shows like an inline one under the theme's `.md-nav__link svg` rules, the
 * sprite takes no room, and a pruned section's link leads to its first page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteSession } from '../helpers/site-session.ts';
import { NAV_PRUNE_SITE } from '../helpers/sites.ts';

const VIEWPORT = { width: 1280, height: 800 };

describe('navigation.prune and icon references in the browser', () => {
  const session = siteSession(NAV_PRUNE_SITE);

  test('an icon referenced from the sprite is drawn, sized like an inline icon', async () => {
    const page = await session.open('mail/a/', { viewport: VIEWPORT });
    const icons = page.locator('.md-nav--primary a.md-nav__link > svg');
    assert.equal(await icons.count(), 3);
    const drawn = await icons.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const use = svg.querySelector('use');
        const box = use instanceof SVGGraphicsElement ? use.getBBox() : undefined;
        return { width: svg.getBoundingClientRect().width, drawn: (box?.width ?? 0) > 0 && (box?.height ?? 0) > 0 };
      }));
    for (const icon of drawn) {
      assert.ok(icon.width > 10, `the icon is ${icon.width}px wide`);
      assert.ok(icon.drawn, 'the <use> draws the symbol');
    }
    assert.equal(new Set(drawn.map((icon) => icon.width)).size, 1);
  });

  test('the sprite holding the symbols takes no room in the sidebar', async () => {
    const page = await session.open('mail/a/', { viewport: VIEWPORT });
    const box = await page.locator('.md-nav__sprite').evaluate((svg) => svg.getBoundingClientRect().toJSON());
    assert.deepEqual([box.width, box.height], [0, 0]);
    assert.equal(await page.locator('.md-nav__sprite').evaluate((svg) => getComputedStyle(svg).position), 'absolute');
  });

  test('a pruned section is a link to its first page, where it opens and prunes its own subsection', async () => {
    const page = await session.open('mail/a/', { viewport: VIEWPORT });
    const other = page.locator('.md-nav--primary .md-nav__item--pruned > a.md-nav__link', { hasText: 'Other' });
    await other.click();
    await page.waitForURL(/\/other\/one\/$/);
    assert.equal(await page.locator('.md-nav--primary a.md-nav__link--active').textContent(), 'Other one');
    const inner = page.locator('.md-nav--primary .md-nav__item--pruned > a.md-nav__link', { hasText: 'Inner' });
    assert.ok(await inner.isVisible());
    await inner.click();
    await page.waitForURL(/\/other\/inner\/two\/$/);
    const pruned = await page.locator('.md-nav--primary .md-nav__item--pruned').allTextContents();
    assert.deepEqual(pruned.map((item) => item.trim()), ['Mail']);
  });
});
