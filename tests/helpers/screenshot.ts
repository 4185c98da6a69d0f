/**
 * Screenshots for people (test-output/screenshots/: the set issue 12 asks for, an announcement
 * bar, code annotations, French and Arabic pages...), never read by an assertion. Every run takes
 * them, so the set always shows the code as it is; `SCREENSHOTS=0` skips them (each costs
 * Chromium rasterizing and PNG encoding, a full-page one more).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from './build-site.ts';

const SHOTS = path.join(REPO, 'test-output/screenshots');

const wanted = process.env['SCREENSHOTS'] !== '0';

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

/** Saves an image the code made itself (a social card) as SHOTS/`name`, beside the screenshots. */
export function saveImage(name: string, bytes: Uint8Array): void {
  if (!wanted) return;
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, name), bytes);
}
