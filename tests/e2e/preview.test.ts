/**
 * `preview` serves the folder a build wrote, under site_url's path, as it is: the command every
 * build's summary line suggests. It says so, before starting Astro, when there is no built site.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, runCli } from '../helpers/cli-run.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { BASIC_SITE } from '../helpers/sites.ts';

async function fetchWhenUp(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

describe('preview', () => {
  const children: Array<ReturnType<typeof spawn>> = [];
  after(() => {
    for (const child of children) child.kill();
  });

  test('should serve the built site under site_url\'s path, pages as written and 404 for the rest', async () => {
    const site = await sharedSite(BASIC_SITE);
    const port = 19000 + Math.floor(Math.random() * 1000);
    const child = spawn(process.execPath, [CLI, 'preview', '-f', BASIC_SITE.config, '-d', site.dir, '-a', `127.0.0.1:${port}`], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    children.push(child);
    // basic-site's site_url is https://example.org/guide/.
    const home = await fetchWhenUp(`http://127.0.0.1:${port}/guide/`, 30_000);
    assert.equal(home.status, 200);
    assert.equal(await home.text(), readFileSync(path.join(site.dir, 'index.html'), 'utf8'));
    const missing = await fetch(`http://127.0.0.1:${port}/guide/no-such-page/`);
    assert.equal(missing.status, 404);
  });

  test('should say there is no built site and exit 1, without starting a server', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-preview-'));
    const result = await runCli(['preview', '-f', BASIC_SITE.config, '-d', empty, '-a', '127.0.0.1:1']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^error: no built site in .*: run `mkdocs-astro build` first/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
