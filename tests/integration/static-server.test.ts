/**
 * `serve`'s watcher (src/integration/static-server.ts) with Vite's own (chokidar), its root
 * elsewhere as `serve` has it: snippets a page looks for that are not there yet are seen once
 * made, two in one folder and one in a folder made with it, and the page shows them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createServer } from 'vite';
import { absentSources, staticFilesPlugin } from '../../src/integration/static-server.ts';
import { htmlText } from '../../src/shared/page-html.ts';
import { createSiteSession, type PreparedSite } from '../../src/site/session.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('absentSources', () => {
  test('should pass on each watched source once it is made, but not one the watcher reported, and take the list again when the site changes, passing on one made meanwhile', async () => {
    const there = new Set<string>();
    let site = { watch: ['/p/a.md', '/p/b.md', '/p/c.md'] };
    const made: string[] = [];
    const absent = absentSources(() => site, (file) => made.push(file), 5, (file) => there.has(file));
    try {
      await sleep(30);
      there.add('/p/a.md');
      there.add('/p/b.md');
      absent.seen('/p/b.md');
      await sleep(30);
      assert.deepEqual(made, ['/p/a.md']);
      site = { watch: ['/p/d.md'] };
      await sleep(30);
      there.add('/p/c.md');
      there.add('/p/d.md');
      await sleep(30);
      assert.deepEqual(made, ['/p/a.md', '/p/d.md']);
      // Made while the site was rebuilt: the new site's list no longer has it missing, but it was.
      site = { watch: ['/p/e.md'] };
      await sleep(30);
      there.add('/p/e.md');
      site = { watch: ['/p/e.md'] };
      await sleep(30);
      assert.deepEqual(made, ['/p/a.md', '/p/d.md', '/p/e.md']);
    } finally {
      absent.stop();
    }
  });
});

describe("serve's watcher", () => {
  test('should see missing snippets made later, one with its folder and two in one folder, each made on its own, and render their page again with each', async () => {
    const project = path.join(scratch, 'project');
    write(path.join(project, 'mkdocs.yml'), 'site_name: Snippets\nmarkdown_extensions:\n  - pymdownx.snippets\n');
    write(path.join(project, 'docs/index.md'), '# Home\n\n--8<-- "inc/one.md"\n\n--8<-- "inc/two.md"\n\n--8<-- "later/deeper/three.md"\n');
    mkdirSync(path.join(project, 'inc'));
    const session = createSiteSession({ configFile: path.join(project, 'mkdocs.yml'), serve: true, threads: 1 });
    let site: PreparedSite = await session.update();
    const snippets = ['inc/one.md', 'inc/two.md', 'later/deeper/three.md'].map((name) => path.join(project, name));
    for (const snippet of snippets) assert.ok(site.watch.includes(snippet), snippet);
    const server = await createServer({
      root: mkdtempSync(path.join(scratch, 'vite-')),
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, ws: false },
      plugins: [staticFilesPlugin({ current: () => site, rebuild: async (changed) => (site = await session.update(changed)) })],
    });
    const page = () => htmlText(site.model.pages.find((entry) => entry.src === 'index.md')?.html ?? '');
    try {
      // The watcher's first scan; then each snippet is made on its own, the last with its folders,
      // and the page must show it before the next is made.
      await sleep(800);
      for (const [index, snippet] of [...snippets].reverse().entries()) {
        write(snippet, `Snippet made ${index + 1}.\n`);
        const deadline = Date.now() + 10_000;
        while (!page().includes(`Snippet made ${index + 1}.`) && Date.now() < deadline) await sleep(50);
        assert.match(page(), new RegExp(`Snippet made ${index + 1}\\.`), snippet);
      }
    } finally {
      await server.close();
    }
  });
});
