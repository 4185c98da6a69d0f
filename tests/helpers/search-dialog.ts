/**
 * Driving the search dialog in Chromium, for the search tests on the built site
 * (tests/browser/search.test.ts) and on `serve` (tests/browser/serve.test.ts).
 */
import type { Page } from 'playwright-core';

/** A result link in the open dialog. */
export const RESULT = 'dialog.md-search .md-search-result__link';

/** Opens search with `/`, types the query and waits for the status line to settle. */
export async function search(page: Page, query: string): Promise<void> {
  if (!(await page.locator('dialog.md-search[open]').count())) await page.keyboard.press('/');
  const input = page.locator('#__search-input');
  await input.fill('');
  await input.pressSequentially(query);
  // Wait for the results of the whole query, not of a prefix typed on the way ("Sealed Se").
  await page.waitForFunction(
    (typed) => (document.getElementById('__search-results')?.dataset['mdQuery'] ?? '') === typed
      && /matching page|No results/.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''),
    query,
  );
}

/** The paths the results link to, in order. */
export async function resultHrefs(page: Page): Promise<string[]> {
  return page.locator(RESULT).evaluateAll((links) => links.map((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')));
}
