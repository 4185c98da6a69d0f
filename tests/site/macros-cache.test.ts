/**
 * The macros plugin in the render stage (src/site/render-pages.ts): pages rendered through it on
 * the main thread and on a worker thread alike, and the render cache reusing a page only while
 * everything its macros read is unchanged: mkdocs.yml's extra (in the settings key), the
 * include_yaml files (read into the settings) and the files it included (recorded like snippets').
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { macrosPlugin } from '../../src/site/macros.ts';
import { rendererFor, renderPages, type RenderSettings } from '../../src/site/render-pages.ts';
import { htmlText } from '../../src/shared/page-html.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'macros-cache-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function settingsFor(root: string, extra: Record<string, unknown>, options: Record<string, unknown> = {}): RenderSettings {
  const docsDir = path.join(root, 'docs');
  const macros = macrosPlugin([{ name: 'macros', options }], { extra, docs_dir: docsDir }, root).settings;
  const pages = new Map([['index.md', { url: '' }], ['other.md', { url: 'other/' }], ['clock.md', { url: 'clock/' }]]);
  return { extensions: [], projectDir: root, docsDir, iconDirs: [], links: { pages, docsFiles: new Set(), files: new Set() }, macros };
}

const FILES = {
  'docs/index.md': '---\ntitle: v{{ version }}\n---\n# Home\n\nVersion {{ version }}.\n\n{% include "parts/note.md" %}\n',
  'docs/other.md': '# Other\n\n{% for p in people %}{{ p }} {% endfor %}\n',
  'docs/clock.md': 'Built in {{ now().year }}.\n',
  'docs/parts/note.md': 'A note.\n',
  'data.yml': 'people: [Ann, Bob]\n',
};
const SOURCES = ['index.md', 'other.md', 'clock.md'];

describe('the macros plugin in the render stage', () => {
  test('should give the renderer the Markdown the macros make, with the includes and the title they give', async () => {
    const root = site(FILES);
    const settings = settingsFor(root, { version: '1.0' }, { include_yaml: ['data.yml'] });
    const done = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    const index = done.pages.get('index.md');
    assert.equal(index?.result.html, '<h1 id="home">Home</h1>\n<p>Version 1.0.</p>\n<p>A note.</p>');
    assert.deepEqual(index?.result.includes, [path.join(root, 'docs/parts/note.md')]);
    assert.equal(index?.result.meta['title'], 'v1.0');
    assert.equal(done.pages.get('other.md')?.result.html, '<h1 id="other">Other</h1>\n<p>Ann Bob</p>');
  });

  test('should render the same on a worker thread as on the main thread', async () => {
    const root = site(FILES);
    const settings = settingsFor(root, { version: '1.0' }, { include_yaml: ['data.yml'] });
    const one = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 1 });
    const two = await renderPages(settings, rendererFor(settings), SOURCES, { threads: 2 });
    assert.equal(two.messages.length, 0, two.messages.map((m) => m.message).join());
    for (const src of ['index.md', 'other.md']) assert.deepEqual(two.pages.get(src), one.pages.get(src));
  });

  test('should reuse a page only while extra, the include_yaml data and its included files are unchanged; never one that read the clock', async () => {
    const root = site(FILES);
    const first = settingsFor(root, { version: '1.0' }, { include_yaml: ['data.yml'] });
    const built = await renderPages(first, rendererFor(first), SOURCES, { threads: 1 });
    const again = await renderPages(first, rendererFor(first), SOURCES, { threads: 1, cache: built.cache });
    assert.deepEqual(again.rendered, ['clock.md']);

    writeFileSync(path.join(root, 'docs/parts/note.md'), 'A changed note.\n');
    const included = await renderPages(first, rendererFor(first), SOURCES, { threads: 1, cache: again.cache });
    assert.deepEqual(included.rendered, ['index.md', 'clock.md']);
    assert.match(htmlText(included.pages.get('index.md')?.result.html ?? ''), /A changed note\./);

    const extra = settingsFor(root, { version: '2.0' }, { include_yaml: ['data.yml'] });
    assert.deepEqual((await renderPages(extra, rendererFor(extra), SOURCES, { threads: 1, cache: included.cache })).rendered, SOURCES);

    writeFileSync(path.join(root, 'data.yml'), 'people: [Cy]\n');
    const yaml = settingsFor(root, { version: '1.0' }, { include_yaml: ['data.yml'] });
    const reread = await renderPages(yaml, rendererFor(yaml), SOURCES, { threads: 1, cache: included.cache });
    assert.deepEqual(reread.rendered, SOURCES);
    assert.equal(reread.pages.get('other.md')?.result.html, '<h1 id="other">Other</h1>\n<p>Cy</p>');
  });

  test('should not cache a page whose macros failed, and should report it at its line', async () => {
    const root = site({ 'docs/index.md': '# Home\n\n{% include "missing.md" %}\n' });
    const settings = settingsFor(root, {});
    const done = await renderPages(settings, rendererFor(settings), ['index.md'], { threads: 1 });
    const page = done.pages.get('index.md');
    assert.equal(page?.messages[0]?.line, 3);
    assert.equal(page?.messages[0]?.file, path.join(root, 'docs/index.md'));
    assert.match(htmlText(page?.result.html ?? ''), /\{% include "missing\.md" %\}/);
    assert.equal(done.cache.pages.size, 0);
  });
});
