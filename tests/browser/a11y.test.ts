/**
 * Accessibility: axe-core on every page of the guide (and its 404 page), in the light and the
 * dark scheme, at desktop width and with the drawer open on a phone. Zero violations allowed;
 * a failure lists rule, impact and the offending elements.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { TESTS_AT_ONCE } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';


/** Site-relative URLs of every built page: `index.html` files plus the 404 page. */
function pageUrls(dir: string): string[] {
  const urls = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => file.split(path.sep).join('/').replace(/index\.html$/, ''));
  return [...urls.sort(), '404.html'];
}

async function violations(page: Page): Promise<string[]> {
  // Only violations are asked for: axe then skips gathering every passing node (the same checks run).
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n    ')}`);
}

describe('axe finds no violations on the guide', { concurrency: TESTS_AT_ONCE }, () => {
  const session = siteSession(GUIDE_UNDER_SUBPATH, '/guide/');

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every page in the ${colorScheme} scheme at 1280px`, async () => {
      const browser = await session.browser({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await browser.context.newPage();
      const found: string[] = [];
      const urls = pageUrls(session.site.dir);
      assert.ok(urls.length >= 8, `found ${urls.length} pages`);
      for (const url of urls) {
        await page.goto(session.server.url + url);
        assert.equal(await page.evaluate(() => document.body.dataset['mdColorScheme']), colorScheme === 'dark' ? 'slate' : 'default');
        // Collapsed blocks hide content from axe; open them so their contents are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        for (const line of await violations(page)) found.push(`/${url}: ${line}`);
      }
      assert.deepEqual(found, []);
    });
  }

  test('the drawer on a phone, open, in both schemes', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await session.browser({ colorScheme, viewport: { width: 390, height: 800 } });
      const page = await browser.context.newPage();
      await page.goto(session.server.url + 'real-time-communication/');
      await page.locator('.md-header label[for="__drawer"]').click();
      await page.locator('.md-sidebar--primary a.md-nav__link').first().waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      for (const line of await violations(page)) found.push(`${colorScheme}: ${line}`);
    }
    assert.deepEqual(found, []);
  });
});
