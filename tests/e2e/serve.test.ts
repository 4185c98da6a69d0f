/**
 * `serve` rebuilds after a change to anything the build read (live reload): a page, a snippet
 * under its own base_path, a `.meta.yml`, a custom_dir file, a file of the project's assets/,
 * mkdocs.yml; it serves the files plugins write beside the pages (sitemap.xml, tags.json, RSS
 * feeds, redirect pages, the social plugin's cards), made again after a change. It
 * runs on a temp copy of a fixture site so the repository is never touched. A port in use is an
 * error, never a silent move to another port.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
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

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe('serve', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-serve-'));
  const port = 18000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}/guide/`;
  let child: ReturnType<typeof spawn> | undefined;
  /** Everything the server printed. */
  let said = '';

  before(async () => {
    cpSync(path.join(REPO, 'tests/fixtures/basic-site'), site, { recursive: true });
    // Sources the fixture does not have: a snippet under its own base_path, custom_dir, assets/.
    mkdirSync(path.join(site, 'snippets'));
    writeFileSync(path.join(site, 'snippets', 'note.md'), 'Included text version one.\n');
    mkdirSync(path.join(site, 'overrides'));
    writeFileSync(path.join(site, 'overrides', 'theme.css'), '/* theme one */\n');
    mkdirSync(path.join(site, 'assets'));
    writeFileSync(path.join(site, 'assets', 'data.txt'), 'asset one\n');
    edit(path.join(site, 'mkdocs.yml'), '  favicon: img/favicon.png\n', '  favicon: img/favicon.png\n  custom_dir: overrides\n');
    edit(path.join(site, 'mkdocs.yml'), '  - admonition\n', '  - admonition\n  - pymdownx.snippets:\n      base_path: [snippets]\n');
    writeFileSync(path.join(site, 'docs', 'guide', 'index.md'), `${readFileSync(path.join(site, 'docs', 'guide', 'index.md'), 'utf8')}\n--8<-- "note.md"\n`);
    // The meta plugin's folder defaults: a dot-file, which the watcher must not take for an editor's.
    // With the plugins whose files are no pages (tags.json, the RSS feeds, redirect pages), served from memory.
    const plugins = 'plugins:\n  - meta\n  - tags\n  - rss:\n      use_git: false\n  - redirects:\n      redirect_maps:\n        old.md: guide/setup.md\n  - social\n';
    writeFileSync(path.join(site, 'mkdocs.yml'), `${readFileSync(path.join(site, 'mkdocs.yml'), 'utf8')}${plugins}`);
    writeFileSync(path.join(site, 'docs', 'guide', '.meta.yml'), 'description: Folder default one\n');
    child = spawn(process.execPath, [path.join(REPO, 'src/cli.ts'), 'serve', '-f', path.join(site, 'mkdocs.yml'), '-a', `127.0.0.1:${port}`], {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let watching = false;
    child.stdout?.on('data', (chunk: Buffer) => { said += chunk.toString(); watching ||= /watching \d+ sources for changes/.test(chunk.toString()); });
    child.stderr?.on('data', (chunk: Buffer) => { said += chunk.toString(); });
    // Edits made before the server watches would be missed: wait until it serves the page.
    const first = await fetchUntil(`${base}guide/`, (body) => body.includes('The guide') && body.includes('version one'), 180_000);
    assert.match(first, /version one/, 'serve answered within 3 minutes');
    const deadline = Date.now() + 60_000;
    while (!watching && Date.now() < deadline) await sleep(100);
    assert.ok(watching, 'serve said it watches its sources');
  });

  after(() => {
    child?.kill();
  });

  test('should not ask npm\'s registry for Astro\'s latest version (Astro\'s dev server would, and say so)', () => {
    // Can fail only where the registry answers and a newer Astro exists, as on the machine this was written on.
    assert.doesNotMatch(said, /New version of Astro|@astrojs\/upgrade/);
  });

  test("should draw the social plugin's card of a page when asked for, and again after its title changes", async () => {
    const card = async () => Buffer.from(await (await fetch(`${base}assets/images/social/orphan.png`)).arrayBuffer());
    const first = await card();
    assert.deepEqual([first.subarray(1, 4).toString('latin1'), first.readUInt32BE(16), first.readUInt32BE(20)], ['PNG', 1200, 630]);
    edit(path.join(site, 'docs/orphan.md'), 'title: Orphan', 'title: Retitled orphan');
    const deadline = Date.now() + 60_000;
    let next = await card();
    while (next.equals(first) && Date.now() < deadline) {
      await sleep(200);
      next = await card();
    }
    assert.ok(!next.equals(first), 'a new card for the new title');
  });

  test('should show an edited page without a restart', async () => {
    const page = path.join(site, 'docs/guide/index.md');
    edit(page, '# The guide', '# The edited guide');
    const body = await fetchUntil(`${base}guide/`, (text) => text.includes('The edited guide'), 60_000);
    assert.match(body, /The edited guide/);
  });

  test('should re-render a page when a snippet under its own base_path changes', async () => {
    assert.match(await fetchUntil(`${base}guide/`, (text) => text.includes('version one'), 30_000), /version one/);
    edit(path.join(site, 'snippets', 'note.md'), 'version one', 'version two');
    assert.match(await fetchUntil(`${base}guide/`, (text) => text.includes('version two'), 30_000), /version two/);
  });

  test('should apply an edited .meta.yml to the pages of its folder', async () => {
    assert.match(await fetchUntil(`${base}guide/setup/`, (text) => text.includes('Folder default one'), 30_000), /Folder default one/);
    edit(path.join(site, 'docs', 'guide', '.meta.yml'), 'default one', 'default two');
    assert.match(await fetchUntil(`${base}guide/setup/`, (text) => text.includes('Folder default two'), 30_000), /Folder default two/);
  });

  test('should serve the new content of a custom_dir file and of an assets/ file', async () => {
    edit(path.join(site, 'overrides', 'theme.css'), 'theme one', 'theme two');
    assert.match(await fetchUntil(`${base}theme.css`, (text) => text.includes('theme two'), 30_000), /theme two/);
    edit(path.join(site, 'assets', 'data.txt'), 'asset one', 'asset two');
    assert.match(await fetchUntil(`${base}assets/data.txt`, (text) => text.includes('asset two'), 30_000), /asset two/);
  });

  test('should serve a page added while it runs, and stop serving it once deleted', async () => {
    const added = path.join(site, 'docs', 'brand-new.md');
    writeFileSync(added, '# Brand new page\n\nHello.\n');
    assert.match(await fetchUntil(`${base}brand-new/`, (text) => text.includes('Brand new page'), 30_000), /Brand new page/);
    rmSync(added);
    const deadline = Date.now() + 30_000;
    let status = 200;
    while (status !== 404 && Date.now() < deadline) {
      status = (await fetch(`${base}brand-new/`)).status;
      if (status !== 404) await sleep(250);
    }
    assert.equal(status, 404);
  });

  test('should serve sitemap.xml, tags.json, the RSS feed and redirect pages as build writes them, made again when a page changes', async () => {
    assert.match(await (await fetch(`${base}sitemap.xml`)).text(), /<loc>https:\/\/example\.org\/guide\/guide\/setup\/<\/loc>/);
    const redirect = await fetch(`${base}old/`);
    assert.equal(redirect.status, 200);
    assert.match(redirect.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await redirect.text(), /<meta http-equiv="refresh" content="0; url=[^"]*guide\/setup\/"/);
    assert.match((await fetch(`${base}tags.json`)).headers.get('content-type') ?? '', /json/);
    assert.equal((await fetch(`${base}feed_rss_created.xml`)).status, 200);
    writeFileSync(path.join(site, 'docs', 'fresh.md'), '---\ntags: [Freshness]\n---\n# A fresh page\n\nNew words.\n');
    assert.match(await fetchUntil(`${base}sitemap.xml`, (text) => text.includes('/guide/fresh/'), 30_000), /<loc>https:\/\/example\.org\/guide\/fresh\/<\/loc>/);
    assert.match(await fetchUntil(`${base}tags.json`, (text) => text.includes('Freshness'), 30_000), /"Freshness"/);
    assert.match(await fetchUntil(`${base}feed_rss_created.xml`, (text) => text.includes('A fresh page'), 30_000), /<title>A fresh page<\/title>/);
  });

  // mkdocs.yml is a source like the pages: re-read without restarting Astro, every time.
  test('should apply every edit of mkdocs.yml, not only the first', async () => {
    edit(path.join(site, 'mkdocs.yml'), 'site_name: Basic Site', 'site_name: Renamed Site');
    assert.match(await fetchUntil(`${base}guide/`, (text) => text.includes('Renamed Site'), 60_000), /Renamed Site/);
    edit(path.join(site, 'docs/guide/index.md'), '# The edited guide', '# The guide once more');
    assert.match(await fetchUntil(`${base}guide/`, (text) => text.includes('The guide once more'), 30_000), /The guide once more/);
    edit(path.join(site, 'mkdocs.yml'), 'site_name: Renamed Site', 'site_name: Third Name');
    const body = await fetchUntil(`${base}guide/`, (text) => text.includes('Third Name'), 60_000);
    assert.match(body, /Third Name/);
    assert.doesNotMatch(body, /Renamed Site/);
  });
});

describe('serve on a port in use', () => {
  test('should say so and exit 1 instead of moving to another port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const child = spawn(process.execPath, [path.join(REPO, 'src/cli.ts'), 'serve', '-a', `127.0.0.1:${port}`], { cwd: REPO, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 1);
      assert.match(stderr, new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });
});
