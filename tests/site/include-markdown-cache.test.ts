/**
 * The include-markdown plugin in the render stage (src/site/render-pages.ts) and under `serve`
 * (src/site/session.ts): run before the macros plugin whatever their order in mkdocs.yml, the
 * same on a worker thread, its included files recorded like snippets' so the render cache
 * re-renders exactly the pages whose included files changed, and watched by `serve`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { includeMarkdownPlugin } from '../../src/site/include-markdown.ts';
import { macrosPlugin } from '../../src/site/macros.ts';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import { rendererFor, renderPages, type RenderSettings } from '../../src/site/render-pages.ts';
import { createSiteSession, type StageName } from '../../src/site/session.ts';
import { htmlText } from '../../src/shared/page-html.ts';

function write(root: string, name: string, content: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'include-markdown-cache-'));
  for (const [name, text] of Object.entries(files)) write(root, name, text);
  return root;
}

function settingsFor(root: string, options: { macros?: boolean } = {}): RenderSettings {
  const docsDir = path.join(root, 'docs');
  const includeMarkdown = includeMarkdownPlugin([{ name: 'include-markdown', options: {} }]).settings;
  const macros = options.macros === true ? macrosPlugin([{ name: 'macros', options: {} }], { extra: { version: '2.0' }, docs_dir: docsDir }, root).settings : undefined;
  const pages = new Map(SOURCES.map((src) => [src, { url: src.replace(/\.md$/, '/') }]));
  return { extensions: [{ name: 'admonition', options: {} }], projectDir: root, docsDir, iconDirs: [], links: { pages, docsFiles: new Set(), files: new Set() }, includeMarkdown, macros };
}

const FILES = {
  'README.md': '# Project\n\n<!--intro-->\nRead the [changes](CHANGELOG.md) of version {{ version }}.\n<!--/intro-->\n',
  'docs/index.md': '# Home\n\n{% include-markdown "../README.md" start="<!--intro-->" end="<!--/intro-->" %}\n',
  'docs/other.md': '# Other\n\n!!! note\n    {% include "parts/note.md" %}\n',
  'docs/glob.md': '# Glob\n\n{% include "../notes/*.md" %}\n',
  'docs/parts/note.md': 'A note.\n',
  'notes/a.md': 'Note a.\n',
};
const SOURCES = ['index.md', 'other.md', 'glob.md'];

describe('the include-markdown plugin in the render stage', () => {
  test('should give the renderer the expanded Markdown and record the included files as the pages includes', async () => {
    const root = site(FILES);
    const settings = settingsFor(root);
    const done = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    const index = done.pages.get('index.md');
    assert.equal(index?.result.html, '<h1 id="home">Home</h1>\n<p>Read the <a href="../CHANGELOG.md">changes</a> of version {{ version }}.</p>');
    assert.deepEqual(index?.result.includes, [path.join(root, 'README.md')]);
    assert.equal(done.pages.get('other.md')?.result.html, '<h1 id="other">Other</h1>\n<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>A note.</p>\n</div>');
    assert.equal(done.pages.get('glob.md')?.result.html, '<h1 id="glob">Glob</h1>\n<p>Note a.</p>');
  });

  test('should run before the macros plugin, which renders what was included and never sees an include directive', async () => {
    const root = site({ ...FILES, 'docs/other.md': '# Other\n\n{% include "parts/note.md" %} v{{ version }}\n', 'docs/parts/note.md': 'Note for {{ version }}.' });
    const settings = settingsFor(root, { macros: true });
    const done = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    assert.match(htmlText(done.pages.get('index.md')?.result.html ?? ''), /of version 2\.0\./);
    assert.equal(done.pages.get('other.md')?.result.html, '<h1 id="other">Other</h1>\n<p>Note for 2.0. v2.0</p>');
    assert.deepEqual(done.pages.get('other.md')?.messages, []);
  });

  test("should take the page's title from an included first heading, as MkDocs reads it after the plugins", async () => {
    const root = site({ 'README.md': '# Widget\n\nText.\n', 'docs/index.md': '{% include-markdown "../README.md" %}\n' });
    const settings = settingsFor(root);
    const done = await renderPages(settings, rendererFor(settings), ['index.md'], { threads: 1 });
    assert.equal(done.pages.get('index.md')?.result.title, 'Widget');
  });

  test('should render the same on a worker thread as on the main thread', async () => {
    const root = site(FILES);
    const settings = settingsFor(root);
    const one = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    const two = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 2 });
    assert.equal(two.messages.length, 0, two.messages.map((m) => m.message).join());
    for (const src of SOURCES) assert.deepEqual(two.pages.get(src), one.pages.get(src));
  });

  test('should reuse a page while its included files are unchanged; never one that includes a glob', async () => {
    const root = site(FILES);
    const settings = settingsFor(root);
    const built = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    assert.equal(built.pages.get('glob.md')?.volatile, true);
    const again = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1, cache: built.cache });
    assert.deepEqual(again.rendered, ['glob.md']);

    write(root, 'README.md', '<!--intro-->\nNew intro.\n<!--/intro-->\n');
    const edited = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1, cache: again.cache });
    assert.deepEqual(edited.rendered, ['index.md', 'glob.md']);
    assert.match(htmlText(edited.pages.get('index.md')?.result.html ?? ''), /<p>New intro\.<\/p>/);

    write(root, 'notes/b.md', 'Note b.\n');
    const added = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1, cache: edited.cache });
    assert.deepEqual(added.rendered, ['glob.md']);
    assert.match(htmlText(added.pages.get('glob.md')?.result.html ?? ''), /Note a\.\nNote b\./);
  });

  test('should not cache a page whose include failed, and report it at its line in the file, front matter counted', async () => {
    const root = site({ ...FILES, 'docs/index.md': '---\ntitle: Home\n---\n# Home\n\n{% include-markdown "missing.md" %}\n' });
    const settings = settingsFor(root);
    const done = await renderPages(settings, rendererFor(settings), ['index.md'], { threads: 1 });
    const page = done.pages.get('index.md');
    assert.deepEqual(page?.messages.map((m) => [m.file, m.line]), [[path.join(root, 'docs/index.md'), 6]]);
    assert.match(htmlText(page?.result.html ?? ''), /\{% include-markdown "missing\.md" %\}/);
    assert.equal(done.cache.pages.size, 0);
  });
});

describe('the include-markdown plugin under serve', () => {
  const CONFIG = ['site_name: Includes', 'plugins:', '  - include-markdown', ''].join('\n');
  const html = (prepared: PreparedSite, src: string) => htmlText(prepared.model.pages.find((p) => p.src === src)?.html ?? '');

  test('should watch an included file outside docs_dir and re-render only the page that included it when it changes', async () => {
    const root = site({ 'mkdocs.yml': CONFIG, 'README.md': 'Intro one.\n', 'docs/index.md': '# Home\n\n{% include-markdown "../README.md" %}\n', 'docs/plain.md': '# Plain\n' });
    const configFile = path.join(root, 'mkdocs.yml');
    const ran: StageName[] = [];
    const session = createSiteSession({ configFile, serve: true, threads: 1, onStage: (stage) => ran.push(stage) });
    const first = await session.update();
    assert.ok(first.watch.includes(path.join(root, 'README.md')), first.watch.join());
    assert.match(html(first, 'index.md'), /Intro one\./);
    assert.doesNotMatch(first.messages.map((m) => m.message).join('\n'), /not supported/);
    ran.length = 0;
    const updated = await session.update([write(root, 'README.md', 'Intro two.\n')]);
    assert.deepEqual(ran, ['render', 'meta', 'nav', 'tags', 'blog', 'links', 'model']);
    assert.deepEqual(updated.rendered, ['index.md']);
    assert.match(html(updated, 'index.md'), /Intro two\./);
    const fresh = await prepareSite({ configFile, serve: true, threads: 1 });
    assert.deepEqual(updated.model, fresh.model);
  });
});
