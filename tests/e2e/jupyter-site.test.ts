/**
 * tests/fixtures/jupyter-site built end to end with the CLI (mkdocs-jupyter): two notebooks in the
 * nav become pages at MkDocs' URLs, titled by their first heading or their nav title, in the
 * nav, the sitemap and the search index; a Markdown page's link to a notebook leads to its page;
 * `remove_tag_config` drops a tagged cell and a tagged input; a notebook the `ignore` glob
 * names stays a file; nothing is "not found".
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { JUPYTER_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');

describe('building tests/fixtures/jupyter-site', () => {
  before(async () => {
    site = await sharedSite(JUPYTER_SITE);
  });

  test('should build each notebook in the nav as a page at the URL MkDocs gives it, with no warning', () => {
    assert.ok(existsSync(path.join(site.dir, 'tutorial/intro/index.html')));
    assert.ok(existsSync(path.join(site.dir, 'tutorial/plots/index.html')));
    const output = site.stdout + site.stderr;
    assert.doesNotMatch(output, /not found in the documentation files|plugin 'mkdocs-jupyter' is not supported/);
    assert.match(output, / 0 warnings/);
  });

  test("should title a notebook by its first '#' heading, unless the nav names it", () => {
    assert.match(read('tutorial/intro/index.html'), /<title>Introduction to widgets - Jupyter Fixture<\/title>/);
    assert.match(read('tutorial/plots/index.html'), /<title>Plots - Jupyter Fixture<\/title>/);
  });

  test("should draw the notebook inside the plugin's wrapper with JupyterLab's cell classes, its heading ids and the site's extensions", () => {
    const html = read('tutorial/intro/index.html');
    assert.match(html, /<div class="jupyter-wrapper">\n<div class="jp-Notebook"/);
    assert.match(html, /<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell">/);
    assert.match(html, /<h2 id="first-steps">First steps<a class="headerlink" href="#first-steps"/);
    assert.match(html, /<div class="admonition note">\n<p class="admonition-title">Note<\/p>/);
    assert.match(html, /<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;\[1\]:<\/div>/);
    assert.match(html, /<span class="n">greeting<\/span>/);
    assert.match(html, /<pre>hello notebook\n<\/pre>/);
    assert.match(html, /<span class="ansi-red-fg">ZeroDivisionError<\/span>: division by zero/);
    assert.match(html, /<a href="\.\.\/\.\.\/">home<\/a>/, 'a link from a cell to a page is rewritten as on a page');
  });

  test("should drop the cell tagged remove_cell and the input of the one tagged hide_input, keeping that one's output", () => {
    const html = read('tutorial/intro/index.html');
    assert.doesNotMatch(html, /setup_secrets|do not show this/);
    assert.doesNotMatch(html, /hidden_input/);
    assert.match(html, /<div class="jp-Cell jp-CodeCell jp-Notebook-cell jp-mod-noInput celltag_hide_input">/);
    assert.match(html, /Out\[3\]:<\/div><div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text\/plain" tabindex="0">\n<pre>42<\/pre>/);
  });

  test('should list the notebooks in the nav, the table of contents, previous/next and the sitemap', () => {
    const intro = read('tutorial/intro/index.html');
    assert.match(intro, /<a href="\/tutorial\/plots\/" class="md-nav__link">/);
    assert.match(intro, /<a href="#first-steps" class="md-nav__link">/);
    assert.ok(intro.includes('<link rel="prev" href="/"><link rel="next" href="/tutorial/plots/">'), 'previous and next in reading order');
    assert.match(read('sitemap.xml'), /<loc>\/tutorial\/intro\/<\/loc>[\s\S]*<loc>\/tutorial\/plots\/<\/loc>/);
  });

  test("should rewrite a page's link to a notebook to the notebook's page, and keep an ignored notebook a file", () => {
    assert.match(read('index.html'), /<a href="tutorial\/intro\/#first-steps">introduction<\/a>/);
    assert.match(read('index.html'), /<a href="raw\/data\.ipynb">the raw notebook<\/a>/);
    assert.ok(existsSync(path.join(site.dir, 'raw/data.ipynb')));
    assert.ok(!existsSync(path.join(site.dir, 'tutorial/intro.ipynb')), 'a notebook page is not also copied (no include_source)');
  });

  test('should index both notebooks for search, with their cells as text', () => {
    const folder = path.join(site.dir, 'pagefind/fragment');
    const fragments = readdirSync(folder).map((name): { url: string; content: string } => {
      const text = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    });
    const plots = fragments.find((fragment) => fragment.url === '/tutorial/plots/');
    assert.ok(fragments.some((fragment) => fragment.url === '/tutorial/intro/'));
    assert.match(plots?.content ?? '', /Plotting results/);
  });
});
