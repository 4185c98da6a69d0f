/**
 * mkdocstrings' Python handler, the site's part (src/site/mkdocstrings.ts): its search paths,
 * Python's path finder over them, the plugin wired into the renderer, and pages rendered again
 * when a Python file they document changes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pythonCollection } from '../../src/site/mkdocstrings.ts';
import { pythonSettings } from '../../src/site/mkdocstrings-options.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { rendererFor, renderPages, type RenderSettings } from '../../src/site/render-pages.ts';
import { htmlText } from '../../src/shared/page-html.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-python-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('the search paths', () => {
  test("should default to the config's folder and its src/, and resolve listed paths from the config's folder", () => {
    assert.deepEqual(pythonSettings({}, '/p').settings.paths, ['/p', '/p/src']);
    assert.deepEqual(pythonSettings({ handlers: { python: { paths: ['lib', '../shared'] } } }, '/p').settings.paths, ['/p/lib', '/shared']);
    // serve watches the paths mkdocs.yml names, never the defaults (the config's folder holds the output).
    assert.deepEqual(pythonSettings({ handlers: { python: { paths: ['lib'] } } }, '/p').watch, ['/p/lib']);
    assert.deepEqual(pythonSettings({}, '/p').watch, []);
  });

  test('should name paths that are not a list of folders, and search the defaults', () => {
    const { settings, problems } = pythonSettings({ handlers: { python: { paths: 'src' } } }, '/p');
    assert.deepEqual(settings.paths, ['/p', '/p/src']);
    assert.match(problems[0] ?? '', /'handlers: python: paths' should be a list of folders/);
  });
});

describe("Python's path finder", () => {
  test('should prefer a package to a module, an earlier path to a later one, and read a BOM and CRLF away', () => {
    const root = tree({ 'a/pkg/__init__.py': '\uFEFF"""A package."""\r\nX = 1\r\n', 'a/pkg.py': '"""A module."""\n', 'b/pkg/__init__.py': '"""Later path."""\n' });
    const lookup = pythonCollection({ paths: [path.join(root, 'a'), path.join(root, 'b')] }).resolve('pkg');
    assert.equal(lookup.kind === 'found' ? lookup.object.docstring?.value : lookup.reason, 'A package.');
  });

  test('should read a folder without __init__.py as a namespace package, only when no path has a regular one', () => {
    const root = tree({ 'ns/part/mod.py': 'def f():\n    """F."""\n' });
    const lookup = pythonCollection({ paths: [root] }).resolve('ns.part.mod.f');
    assert.equal(lookup.kind, 'found');
    assert.deepEqual(lookup.files, [path.join(root, 'ns/part/mod.py')]);
  });
});

describe('the plugin in a site', () => {
  test("should give the extension the plugin's options and the render stage its paths", () => {
    const plugins = sitePlugins({ plugins: [{ name: 'mkdocstrings', options: { handlers: { python: { paths: ['src'], options: { show_source: false } } } } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' });
    assert.deepEqual(plugins.python, { paths: ['/p/src'] });
    assert.ok(plugins.watch.includes('/p/src'));
    assert.deepEqual(plugins.extensions.find((spec) => spec.name === 'mkdocstrings')?.options, { handlers: { python: { paths: ['src'], options: { show_source: false } } } });
    assert.equal(sitePlugins({ plugins: [], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }).python, undefined);
  });

  test('should render a page again when a Python file it documents changes, and not otherwise', async () => {
    const root = tree({ 'docs/api.md': '::: lib.f\n', 'src/lib.py': 'def f():\n    """First."""\n' });
    const settings: RenderSettings = {
      extensions: [{ name: 'mkdocstrings', options: {} }],
      projectDir: root,
      docsDir: path.join(root, 'docs'),
      iconDirs: [],
      links: { pages: new Map([['api.md', { url: 'api/' }]]), docsFiles: new Set(), files: new Set() },
      python: { paths: [path.join(root, 'src')] },
    };
    const first = await renderPages(settings, rendererFor(settings), ['api.md'], { threads: 1 });
    assert.match(htmlText(first.pages.get('api.md')?.result.html ?? ''), /<p>First\.<\/p>/);
    const again = await renderPages(settings, rendererFor(settings), ['api.md'], { threads: 1, cache: first.cache });
    assert.equal(again.reused, 1);
    writeFileSync(path.join(root, 'src/lib.py'), 'def f():\n    """Second."""\n');
    const changed = await renderPages(settings, rendererFor(settings), ['api.md'], { threads: 1, cache: again.cache });
    assert.equal(changed.reused, 0);
    assert.match(htmlText(changed.pages.get('api.md')?.result.html ?? ''), /<p>Second\.<\/p>/);
  });
});
