/**
 * The render worker the command starts first thing (src/cli/early-worker.ts) is taken by a cold
 * build of enough Markdown and by a rebuild that renders pages again, and ended at once by a build
 * that needs none (src/cli/commands.ts spareFor, runBuild): a small site's, and one that finds its
 * site up to date.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, mock, test } from 'node:test';
import { runBuild, spareFor } from '../../src/cli/commands.ts';
import type { SpareWorker } from '../../src/site/render-process.ts';
import { mayPatchLastBuild } from '../../src/integration/page-reuse.ts';

/** A project: mkdocs.yml and `pages`, every file dated an hour ago (older than any build of it). */
function project(pages: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-early-'));
  const files: Record<string, string> = { 'mkdocs.yml': 'site_name: Early\n', ...Object.fromEntries(Object.entries(pages).map(([name, text]) => [`docs/${name}`, text])) };
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
    utimesSync(path.join(root, name), hourAgo, hourAgo);
  }
  for (const folder of [path.join(root, 'docs'), root]) utimesSync(folder, hourAgo, hourAgo);
  return root;
}

/** A stand-in for the early worker that counts what the build does with it. */
function spare(): SpareWorker & { taken: number; disposed: number } {
  const counts = { taken: 0, disposed: 0 };
  return Object.assign(counts, {
    take: () => {
      counts.taken++;
      return undefined;
    },
    dispose: () => {
      counts.disposed++;
    },
  });
}

/** Builds `root`'s site as the command does, with `early` as the worker it started; the exit status and what it printed. */
async function build(root: string, cache: boolean, early: SpareWorker): Promise<{ code: number; printed: string }> {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  try {
    const code = await runBuild({ configFile: path.join(root, 'mkdocs.yml'), siteDir: undefined, overrides: {}, cache, spare: early });
    assert.ok(statSync(path.join(root, 'site')).isDirectory());
    return { code, printed: lines.join('\n') };
  } finally {
    log.mock.restore();
  }
}

describe('the early render worker', () => {
  test('should be taken by a cold build of enough Markdown', async () => {
    const root = project({ 'index.md': '# Home\n', 'long.md': `# Long\n\n${'Some text.\n\n'.repeat(1600)}` });
    const early = spare();
    assert.equal((await build(root, false, early)).code, 0);
    assert.ok(early.taken >= 1, 'taken');
  });

  test('should never be taken by a build of a small site, nor by one that finds its site up to date, which ends it', async () => {
    const root = project({ 'index.md': '# Home\n\nA page.\n' });
    const first = spare();
    assert.equal((await build(root, true, first)).code, 0);
    assert.deepEqual({ taken: first.taken, disposed: first.disposed > 0 }, { taken: 0, disposed: true });
    assert.ok(readdirSync(path.join(root, 'site')).includes('index.html'));
    const again = spare();
    const upToDate = await build(root, true, again);
    assert.equal(upToDate.code, 0);
    assert.match(upToDate.printed, /nothing changed since the last build/);
    assert.deepEqual({ taken: again.taken, disposed: again.disposed > 0 }, { taken: 0, disposed: true });
  });
});

describe('spareFor', () => {
  const frame = (root: string) => ({ outDir: path.join(root, 'site'), docsDir: path.join(root, 'docs') });

  test('should hand over the early worker for a cold build of enough Markdown', async () => {
    const root = project({ 'long.md': `# Long\n\n${'Some text.\n\n'.repeat(1600)}` });
    const early = spare();
    assert.equal(await spareFor(frame(root), false, early), early);
    assert.equal(early.disposed, 0);
  });

  test('should hand over the early worker for a rebuild of enough Markdown, to render what changed', async () => {
    const root = project({ 'index.md': '# Home\n', 'long.md': `# Long\n\n${'Some text.\n\n'.repeat(1600)}` });
    assert.equal((await build(root, true, spare())).code, 0);
    assert.ok(mayPatchLastBuild(frame(root).outDir, true), 'a rebuild');
    const early = spare();
    assert.equal(await spareFor(frame(root), true, early), early);
    assert.equal(early.disposed, 0);
    // The rebuild of one changed page asks it for the worker (a stand-in's gives none: another starts).
    writeFileSync(path.join(root, 'docs', 'index.md'), '# Home again\n');
    const rebuilt = spare();
    const again = await build(root, true, rebuilt);
    assert.equal(again.code, 0);
    assert.ok(rebuilt.taken >= 1, 'taken');
    // Without one, a rebuild starts none: a worker is worth it only when it has loaded the renderer by the time the pages are known.
    assert.equal(await spareFor(frame(root), true, undefined), undefined);
  });

  test('should end the early worker and give none for a small site', async () => {
    const root = project({ 'index.md': '# Home\n' });
    const early = spare();
    assert.equal(await spareFor(frame(root), false, early), undefined);
    assert.equal(early.disposed, 1);
  });
});
