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

/** Resolves once `done()` holds, or after 5 s (the caller's assertion then says what was wrong). */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!done() && Date.now() < deadline) await sleep(5);
}

describe('absentSources', () => {
  test('should pass on each missing snippet once it is made, but not one the watcher reported, and one made before the first look at a new site', async () => {
    const there = new Set<string>();
    let site = { absent: ['/p/a.md', '/p/b.md', '/p/c.md'] };
    const made: string[] = [];
    let looks = 0;
    const absent = absentSources(() => site, (file) => made.push(file), 5, (file) => {
      looks++;
      return there.has(file);
    });
    try {
      await until(() => looks >= 3);
      there.add('/p/a.md');
      there.add('/p/b.md');
      absent.seen('/p/b.md');
      await until(() => made.length >= 1);
      assert.deepEqual(made, ['/p/a.md']);
      // A new site, whose missing snippet is made before the first look at it: it is passed on.
      there.add('/p/d.md');
      site = { absent: ['/p/d.md'] };
      await until(() => made.length >= 2);
      assert.deepEqual(made, ['/p/a.md', '/p/d.md']);
      // One of the last list made while the site was rebuilt: passed on too.
      site = { absent: ['/p/e.md'] };
      await until(() => looks >= 20);
      there.add('/p/e.md');
      site = { absent: [] };
      await until(() => made.length >= 3);
      assert.deepEqual(made, ['/p/a.md', '/p/d.md', '/p/e.md']);
      // c was never made, and b (reported by the watcher) never passed on.
      const settled = looks;
      await until(() => looks >= settled + 20);
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
