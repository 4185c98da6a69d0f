/**
 * The render stage on several threads: the same pages, results and messages in the same order
 * whatever the number of threads, and a thread that cannot run hands its pages back.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Renderer } from '../../src/markdown/index.ts';
import { renderOne, rendererFor, renderPages, threadCount, type RenderSettings } from '../../src/site/render-pages.ts';

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

describe('renderOne', () => {
  test('should write a page the renderer could not render with a notice and its source, as a warning', () => {
    const { settings, sources } = project(1);
    const src = sources[0] ?? '';
    // A renderer that gives up on the page, as ours does when the stack runs out.
    const givingUp: Renderer = {
      unsupported: [],
      render: () => ({ html: '', toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [{ severity: 'error', message: 'could not render this page: Maximum call stack size exceeded', file: src, line: undefined, column: undefined, ruleId: 'render' }] }),
    };
    const page = renderOne(givingUp, src, settings.docsDir);
    assert.equal(page.messages.length, 1);
    assert.equal(page.messages[0]?.severity, 'warning');
    assert.match(page.messages[0]?.message ?? '', /Maximum call stack size exceeded; it is written with a notice and its source as text/);
    assert.match(page.result.html, /Page 0/, 'the source is on the page');
    assert.notEqual(page.result.html, '');
  });

  test('should keep a page the renderer rendered as it is', () => {
    const { settings, sources } = project(1);
    const page = renderOne(rendererFor(settings), sources[0] ?? '', settings.docsDir);
    assert.match(page.result.html, /<h1 id="page-0">Page 0<a class="headerlink"/);
    assert.deepEqual(page.messages, []);
  });
});
