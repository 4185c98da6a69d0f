/**
 * The render stage on several threads: the same pages, results and messages in the same order
 * whatever the number of threads, and a thread that cannot run hands its pages back.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { rendererFor, renderPages, threadCount, type RenderSettings } from '../../src/site/render-pages.ts';

function project(pages: number): { settings: RenderSettings; sources: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-threads-'));
  const docsDir = path.join(root, 'docs');
  mkdirSync(path.join(docsDir, 'part'), { recursive: true });
  const sources = Array.from({ length: pages }, (_, i) => (i % 2 === 0 ? `page-${i}.md` : `part/page-${i}.md`));
  for (const [i, src] of sources.entries()) {
    // Different sizes, so the split by size has something to balance; one link that does not resolve.
    writeFileSync(path.join(docsDir, src), `# Page ${i}\n\n${'Some *text* here.\n\n'.repeat(1 + (i % 7))}!!! note\n    A note.\n\n[next](page-${i + 1}.md)\n`);
  }
  const settings: RenderSettings = {
    extensions: [{ name: 'admonition', options: {} }, { name: 'toc', options: { permalink: true } }],
    projectDir: root,
    docsDir,
    iconDirs: [],
    links: { pages: new Map(sources.map((src) => [src, { url: src.replace(/\.md$/, '/') }])), docsFiles: new Set(), files: new Set() },
  };
  return { settings, sources };
}

describe('renderPages', () => {
  test('should render the same pages, results and messages on two threads as on one', async () => {
    const { settings, sources } = project(12);
    const one = await renderPages(settings, rendererFor(settings), sources, 1);
    const two = await renderPages(settings, rendererFor(settings), sources, 2);
    assert.deepEqual([...two.pages.keys()], sources);
    assert.deepEqual([...two.pages.values()], [...one.pages.values()]);
    assert.deepEqual(two.messages, []);
    assert.match(two.pages.get('part/page-1.md')?.result.html ?? '', /<div class="admonition note">/);
  });

  test('should render a thread\'s pages in the main thread when the thread cannot start', async () => {
    const { settings, sources } = project(6);
    // A function cannot be copied to a thread: the worker never starts.
    const uncopyable: RenderSettings = { ...settings, extensions: [{ name: 'admonition', options: { hook: () => 'x' } }] };
    const rendered = await renderPages(uncopyable, rendererFor(settings), sources, 2);
    assert.equal(rendered.pages.size, sources.length);
    assert.equal(rendered.messages.length, 1);
    assert.match(rendered.messages[0]?.message ?? '', /a render thread stopped .*; its \d+ pages were rendered in the main thread/);
  });
});

describe('threadCount', () => {
  test('should use one thread for a small site, where starting a thread costs more than it saves', () => {
    assert.equal(threadCount(10, 4), 1);
  });
  test('should use the threads asked for when the site is big enough', () => {
    assert.equal(threadCount(500, 3), 3);
  });
  test('should not start more threads than the site has pages to share', () => {
    assert.equal(threadCount(50, 8), 2);
  });
});
