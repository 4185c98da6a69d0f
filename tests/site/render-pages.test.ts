/**
 * The render stage on several threads: the same pages, results and messages in the same order
 * whatever the number of threads (a big site's all in worker processes), and a thread that
 * cannot run hands its pages back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Renderer } from '../../src/markdown/index.ts';
import { renderOne, rendererFor, renderPages, threadCount, threadPlan, type RenderSettings } from '../../src/site/render-pages.ts';
import { htmlFileWriter, postedPage, startSpareWorker, workerFlags, type SpareWorker } from '../../src/site/render-process.ts';
import { htmlText } from '../../src/shared/page-html.ts';
import { settingsKey, type RenderCache } from '../../src/site/render-cache.ts';

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
    const one = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    const two = await renderPages(settings, rendererFor(settings), sources, { threads: 2 });
    assert.deepEqual([...two.pages.keys()], sources);
    assert.deepEqual([...two.pages.values()], [...one.pages.values()]);
    assert.deepEqual(two.messages, []);
    assert.match(htmlText(two.pages.get('part/page-1.md')?.result.html ?? ''), /<div class="admonition note">/);
  });

  test('should render a big site in a worker, with the same pages, results and messages as on this thread', async () => {
    const { settings, sources } = project(12);
    // One page of 64 kB (one word, quick to render), over a threshold set low for the test: the
    // site's Markdown is big enough to leave this thread.
    writeFileSync(path.join(settings.docsDir, 'page-0.md'), `# Big\n\n${'a'.repeat(1 << 16)}\n`);
    const here = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    // This thread's renderer refuses to render: every page must come from the worker.
    const refusing: Renderer = Object.assign(Object.create(rendererFor(settings)) as Renderer, { render: () => { throw new Error('rendered on the main thread'); } });
    const off = await renderPages(settings, refusing, sources, { offMainBytes: 1 << 16 });
    assert.deepEqual([...off.pages.keys()], sources);
    assert.deepEqual([...off.pages.values()], [...here.pages.values()]);
    assert.deepEqual(off.messages, []);
    assert.match(htmlText(off.pages.get('page-0.md')?.result.html ?? ''), /^<h1 id="big">Big<a class="headerlink"[^]*<p>a{65536}<\/p>$/);
  });

  test('should render what this thread would have in a spare worker started with the flags it wants, making no renderer here', async () => {
    const { settings, sources } = project(3);
    const here = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    // 3 small pages: this thread would render them, but the spare has loaded the renderer already.
    const spare = startSpareWorker(false);
    try {
      const off = await renderPages(settings, () => { throw new Error('a renderer made on the main thread'); }, sources, { spare });
      assert.deepEqual([...off.pages.values()], [...here.pages.values()]);
      assert.deepEqual(off.messages, []);
      assert.equal(spare.take(), undefined, 'taken');
    } finally {
      spare.dispose();
    }
  });

  test('should take the renderer\'s code hash once, and only once the worker has its pages, when no cache needs it first', async () => {
    const { settings, sources } = project(3);
    const started = startSpareWorker(false);
    let taken = false;
    const spare: SpareWorker = { big: false, take: () => { taken = true; return started.take(); }, dispose: started.dispose };
    let calls = 0;
    let handedFirst: boolean | undefined;
    const code = () => {
      calls++;
      handedFirst ??= taken;
      return 'the code';
    };
    try {
      const off = await renderPages(settings, () => { throw new Error('a renderer made on the main thread'); }, sources, { spare, code });
      assert.equal(off.pages.size, 3);
      assert.deepEqual({ calls, handedFirst }, { calls: 1, handedFirst: true });
      assert.equal(off.cache.settings, settingsKey(settings, 'the code'));
    } finally {
      spare.dispose();
    }
  });

  test('should end a spare worker started for small Markdown when given big Markdown, or with nothing to render, and render without it', async () => {
    const { settings, sources } = project(3);
    let ended = 0;
    const standIn = (big: boolean): SpareWorker => ({ big, take: () => assert.fail('the spare was taken'), dispose: () => { ended++; } });
    // 3 small pages, but big Markdown for this test (bigFromBytes): the worker's Node young generation is not for it.
    const rendered = await renderPages(settings, rendererFor(settings), sources, { spare: standIn(false), bigFromBytes: 1 });
    assert.equal(rendered.pages.size, 3);
    assert.equal(ended, 1);
    await renderPages(settings, rendererFor(settings), [], { spare: standIn(true) });
    assert.equal(ended, 2);
  });

  test('should render small Markdown in a spare worker started for a big site', async () => {
    const { settings, sources } = project(3);
    const started = startSpareWorker(true);
    let taken = 0;
    const spare: SpareWorker = { big: true, take: () => { taken++; return started.take(); }, dispose: started.dispose };
    try {
      const rendered = await renderPages(settings, () => { throw new Error('a renderer made on the main thread'); }, sources, { spare });
      assert.equal(rendered.pages.size, 3);
      assert.equal(taken, 1);
    } finally {
      started.dispose();
    }
  });

  test("should make no renderer here when workers render every page: what the renderer says of the settings comes from the worker's", async () => {
    const { settings, sources } = project(4);
    const withUnknown: RenderSettings = { ...settings, extensions: [...settings.extensions, { name: 'no_such_extension', options: {} }] };
    const off = await renderPages(withUnknown, () => { throw new Error('a renderer made on the main thread'); }, sources, { offMainBytes: 0 });
    assert.deepEqual([...off.pages.keys()], sources);
    assert.deepEqual(off.notes?.unsupported, rendererFor(withUnknown).unsupported);
    assert.deepEqual(off.notes?.unsupported, ['no_such_extension']);
  });

  test('should bring a worker\'s big page back through a file, with the same results, and leave no file behind', async () => {
    const { settings, sources } = project(12);
    // Non-Latin-1 text: the page's HTML is a two-byte string here and UTF-8 in its file.
    writeFileSync(path.join(settings.docsDir, 'page-2.md'), '# Größe 😀\n\nÜber *alles* — ✓\n');
    const here = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    // The worker's folder is made in the system's temporary folder: one of this test's own, as
    // other processes make such folders in the shared one meanwhile.
    const temporary = process.env['TMPDIR'];
    process.env['TMPDIR'] = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-tmp-'));
    const spillFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('mkdocs-astro-render-')).length;
    try {
      const spilled = await renderPages(settings, rendererFor(settings), sources, { threads: 2, spillChars: 1 });
      assert.deepEqual([...spilled.pages.values()], [...here.pages.values()]);
      assert.deepEqual(spilled.messages, []);
      assert.match(htmlText(spilled.pages.get('page-2.md')?.result.html ?? ''), /Größe 😀/);
      assert.equal(spillFolders(), 0);
    } finally {
      if (temporary === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = temporary;
    }
  });

  test('should keep a worker\'s big page\'s HTML in a file under the build\'s folder for it, naming the file and its length, with the same text', async () => {
    const { settings, sources } = project(12);
    writeFileSync(path.join(settings.docsDir, 'page-2.md'), '# Größe 😀\n\nÜber *alles* — ✓\n');
    const htmlDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-html-'));
    const here = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    // Every page in the worker (offMainBytes): the big one comes back as its file.
    const kept = await renderPages(settings, rendererFor(settings), sources, { offMainBytes: 1, spillChars: 40, htmlDir });
    const text = htmlText(here.pages.get('page-2.md')?.result.html ?? '');
    const html = kept.pages.get('page-2.md')?.result.html;
    assert.ok(html !== undefined && typeof html !== 'string', 'the big page is in a file');
    assert.ok(!path.relative(htmlDir, html.file).startsWith('..'), html.file);
    assert.equal(html.chars, text.length);
    assert.equal(htmlText(html), text);
    // Every other page, and everything else of that one, as rendered here.
    assert.deepEqual([...kept.pages.values()].map((page) => ({ ...page, result: { ...page.result, html: htmlText(page.result.html) } })), [...here.pages.values()]);
    rmSync(htmlDir, { recursive: true, force: true });
  });

  test('should keep every worker\'s page in a file for a big site only, a smaller one\'s as strings', async () => {
    const { settings, sources } = project(12);
    const htmlDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-html-'));
    const bytes = sources.reduce((sum, src) => sum + readFileSync(path.join(settings.docsDir, src)).length, 0);
    const small = await renderPages(settings, rendererFor(settings), sources, { offMainBytes: 1, htmlDir, filesFromBytes: bytes + 1 });
    const big = await renderPages(settings, rendererFor(settings), sources, { offMainBytes: 1, htmlDir, filesFromBytes: bytes });
    assert.ok([...small.pages.values()].every((page) => typeof page.result.html === 'string'));
    assert.ok([...big.pages.values()].every((page) => typeof page.result.html !== 'string'));
    assert.deepEqual([...big.pages.values()].map((page) => htmlText(page.result.html)), [...small.pages.values()].map((page) => page.result.html));
    rmSync(htmlDir, { recursive: true, force: true });
  });

  test('should bring a worker\'s big page cut in pieces back through a file of its pieces\' UTF-8, with the same results', async () => {
    const { settings, sources } = project(12);
    // Over 64 KiB (the renderer's pieces), in sections it cuts between; non-Latin-1 text.
    const sections = Array.from({ length: 200 }, (_, n) => `## Größe ${n} 😀\n\n${'Über *alles* — ✓ '.repeat(20)}\n`);
    writeFileSync(path.join(settings.docsDir, 'page-2.md'), `# Big\n\n${sections.join('\n')}`);
    const here = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    const html = htmlText(here.pages.get('page-2.md')?.result.html ?? '');
    const spilled = await renderPages(settings, rendererFor(settings), sources, { threads: 2, spillChars: html.length });
    assert.deepEqual([...spilled.pages.values()], [...here.pages.values()]);
    assert.match(html, /<h2 id="[^"]+">Größe 199 😀/);
  });

  test('should write a page the renderer gave as UTF-8 pieces to a file as those bytes, and post none of them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-spill-'));
    const parts = ['<p>é</p>', '\n<p>😀</p>'].map((part) => new TextEncoder().encode(part));
    const page = { src: 'a.md', result: { html: '', htmlBytes: parts, toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] }, messages: [] };
    const settings = project(1).settings;
    const write = htmlFileWriter();
    const posted = postedPage(page, { settings, pages: ['a.md'], spillChars: 4, spillDir: dir }, write);
    const whole = '<p>é</p>\n<p>😀</p>';
    // The page names its file and its bytes there, and its length as the joined string's (the emoji is two UTF-16 units).
    const file = path.join(dir, 'pages.html');
    assert.deepEqual(posted.result, { html: { file, chars: whole.length, at: { offset: 0, bytes: Buffer.byteLength(whole) } }, toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] });
    assert.equal(readFileSync(file, 'utf8'), whole);
    // A second page goes after it, in the same file.
    const again = postedPage(page, { settings, pages: ['a.md'], spillChars: 4, spillDir: dir }, write);
    assert.deepEqual(typeof again.result.html === 'string' ? undefined : again.result.html.at, { offset: Buffer.byteLength(whole), bytes: Buffer.byteLength(whole) });
    assert.equal(htmlText(again.result.html), whole);
    // Without a folder to write to, the page goes whole in its message.
    assert.equal(postedPage(page, { settings, pages: ['a.md'], spillChars: 4 }, write).result.html, whole);
    rmSync(dir, { recursive: true, force: true });
  });

  test('should append each page\'s HTML to one file as its UTF-8 through one writer, pages of any size in any order, each read back by its range', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-writer-'));
    const write = htmlFileWriter();
    const file = path.join(dir, 'pages.html');
    // Growing, shrinking, and one over the writer's buffer (4 MiB), written in slices.
    const pages = ['<p>é</p>', `<p>${'Größe 😀 '.repeat(1000)}</p>`, '<p>a</p>', `<p>${'✓'.repeat(2_000_000)}</p>`, '<p>ü</p>'];
    const ranges = pages.map((html) => write(file, html));
    for (const [n, html] of pages.entries()) {
      assert.equal(htmlText({ file, chars: html.length, at: ranges[n] }), html, `page ${n}`);
      assert.deepEqual(readFileSync(file).subarray(ranges[n]?.offset, (ranges[n]?.offset ?? 0) + (ranges[n]?.bytes ?? 0)), Buffer.from(html), `page ${n}'s bytes`);
    }
    assert.equal(readFileSync(file, 'utf8'), pages.join(''));
    rmSync(dir, { recursive: true, force: true });
  });

  test('should write a page\'s HTML to a file only from the size asked, and only when UTF-8 keeps every character', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-spill-'));
    const page = (html: string) => ({ src: 'a.md', result: { html, toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] }, messages: [] });
    const job = { settings: project(1).settings, pages: ['a.md'], spillChars: 4, spillDir: dir };
    const write = htmlFileWriter();
    assert.equal(postedPage(page('<p>'), job, write).result.html, '<p>');
    const big = postedPage(page('<p>é</p>'), job, write);
    assert.deepEqual(big.result.html, { file: path.join(dir, 'pages.html'), chars: '<p>é</p>'.length, at: { offset: 0, bytes: Buffer.byteLength('<p>é</p>') } });
    assert.equal(readFileSync(path.join(dir, 'pages.html'), 'utf8'), '<p>é</p>');
    // A lone surrogate would come back from UTF-8 as U+FFFD: such a page goes in its message.
    assert.equal(postedPage(page('<p>\uD800</p>'), job, write).result.html, '<p>\uD800</p>');
    rmSync(dir, { recursive: true, force: true });
  });

  test('should render a thread\'s pages in the main thread when the thread cannot start', async () => {
    const { settings, sources } = project(6);
    // A function cannot be copied to a thread: the worker never starts.
    const uncopyable: RenderSettings = { ...settings, extensions: [{ name: 'admonition', options: { hook: () => 'x' } }] };
    const rendered = await renderPages(uncopyable, rendererFor(settings), sources, { threads: 2 });
    assert.equal(rendered.pages.size, sources.length);
    assert.equal(rendered.messages.length, 1);
    assert.match(rendered.messages[0]?.message ?? '', /a render thread stopped .*; its \d+ pages left were rendered in the main thread/);
  });
});

describe('threadPlan', () => {
  const MB = 1 << 20;
  test('should render big Markdown in workers only, so the garbage of rendering leaves with them', () => {
    assert.deepEqual(threadPlan(500, 6 * MB, undefined, 2), { main: false, workers: 1 });
    // Privacy Guides' 1.2 MB stays on this thread (one render thread on 2 cores).
    assert.deepEqual(threadPlan(123, 1.2 * MB, undefined, 2), { main: true, workers: 0 });
    assert.deepEqual(threadPlan(500, 6 * MB, undefined, 8), { main: false, workers: 4 });
    assert.deepEqual(threadPlan(1, 10 * MB, undefined, 2), { main: false, workers: 1 });
  });
  test('should render little Markdown on this thread, where starting a worker costs more than its memory', () => {
    assert.deepEqual(threadPlan(20, MB / 4, undefined, 8), { main: true, workers: 0 });
  });
  test('should keep this thread among exactly the threads asked for', () => {
    assert.deepEqual(threadPlan(500, 6 * MB, 1), { main: true, workers: 0 });
    assert.deepEqual(threadPlan(6, 100, 2), { main: true, workers: 1 });
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
  test('should stay on one thread by default below four cores, where a second renderer was measured not to pay', () => {
    assert.equal(threadCount(500, undefined, 2), 1);
    assert.equal(threadCount(500, undefined, 8), 4);
    assert.equal(threadCount(500, undefined, 4), 4);
  });
});

describe('renderOne', () => {
  test('should write a page the renderer could not render with a notice and its source, as a warning', () => {
    const { settings, sources } = project(1);
    const src = sources[0] ?? '';
    // A renderer that gives up on the page, as ours does when the stack runs out.
    const givingUp: Renderer = {
      unsupported: [],
      optionWarnings: [],
      render: () => ({ html: '', toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [{ severity: 'error', message: 'could not render this page: Maximum call stack size exceeded', file: src, line: undefined, column: undefined, ruleId: 'render' }] }),
    };
    const page = renderOne(givingUp, src, settings.docsDir);
    assert.equal(page.messages.length, 1);
    assert.equal(page.messages[0]?.severity, 'warning');
    assert.match(page.messages[0]?.message ?? '', /Maximum call stack size exceeded; it is written with a notice and its source as text/);
    assert.match(htmlText(page.result.html), /Page 0/, 'the source is on the page');
    assert.notEqual(page.result.html, '');
  });

  test('should keep a page the renderer rendered as it is', () => {
    const { settings, sources } = project(1);
    const page = renderOne(rendererFor(settings), sources[0] ?? '', settings.docsDir);
    assert.match(htmlText(page.result.html), /<h1 id="page-0">Page 0<a class="headerlink"/);
    assert.deepEqual(page.messages, []);
  });
});

describe('renderPages with the last build\'s cache', () => {
  function withSnippets(): { settings: RenderSettings; sources: string[]; root: string } {
    const { settings, sources } = project(4);
    const root = settings.projectDir;
    writeFileSync(path.join(root, 'glossary.md'), '*[HTML]: Hyper Text Markup Language\n');
    writeFileSync(path.join(settings.docsDir, 'page-0.md'), '# Page 0\n\nSome HTML.\n\n--8<-- "glossary.md"\n');
    const snippets = { name: 'pymdownx.snippets', options: { base_path: [root] } };
    return { settings: { ...settings, extensions: [...settings.extensions, { name: 'abbr', options: {} }, snippets] }, sources, root };
  }

  test('should reuse every page when nothing changed, with the same results', async () => {
    const { settings, sources } = withSnippets();
    const first = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    assert.equal(first.reused, 0);
    const second = await renderPages(settings, rendererFor(settings), sources, { threads: 1, cache: first.cache });
    assert.equal(second.reused, sources.length);
    assert.deepEqual([...second.pages.values()], [...first.pages.values()]);
  });

  test('should say what the renderer said of the settings from the cache when every page comes from it, making no renderer', async () => {
    const { settings, sources } = withSnippets();
    const withUnknown: RenderSettings = { ...settings, extensions: [...settings.extensions, { name: 'no_such_extension', options: {} }] };
    const first = await renderPages(withUnknown, rendererFor(withUnknown), sources, { threads: 1 });
    assert.deepEqual(first.cache.notes?.unsupported, ['no_such_extension']);
    const second = await renderPages(withUnknown, () => { throw new Error('a renderer made on the main thread'); }, sources, { threads: 1, cache: first.cache });
    assert.equal(second.reused, sources.length);
    assert.deepEqual(second.notes, first.cache.notes);
    assert.deepEqual(second.cache.notes, first.cache.notes);
  });

  test('should render again only the page that changed, and the pages whose include changed', async () => {
    const { settings, sources, root } = withSnippets();
    const first = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    writeFileSync(path.join(settings.docsDir, 'part/page-1.md'), '# Page 1, edited\n');
    const second = await renderPages(settings, rendererFor(settings), sources, { threads: 1, cache: first.cache });
    assert.equal(second.reused, sources.length - 1);
    assert.match(htmlText(second.pages.get('part/page-1.md')?.result.html ?? ''), /Page 1, edited/);
    writeFileSync(path.join(root, 'glossary.md'), '*[HTML]: HyperText Markup Language\n');
    const third = await renderPages(settings, rendererFor(settings), sources, { threads: 1, cache: second.cache });
    assert.equal(third.reused, sources.length - 1, 'only page-0.md includes the glossary');
    assert.match(htmlText(third.pages.get('page-0.md')?.result.html ?? ''), /title="HyperText Markup Language"/);
  });

  test('should render again the page whose {!file!} include changed, and only it', async () => {
    for (const name of ['markdown_include.include', 'mdx_include']) {
      const { settings, sources } = project(3);
      const root = settings.projectDir;
      writeFileSync(path.join(root, 'example.py'), 'print(1)\n');
      writeFileSync(path.join(settings.docsDir, 'page-0.md'), '# Page 0\n\n```python\n{!example.py!}\n```\n');
      const withInclude: RenderSettings = { ...settings, extensions: [...settings.extensions, { name, options: {} }] };
      const first = await renderPages(withInclude, rendererFor(withInclude), sources, { threads: 1 });
      assert.deepEqual(first.pages.get('page-0.md')?.result.includes, [path.join(root, 'example.py')], name);
      writeFileSync(path.join(root, 'example.py'), 'print(2)\n');
      const second = await renderPages(withInclude, rendererFor(withInclude), sources, { threads: 1, cache: first.cache });
      assert.equal(second.reused, sources.length - 1, name);
      assert.match(htmlText(second.pages.get('page-0.md')?.result.html ?? ''), /print\(2\)/, name);
    }
  });

  test('should reuse a page whose snippet is missing while it stays missing, and render it again once it is there', async () => {
    const { settings, sources, root } = withSnippets();
    writeFileSync(path.join(settings.docsDir, 'part/page-1.md'), '# Page 1\n\n--8<-- "later/note.md"\n');
    const first = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    const missing = first.pages.get('part/page-1.md');
    assert.deepEqual(missing?.messages.map((m) => m.severity), ['info'], 'a note: without check_paths the snippet renders empty');
    assert.deepEqual(missing?.result.absent, [path.join(root, 'later/note.md')]);
    const second = await renderPages(settings, rendererFor(settings), sources, { threads: 1, cache: first.cache });
    assert.equal(second.reused, sources.length, 'nothing to take yet');
    mkdirSync(path.join(root, 'later'));
    writeFileSync(path.join(root, 'later/note.md'), 'Written later.\n');
    const third = await renderPages(settings, rendererFor(settings), sources, { threads: 1, cache: second.cache });
    assert.deepEqual(third.rendered, ['part/page-1.md']);
    assert.match(htmlText(third.pages.get('part/page-1.md')?.result.html ?? ''), /Written later\./);
  });

  test('should render a page again once a base path that names a file is made, or an earlier base path gets the snippet', async () => {
    const { settings, sources } = project(2);
    const root = settings.projectDir;
    mkdirSync(path.join(root, 'late'));
    writeFileSync(path.join(root, 'late/part.md'), 'From the later base path.\n');
    writeFileSync(path.join(settings.docsDir, 'page-0.md'), '# Page 0\n\n--8<-- "CHANGELOG.md"\n\n--8<-- "part.md"\n');
    const snippets = { name: 'pymdownx.snippets', options: { base_path: [path.join(root, 'CHANGELOG.md'), path.join(root, 'early'), path.join(root, 'late')] } };
    const withBases: RenderSettings = { ...settings, extensions: [...settings.extensions, snippets] };
    const render = (cache?: Awaited<ReturnType<typeof renderPages>>['cache']) => renderPages(withBases, rendererFor(withBases), sources, { threads: 1, cache });
    const first = await render();
    assert.match(htmlText(first.pages.get('page-0.md')?.result.html ?? ''), /From the later base path/);
    assert.equal((await render(first.cache)).reused, sources.length);
    writeFileSync(path.join(root, 'CHANGELOG.md'), 'The changelog.\n');
    const second = await render(first.cache);
    assert.deepEqual(second.rendered, ['page-0.md']);
    assert.match(htmlText(second.pages.get('page-0.md')?.result.html ?? ''), /The changelog\./);
    mkdirSync(path.join(root, 'early'));
    writeFileSync(path.join(root, 'early/part.md'), 'From the earlier base path.\n');
    const third = await render(second.cache);
    assert.deepEqual(third.rendered, ['page-0.md']);
    assert.match(htmlText(third.pages.get('page-0.md')?.result.html ?? ''), /From the earlier base path/);
  });

  test('should render again only the pages whose links resolve otherwise when a file or page of docs_dir is added, and none for another file of the site', async () => {
    const { settings } = project(0);
    writeFileSync(path.join(settings.docsDir, 'a.md'), '# A\n\n![An image](img/new.png)\n');
    writeFileSync(path.join(settings.docsDir, 'b.md'), '# B\n\n[C](c.md)\n');
    const sources = ['a.md', 'b.md'];
    const at = (pages: readonly string[], docsFiles: readonly string[] = [], files: readonly string[] = []): RenderSettings => ({
      ...settings,
      links: { pages: new Map(pages.map((src) => [src, { url: src.replace(/\.md$/, '/') }])), docsFiles: new Set(docsFiles), files: new Set(files) },
    });
    const render = async (where: RenderSettings, cache?: RenderCache) => renderPages(where, rendererFor(where), sources, { threads: 1, cache });
    const first = await render(at(sources));
    assert.equal((await render(at(sources, [], ['assets/images/new.png']), first.cache)).reused, 2);
    // The image is there now: a's link to it is made relative to a's URL; b's link is as it was.
    const imaged = await render(at(sources, ['img/new.png']), first.cache);
    assert.deepEqual(imaged.rendered, ['a.md']);
    assert.match(htmlText(imaged.pages.get('a.md')?.result.html ?? ''), /src="\.\.\/img\/new\.png"/);
    // Then the page b links to: b only.
    const paged = await render(at([...sources, 'c.md'], ['img/new.png']), imaged.cache);
    assert.deepEqual(paged.rendered, ['b.md']);
    assert.match(htmlText(paged.pages.get('b.md')?.result.html ?? ''), /href="\.\.\/c\/"/);
    // Nothing else changed: every page reused, its links not resolved again.
    assert.equal((await render(at([...sources, 'c.md'], ['img/new.png']), paged.cache)).reused, 2);
  });

  test('should render a page with mkdocstrings\' blocks again when a page is added: a docstring\'s links are not among those the page records', async () => {
    const { settings } = project(0);
    mkdirSync(path.join(settings.projectDir, 'src'));
    writeFileSync(path.join(settings.projectDir, 'src', 'shop.py'), '"""The shop.\n\nSee [the guide](guide.md)."""\n');
    writeFileSync(path.join(settings.docsDir, 'api.md'), '# API\n\n::: shop\n');
    const at = (pages: readonly string[]): RenderSettings => ({
      ...settings,
      extensions: [{ name: 'toc', options: {} }, { name: 'mkdocstrings', options: {} }],
      python: { paths: [path.join(settings.projectDir, 'src')] },
      links: { pages: new Map(pages.map((src) => [src, { url: src.replace(/\.md$/, '/') }])), docsFiles: new Set(), files: new Set() },
    });
    const before = at(['api.md']);
    const first = await renderPages(before, rendererFor(before), ['api.md'], { threads: 1 });
    assert.match(htmlText(first.pages.get('api.md')?.result.html ?? ''), /href="guide\.md"/);
    const after = at(['api.md', 'guide.md']);
    const second = await renderPages(after, rendererFor(after), ['api.md'], { threads: 1, cache: first.cache });
    assert.equal(second.reused, 0);
    assert.match(htmlText(second.pages.get('api.md')?.result.html ?? ''), /href="\.\.\/guide\/"/);
  });

  test('should render every page again when a file of docs_dir is added and the page may read more of them than its links (material.extensions.preview)', async () => {
    const { settings, sources } = withSnippets();
    const preview: RenderSettings = { ...settings, extensions: [...settings.extensions, { name: 'material.extensions.preview', options: {} }] };
    const first = await renderPages(preview, rendererFor(preview), sources, { threads: 1 });
    const added: RenderSettings = { ...preview, links: { ...preview.links, docsFiles: new Set(['img/new.png']) } };
    assert.equal((await renderPages(added, rendererFor(added), sources, { threads: 1, cache: first.cache })).reused, 0);
  });

  test('should render a page again when an image pymdownx.b64 embeds in it changes, or one it looked for appears', async () => {
    const { settings } = project(0);
    const b64: RenderSettings = { ...settings, extensions: [...settings.extensions, { name: 'pymdownx.b64', options: { base_path: settings.docsDir } }] };
    writeFileSync(path.join(settings.docsDir, 'a.md'), '# A\n\n![One](one.png) ![Two](two.png)\n');
    writeFileSync(path.join(settings.docsDir, 'one.png'), 'first');
    const render = async (cache?: RenderCache) => renderPages(b64, rendererFor(b64), ['a.md'], { threads: 1, cache });
    const first = await render();
    assert.match(htmlText(first.pages.get('a.md')?.result.html ?? ''), /src="data:image\/png;base64,Zmlyc3Q="/);
    assert.equal((await render(first.cache)).reused, 1);
    writeFileSync(path.join(settings.docsDir, 'one.png'), 'second');
    const changed = await render(first.cache);
    assert.equal(changed.reused, 0);
    assert.match(htmlText(changed.pages.get('a.md')?.result.html ?? ''), /src="data:image\/png;base64,c2Vjb25k"/);
    writeFileSync(path.join(settings.docsDir, 'two.png'), 'there');
    assert.equal((await render(changed.cache)).reused, 0);
  });

  test('should render every page again when the settings changed', async () => {
    const { settings, sources } = withSnippets();
    const first = await renderPages(settings, rendererFor(settings), sources, { threads: 1 });
    const changed: RenderSettings = { ...settings, extensions: settings.extensions.filter((spec) => spec.name !== 'abbr') };
    const second = await renderPages(changed, rendererFor(changed), sources, { threads: 1, cache: first.cache });
    assert.equal(second.reused, 0);
  });
});

describe('workerFlags', () => {
  test('caps a big site\'s worker\'s young generation and old generation growth, keeps this process\'s flags but a debugger\'s, and lets it collect', () => {
    assert.deepEqual(workerFlags(['--experimental-strip-types', '--inspect=9229']), ['--always-sparkplug', '--no-regexp-tier-up', '--max-semi-space-size=16', '--heap-growing-percent=100', '--experimental-strip-types', '--expose-gc']);
  });

  test('leaves the young generation as it is for a site below OFF_MAIN_BYTES of Markdown, and stops its code at Maglev', () => {
    assert.deepEqual(workerFlags(['--experimental-strip-types'], '', false), ['--always-sparkplug', '--no-regexp-tier-up', '--max-opt=2', '--experimental-strip-types', '--expose-gc']);
    assert.deepEqual(workerFlags(['--max-opt=4'], '', false), ['--always-sparkplug', '--no-regexp-tier-up', '--max-opt=4', '--expose-gc']);
  });

  test('leaves the young generation\'s size and the old generation\'s growth to what the user set, on the command line or in NODE_OPTIONS', () => {
    assert.deepEqual(workerFlags(['--max-semi-space-size=32']), ['--always-sparkplug', '--no-regexp-tier-up', '--heap-growing-percent=100', '--max-semi-space-size=32', '--expose-gc']);
    assert.deepEqual(workerFlags([], '--require x.cjs --max-semi-space-size=2'), ['--always-sparkplug', '--no-regexp-tier-up', '--heap-growing-percent=100', '--expose-gc']);
    assert.deepEqual(workerFlags(['--heap-growing-percent=30']), ['--always-sparkplug', '--no-regexp-tier-up', '--max-semi-space-size=16', '--heap-growing-percent=30', '--expose-gc']);
  });
});

describe('a render worker whose build is gone', () => {
  test('should end quietly, without the closed channel\'s stack trace', () => {
    const { settings, sources } = project(40);
    // A build that ends (exits) as soon as the worker's first page arrives, the worker still rendering.
    const build = `
      import { renderInWorker, SPILL_CHARS } from ${JSON.stringify(new URL('../../src/site/render-process.ts', import.meta.url).href)};
      const { docsDir, projectDir, sources } = JSON.parse(process.argv[1]);
      const links = { pages: new Map(sources.map((src) => [src, { url: src.replace(/\\.md$/, '/') }])), docsFiles: new Set(), files: new Set() };
      const settings = { extensions: [{ name: 'admonition', options: {} }], projectDir, docsDir, iconDirs: [], links };
      renderInWorker({ settings, pages: sources, spillChars: SPILL_CHARS }, () => process.exit(0));
    `;
    // The worker shares the build's stderr: spawnSync returns once it has ended too, and holds all it wrote.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', build, JSON.stringify({ docsDir: settings.docsDir, projectDir: settings.projectDir, sources })], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /EPIPE|Error/);
  });
});
