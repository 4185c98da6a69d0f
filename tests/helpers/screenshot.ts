/**
 * Screenshots for people (test-output/screenshots/), never read by an assertion: taken only when
 * `SCREENSHOTS=1` is set (`SCREENSHOTS=1 node --test tests/browser/theme.test.ts`). Each one cost
 * Chromium rasterizing and PNG encoding in every run (a full-page one, seconds of CPU), while
 * `npm test` on this 2-core machine is bound by CPU.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from './build-site.ts';

const SHOTS = path.join(REPO, 'test-output/screenshots');

const wanted = process.env['SCREENSHOTS'] === '1';

/**
 * Saves `page` as SHOTS/`name`; `settle` ms first, for a transition that must end before the
 * picture (the assertions never wait for it).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number }; settle?: number } = {}): Promise<void> {
  if (!wanted) return;
  mkdirSync(SHOTS, { recursive: true });
  if (options.settle !== undefined) await page.waitForTimeout(options.settle);
  await page.screenshot({ path: path.join(SHOTS, name), ...(options.fullPage === undefined ? {} : { fullPage: options.fullPage }), ...(options.clip ? { clip: options.clip } : {}) });
}
