/**
 * Search in the dev server: `serve` of the guide under /guide/, whose index is built in memory
 * from the site model, searched in Chromium like the built site in tests/browser/search.test.ts.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { REPO } from '../helpers/build-site.ts';
import { RESULT, resultHrefs, search } from '../helpers/search-dialog.ts';

/** A port nobody listens on now, for the dev server. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('search in the dev server (serve) under /guide/', () => {
  const devConfig = path.join(REPO, `.mkdocs-search-dev-test-${process.pid}.yml`);
  let child: ChildProcess | undefined;
  let devBrowser: Browser | undefined;
  let url = '';
  before(async () => {
    writeFileSync(devConfig, 'INHERIT: mkdocs.yml\nsite_url: http://127.0.0.1/guide/\n');
    const port = await freePort();
    const started = spawn(process.execPath, [path.join(REPO, 'src/cli.ts'), 'serve', '-f', devConfig, '-a', `127.0.0.1:${port}`], {
      cwd: REPO, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start in 90 s:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready in/.test(output)) { clearTimeout(timer); resolve(`http://127.0.0.1:${port}/guide/`); }
      };
      started.stdout?.on('data', read);
      started.stderr?.on('data', read);
      started.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}:\n${output}`)); });
    });
    devBrowser = await launchBrowser();
    // Vite optimizes dependencies on the first page view and then reloads it; let that happen
    // on a throwaway page so the test's dialog is not reloaded away mid-search.
    const warm = await devBrowser.context.newPage();
    await warm.goto(url);
    await warm.waitForLoadState('networkidle');
    await warm.waitForTimeout(1500);
    await warm.close();
  });
  after(async () => {
    await devBrowser?.close();
    child?.kill();
    rmSync(devConfig, { force: true });
  });

  test('should find Sealed Sender from the in-memory index and highlight it on the page', async () => {
    assert.ok(devBrowser);
    const page = await devBrowser.context.newPage();
    await page.goto(url);
    await page.locator('#__search').waitFor({ state: 'attached' });
    await search(page, 'Sealed Sender');
    const hrefs = await resultHrefs(page);
    assert.ok(hrefs.includes('/guide/real-time-communication/'), hrefs.join(', '));
    await page.locator(RESULT, { hasText: 'Real-Time Communication' }).first().click();
    await page.locator('article mark[data-md-highlight]').first().waitFor();
    await page.close();
  });
});
