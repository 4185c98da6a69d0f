/**
 * A cold build renders its pages in worker processes while Astro loads (src/site/session.ts
 * beforeRender, src/integration.ts buildWithoutAstro): the session tells the site's frame before
 * any page renders and renders off this thread when asked, making the same site; the
 * integration hands a cold build to Astro before its pages are rendered, and a build with a
 * last build to patch only after.
 */
import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, mock, test } from 'node:test';
import mkdocs from '../../src/integration.ts';
import { holdsMarkdown } from '../../src/cli/markdown-size.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import { startSpareWorker, type SpareWorker } from '../../src/site/render-process.ts';
import type { SiteFrame } from '../../src/site/session.ts';

/** A page big enough (16 kB and more of Markdown) for a cold build to render in a worker. */
const LONG_PAGE = `# A\n\n${'Some text.\n\n'.repeat(1500)}`;

function project(long = LONG_PAGE): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-offmain-'));
  const files: Record<string, string> = {
    'mkdocs.yml': 'site_name: Off main\nsite_url: https://example.org/docs/\nmarkdown_extensions:\n  - admonition\n',
    'docs/index.md': '# Home\n\n!!! note\n    A note.\n\n[A](a.md)\n',
    'docs/a.md': long,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** Counts the render workers (child processes) started while `work` runs. */
async function countSpawns<T>(work: () => Promise<T>): Promise<{ result: T; spawned: number; workers: childProcess.ChildProcess[] }> {
  const spy = mock.method(childProcess, 'spawn');
  syncBuiltinESMExports();
  try {
    const result = await work();
    const workers = spy.mock.calls.filter((call) => JSON.stringify(call.arguments).includes('render-worker'));
    return { result, spawned: workers.length, workers: workers.map((call) => call.result as childProcess.ChildProcess) };
  } finally {
    spy.mock.restore();
    syncBuiltinESMExports();
  }
}

/**
 * The integration's buildWithoutAstro on `root`'s site: its answer, the render workers it started,
 * and the phases timed before it answered, then `astro may start`.
 */
async function askWithoutAstro(root: string, spareWorker?: SpareWorker): Promise<{ result: boolean; spawned: number; events: string[] }> {
  const events: string[] = [];
  const integration = mkdocs({ configFile: path.join(root, 'mkdocs.yml'), codeKey: 'test', onMessages: () => undefined, onTiming: (phase) => events.push(phase), spareWorker });
  try {
    const { result, spawned } = await countSpawns(() => integration.buildWithoutAstro());
    events.push('astro may start');
    return { result, spawned, events };
  } finally {
    await integration.dispose();
  }
}

describe('rendering off the main thread', () => {
  test('should tell the frame before rendering, and render every page in a worker when asked, making the same site', async () => {
    const root = project();
    const configFile = path.join(root, 'mkdocs.yml');
    const frames: SiteFrame[] = [];
    const off = await countSpawns(() => prepareSite({ configFile, beforeRender: (frame) => { frames.push(frame); return { offMain: true }; } }));
    const here = await countSpawns(() => prepareSite({ configFile, beforeRender: () => ({ offMain: false }) }));
    assert.equal(frames.length, 1);
    const [frame] = frames;
    assert.equal(frame?.outDir, path.join(root, 'site'));
    assert.equal(frame?.projectDir, root);
    assert.equal(frame?.base, '/docs/');
    assert.equal(frame?.siteUrl, 'https://example.org/docs/');
    assert.equal(frame?.largestPage, Buffer.byteLength(LONG_PAGE));
    assert.equal(frame?.markdownBytes, Buffer.byteLength(LONG_PAGE) + Buffer.byteLength('# Home\n\n!!! note\n    A note.\n\n[A](a.md)\n'));
    assert.equal(off.spawned, 1);
    assert.equal(here.spawned, 0);
    assert.deepEqual(off.result.model, here.result.model);
    assert.deepEqual(off.result.messages, here.result.messages);
  });

  test('should hand a cold build to Astro before its pages are rendered', async () => {
    const { result, spawned, events } = await askWithoutAstro(project());
    assert.equal(result, false);
    assert.equal(spawned, 1);
    assert.deepEqual(events.slice(0, 2), ['config', 'astro may start']);
  });

  test('should render a cold build of little Markdown here, where a worker would cost more than it saves', async () => {
    const { result, spawned } = await askWithoutAstro(project('# A\n\nShort.\n'));
    assert.equal(result, false);
    assert.equal(spawned, 0);
  });

  test('should prepare a build with a last build to patch before answering, on this thread', async () => {
    const root = project();
    // The views record a last build leaves (its content does not matter here: unreadable is no record).
    mkdirSync(path.join(root, 'site', '.mkdocs-astro-cache'), { recursive: true });
    writeFileSync(path.join(root, 'site', '.mkdocs-astro-cache', 'views.json'), '{}');
    const { result, spawned, events } = await askWithoutAstro(root);
    assert.equal(result, false);
    assert.equal(spawned, 0);
    assert.deepEqual(events.slice(0, 3), ['config', 'render', 'model']);
  });

  test("should say what the worker's renderer says of the settings (an unsupported extension), as a renderer here would", async () => {
    const root = project();
    const configFile = path.join(root, 'mkdocs.yml');
    writeFileSync(configFile, 'site_name: Off main\nmarkdown_extensions:\n  - admonition\n  - no_such_extension\n');
    const off = await prepareSite({ configFile, beforeRender: () => ({ offMain: true }) });
    const here = await prepareSite({ configFile, beforeRender: () => ({ offMain: false }) });
    const unsupported = (messages: typeof off.messages) => messages.filter((message) => message.message.includes('no_such_extension'));
    assert.equal(unsupported(off.messages).length, 1);
    assert.deepEqual(unsupported(off.messages), unsupported(here.messages));
  });

  test('should render in the worker started before the pages were found, and start no other', async () => {
    const root = project();
    const configFile = path.join(root, 'mkdocs.yml');
    const { result: spare } = await countSpawns(() => Promise.resolve(startSpareWorker()));
    try {
      const off = await countSpawns(() => prepareSite({ configFile, beforeRender: () => ({ offMain: true, spare }) }));
      const here = await prepareSite({ configFile });
      assert.equal(off.spawned, 0);
      assert.deepEqual(off.result.model, here.model);
      // Taken once: nothing is left for a second build.
      assert.equal(spare.take(), undefined);
    } finally {
      spare.dispose();
    }
  });

  test('should end a spare worker the build never took', async () => {
    const { result: spare, workers } = await countSpawns(() => Promise.resolve(startSpareWorker()));
    const [worker] = workers;
    assert.ok(worker);
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    spare.dispose();
    await exited;
    assert.equal(spare.take(), undefined);
  });
});

describe('holdsMarkdown (the CLI\'s guess before starting a worker)', () => {
  test('should count Markdown files under the folder, outside dot folders, until the size is reached', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-holds-'));
    mkdirSync(path.join(root, 'sub', 'deeper'), { recursive: true });
    mkdirSync(path.join(root, '.hidden'));
    writeFileSync(path.join(root, 'a.md'), 'a'.repeat(600));
    writeFileSync(path.join(root, 'sub', 'deeper', 'b.MD'), 'b'.repeat(500));
    writeFileSync(path.join(root, 'sub', 'image.png'), 'c'.repeat(5000));
    writeFileSync(path.join(root, '.hidden', 'c.md'), 'c'.repeat(5000));
    assert.equal(holdsMarkdown(root, 1100), true);
    assert.equal(holdsMarkdown(root, 1101), false);
    assert.equal(holdsMarkdown(path.join(root, 'missing'), 1), false);
  });
});
