/**
 * `serve` in Chromium, on a temp copy of tests/fixtures/basic-site (served under /guide/), one
 * dev server for all of it:
 * - search works from the index the dev server builds in memory from the site model (searched
 *   like the built site in tests/browser/search.test.ts);
 * - live update: a save that changes only what pages show (a page's Markdown) is swapped into
 *   the open page without a reload (a value set on `window` survives), with the content's
 *   behaviours run on it again; a change of mkdocs.yml reloads the page (the value is gone).
 * The search test runs first, on the site as copied.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO } from '../helpers/build-site.ts';
import { RESULT, resultHrefs, search } from '../helpers/search-dialog.ts';

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  writeFileSync(file, text.replace(from, to));
}

async function mark(page: Page): Promise<void> {
  await page.evaluate(() => Reflect.set(window, '__liveMark', 'kept'));
}

async function marked(page: Page): Promise<boolean> {
  return page.evaluate(() => Reflect.get(window, '__liveMark') === 'kept');
}

/** Whether something answers at `url` (any status). */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

describe('serve in the browser', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-live-'));
  const port = 19000 + Math.floor(Math.random() * 1000);
  const url = `http://127.0.0.1:${port}/guide/guide/setup/`;
  let child: ReturnType<typeof spawn> | undefined;
  let page: Page | undefined;

  before(async () => {
    cpSync(path.join(REPO, 'tests/fixtures/basic-site'), site, { recursive: true });
    child = spawn(process.execPath, [path.join(REPO, 'src/cli.ts'), 'serve', '-f', path.join(site, 'mkdocs.yml'), '-a', `127.0.0.1:${port}`], {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const deadline = Date.now() + 180_000;
    while (!/watching \d+ sources for changes/.test(output) && Date.now() < deadline) await sleep(100);
    assert.match(output, /watching \d+ sources/, 'serve watches its sources within 3 minutes');
    // The watcher can be ready before the server listens (a loaded machine): wait until it answers.
    while (!(await answers(url)) && Date.now() < deadline) await sleep(100);
    page = await (await launchBrowser()).context.newPage();
    // Vite optimizes dependencies on the first page view and may reload it once: let that pass
    // before the tests use the page.
    await page.goto(url, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
  });

  after(() => {
    child?.kill();
  });

  test('should find a page from the index built in memory, and open it from the results', async () => {
    assert.ok(page);
    await page.locator('#__search').waitFor({ state: 'attached' });
    await search(page, 'admonition');
    const hrefs = await resultHrefs(page);
    assert.ok(hrefs.includes('/guide/guide/setup/'), hrefs.join(', '));
    await page.locator(RESULT).first().click();
    await page.waitForURL(/\/guide\/guide\/setup\/(#.*)?$/);
    await page.locator('article h1').first().waitFor();
  });

  test('should swap a saved page into the open page without reloading it, behaviours included', async () => {
    assert.ok(page);
    await mark(page);
    // A table whose corner header cell is empty: the article's behaviour (article.ts) makes it a data cell.
    edit(path.join(site, 'docs/guide/setup.md'), '## Install\n', '# Setting up, saved\n\n|   | A |\n|---|---|\n| x | 1 |\n\n## Install\n');
    await page.waitForFunction(() => document.querySelector('article h1')?.textContent?.includes('Setting up, saved') === true, undefined, { timeout: 30_000 });
    assert.equal(await marked(page), true, 'the page was not reloaded');
    await page.waitForFunction(() => document.querySelector('article table thead tr > :first-child')?.tagName === 'TD', undefined, { timeout: 5_000 });
  });

  test('should reload the page when mkdocs.yml changes', async () => {
    assert.ok(page);
    await mark(page);
    edit(path.join(site, 'mkdocs.yml'), 'site_name: Basic Site', 'site_name: Live Site');
    await page.waitForFunction(() => document.title.includes('Live Site'), undefined, { timeout: 60_000 });
    await page.waitForLoadState('load');
    assert.equal(await marked(page), false, 'the page was reloaded');
  });
});
