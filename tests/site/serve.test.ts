/**
 * `serve` rebuilds a page when its Markdown changes (live reload), on a temp copy of a fixture
 * site so the repository is never touched.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO } from '../helpers/build-site.ts';

async function fetchUntil(url: string, predicate: (body: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (predicate(last)) return last;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return last;
}

test('serve should show an edited page without a restart', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-serve-'));
  cpSync(path.join(REPO, 'tests/fixtures/basic-site'), site, { recursive: true });
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [path.join(REPO, 'src/cli.ts'), 'serve', '-f', path.join(site, 'mkdocs.yml'), '-a', `127.0.0.1:${port}`], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${port}/guide/guide/`;
    const before = await fetchUntil(url, (body) => body.includes('The guide'), 60_000);
    assert.match(before, /<h1[^>]*>The guide/);
    const page = path.join(site, 'docs/guide/index.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('# The guide', '# The edited guide'));
    const after = await fetchUntil(url, (body) => body.includes('The edited guide'), 30_000);
    assert.match(after, /The edited guide/);
  } finally {
    child.kill();
  }
});
