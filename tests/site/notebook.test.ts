/**
 * mkdocs-jupyter's conversion (src/site/notebook-*.ts, src/site/jupyter.ts) on the small
 * notebooks of tests/fixtures/notebooks: Markdown cells through the site's renderer, code cells
 * highlighted, each kind of output, a tagged cell removed, ids unique across cells, and
 * notebooks that are broken reported at their line without taking the page away.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';
import { isNotebookPage, jupyterPlugin, type JupyterSettings } from '../../src/site/jupyter.ts';
import { ansiToHtml } from '../../src/site/notebook-ansi.ts';
import { notebookPages, renderNotebookPage } from '../../src/site/notebook-page.ts';
import { readNotebook } from '../../src/site/notebook-read.ts';

const DOCS = path.resolve(import.meta.dirname, '../fixtures/notebooks');

function settingsOf(options: Record<string, unknown> = {}): JupyterSettings {
  const settings = jupyterPlugin([{ name: 'mkdocs-jupyter', options }]).settings;
  assert.ok(settings);
  return settings;
}

function convert(file: string, options: Record<string, unknown> = { remove_tag_config: { remove_cell_tags: ['remove_cell'] } }) {
  const renderer = createRenderer({ extensions: [{ name: 'toc', options: { permalink: true } }, { name: 'pymdownx.highlight', options: {} }, { name: 'pymdownx.superfences', options: {} }], projectDir: DOCS, docsDir: DOCS });
  return renderNotebookPage(notebookPages(settingsOf(options), renderer), file, DOCS);
}

describe('a notebook converted to a page', () => {
  const { result, messages } = convert('tour.ipynb');

  test('should wrap the cells in the plugin\'s jupyter-wrapper and JupyterLab\'s notebook div, and say nothing about a sound notebook', () => {
    assert.match(result.html, /^<div class="jupyter-wrapper">\n<div class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">\n<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell">/);
    assert.deepEqual(messages, []);
  });

  test('should render Markdown cells with the site\'s extensions, headings with ids and permalinks', () => {
    assert.ok(result.html.includes('<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">\n<h1 id="getting-started">Getting started<a class="headerlink" href="#getting-started" title="Permanent link">¶</a></h1>\n<p>Some <em>intro</em> text'));
  });

  test('should take the title from the first # heading and keep that heading in the body', () => {
    assert.equal(result.title, 'Getting started');
    assert.match(result.html, /<h1 id="getting-started">/);
  });

  test('should make a heading repeated in a later cell unique, in the HTML and the table of contents', () => {
    assert.deepEqual(result.ids, ['getting-started', 'results', 'results_1']);
    assert.match(result.html, /<h2 id="results_1">Results<a class="headerlink" href="#results_1"/);
    assert.deepEqual(result.toc.map((entry) => [entry.id, entry.children.map((child) => child.id)]), [['getting-started', ['results', 'results_1']]]);
  });

  test('should inline a Markdown cell\'s attachment as a data URL', () => {
    assert.match(result.html, /<img src="data:image\/png;base64,iVBORw0KGgo[^"]+" alt="plot">/);
    assert.doesNotMatch(result.html, /attachment:/);
  });

  test('should highlight code cells in the kernel\'s language with In [n] prompts', () => {
    assert.ok(result.html.includes('<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[1]:</div>\n<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">\n<div class="CodeMirror cm-s-jupyter">\n<div class="highlight-ipynb hl-python highlight"><pre><span></span><code><span class="kn">import</span>'));
  });

  test('should prompt an empty, never-run cell with In [ ] and mark it as having no outputs', () => {
    assert.match(result.html, /<div class="jp-Cell jp-CodeCell jp-Notebook-cell jp-mod-noOutputs">\n<div class="jp-Cell-inputWrapper">\n<div class="jp-InputArea jp-Cell-inputArea">\n<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;\[&nbsp;\]:<\/div>/);
  });

  test('should draw stdout and stderr streams as text, stderr with its own mime type', () => {
    assert.ok(result.html.includes('<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain" tabindex="0">\n<pre>hello\n</pre>'));
    assert.ok(result.html.includes('<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stderr" tabindex="0">\n<pre>UserWarning: careful\n</pre>'));
  });

  test('should draw an execute_result with its Out[n] prompt', () => {
    assert.ok(result.html.includes('<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[2]:</div><div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/plain" tabindex="0">\n<pre>3</pre>'));
  });

  test('should prefer text/html over text/plain and keep the HTML as it is', () => {
    assert.ok(result.html.includes('<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output" data-mime-type="text/html">\n<table class="dataframe"><tr><td>1</td></tr></table>\n</div>'));
    assert.doesNotMatch(result.html, /<pre>   a\n0  1<\/pre>/);
  });

  test('should draw an image/png output as a data URL image, described by its text/plain', () => {
    assert.match(result.html, /<div class="jp-RenderedImage jp-OutputArea-output">\n<img alt="&lt;Figure size 640x480 with 1 Axes&gt;" src="data:image\/png;base64,iVBORw0KGgo[^"]+">/);
  });

  test('should draw an error\'s traceback with its ANSI colours as ansi2html\'s classes', () => {
    assert.ok(result.html.includes('<pre><span class="ansi-red-fg">---------------------------------------------------------------------------</span>\n<span class="ansi-red-fg">ZeroDivisionError</span>                         Traceback (most recent call last)'));
    assert.doesNotMatch(result.html, /\u001b/);
  });

  test('should leave out the cell tagged by remove_cell_tags, and only that one', () => {
    assert.doesNotMatch(result.html, /secret_setup|hidden output/);
    assert.match(result.html, /In&nbsp;\[7\]:/);
  });

  test('should keep a tagged cell without remove_tag_config, with its tag in the toolbar and as a celltag_ class', () => {
    const plain = convert('tour.ipynb', {}).result.html;
    assert.match(plain, /<div class="jp-Cell jp-CodeCell jp-Notebook-cell celltag_remove_cell">/);
    assert.match(plain, /<div class="celltoolbar"><div class="button_container tags_button_container"><span class="tag-container"><span class="cell-tag">remove_cell<\/span>/);
  });
});

describe('notebook fields that are never HTML', () => {
  test('cell tags, attachment MIME types, base64 data and highlight_extra_classes should stay inside their attributes', () => {
    const { result } = convert('hostile-fields.ipynb', { highlight_extra_classes: 'x" onclick="alert(1)' });
    assert.doesNotMatch(result.html, /" on(?:error|mouseover|click)="/);
    assert.match(result.html, /celltag_x&quot;onmouseover=&quot;alert\(1\)/);
    assert.match(result.html, /<img src="data:image\/png&quot; onerror=&quot;alert\(1\);base64,iVBORw0KGgo=" alt="a">/);
    assert.match(result.html, /<img src="attachment:b\.png" alt="b">/);
    assert.match(result.html, /jp-OutputArea-output x&quot; onclick=&quot;alert\(1\)"/);
    assert.match(result.html, /data-mime-type="text\/plain" tabindex="0">\n<pre>&lt;Figure&gt;<\/pre>/);
  });
});

describe('notebook options', () => {
  test('show_input: false should drop every code input but keep the outputs and their prompts', () => {
    const { result } = convert('tour.ipynb', { show_input: false });
    assert.doesNotMatch(result.html, /jp-InputPrompt jp-InputArea-prompt">In/);
    assert.match(result.html, /jp-mod-noInput/);
    assert.match(result.html, /Out\[2\]:/);
  });

  test('no_input should drop the inputs and the output prompts', () => {
    const { result } = convert('tour.ipynb', { no_input: true });
    assert.doesNotMatch(result.html, /In&nbsp;|Out\[2\]|jp-OutputPrompt/);
    assert.match(result.html, /<pre>3<\/pre>/);
  });

  test('ignore_h1_titles should give no title, leaving the nav or file name to name the page', () => {
    assert.equal(convert('tour.ipynb', { ignore_h1_titles: true }).result.title, undefined);
  });

  test('toc_depth should cut the table of contents, not the headings', () => {
    const { result } = convert('tour.ipynb', { toc_depth: 1 });
    assert.deepEqual(result.toc.map((entry) => [entry.id, entry.children.length]), [['getting-started', 0]]);
    assert.match(result.html, /<h2 id="results">/);
  });

  test('execute: true and other options that need Python should each be named once, unknown ones too', () => {
    const { problems } = jupyterPlugin([{ name: 'mkdocs-jupyter', options: { execute: true, include_requirejs: true, theme: 'dark', colour: 1 } }]);
    assert.equal(problems.length, 4);
    assert.match(problems.join('\n'), /'execute: true' runs each notebook in a Jupyter kernel, which is not done here/);
    assert.match(problems.join('\n'), /unknown option 'colour'/);
  });

  test("should say nothing of kernel_name and execute_ignore, which only shape an execution, but check their types", () => {
    assert.deepEqual(jupyterPlugin([{ name: 'mkdocs-jupyter', options: { execute: false, kernel_name: 'python3', execute_ignore: ['workshops/*.ipynb'] } }]).problems, []);
    const { problems } = jupyterPlugin([{ name: 'mkdocs-jupyter', options: { execute: true, execute_ignore: ['a.ipynb'] } }]);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(jupyterPlugin([{ name: 'mkdocs-jupyter', options: { kernel_name: 3 } }]).problems.join('\n'), /'kernel_name' must be a string/);
  });

  test('should not be on without the plugin, nor with enabled: false', () => {
    assert.equal(jupyterPlugin([{ name: 'search', options: {} }]).settings, undefined);
    assert.equal(jupyterPlugin([{ name: 'mkdocs-jupyter', options: { enabled: false } }]).settings, undefined);
  });

  test('include and ignore should match the path\'s last parts as pathlib does; .py scripts are never notebook pages', () => {
    const settings = settingsOf({ ignore: ['drafts/*.ipynb'] });
    assert.equal(isNotebookPage('/p/docs', 'guide/intro.ipynb', settings), true);
    assert.equal(isNotebookPage('/p/docs', 'guide/drafts/wip.ipynb', settings), false);
    assert.equal(isNotebookPage('/p/docs', 'drafts/wip.ipynb', settings), false);
    assert.equal(isNotebookPage('/p/docs', 'guide/script.py', settings), false);
    assert.equal(isNotebookPage('/p/docs', 'guide/intro.ipynb', settingsOf({ include: ['tutorials/*.ipynb'] })), false);
  });

  test('an ignore glob with a reversed range ([z-a]*.ipynb) should match nothing, as in Python 3.9+, not stop the build', () => {
    const { settings, problems } = jupyterPlugin([{ name: 'mkdocs-jupyter', options: { ignore: ['[z-a]*.ipynb', 'x/[!z-a].ipynb'] } }]);
    assert.ok(settings);
    assert.deepEqual(problems, []);
    assert.equal(isNotebookPage('/p/docs', 'zebra.ipynb', settings), true);
    assert.equal(isNotebookPage('/p/docs', 'x/q.ipynb', settings), false);
  });
});

describe('a broken notebook', () => {
  test('invalid JSON should be a warning at its line and column, and the page a notice', () => {
    const { result, messages } = convert('broken.ipynb');
    assert.deepEqual(messages.map((m) => [m.message, m.line, m.column]), [["not a notebook: invalid JSON (a comma before ']'); the page is written with a notice instead", 4, 2]]);
    assert.match(result.html, /<div class="admonition failure"><p class="admonition-title">This notebook could not be shown<\/p>/);
  });

  test('invalid JSON nested 200,000 brackets deep should still be a warning at its line and column, not a stack overflow', () => {
    assert.deepEqual(readNotebook('['.repeat(200_000)).problems, [{ message: 'not a notebook: invalid JSON (the file ends too early)', line: 1, column: 200_001 }]);
    assert.deepEqual(readNotebook(`{"cells":\n ${'[1, {"a": '.repeat(50_000)}x`).problems, [{ message: "not a notebook: invalid JSON (unexpected 'x')", line: 2, column: 500_002 }]);
  });

  test('a cell missing its source or type should be a warning naming the cell, and the other cells still shown', () => {
    const { result, messages } = convert('missing-fields.ipynb');
    assert.deepEqual(messages.map((m) => [m.message, m.line]), [['cell 2 (code) has no "source" text: left out', 13], ['cell 3 has no known "cell_type" (found undefined): left out', undefined]]);
    assert.equal(result.title, 'Kept');
  });

  test('JSON that is not a notebook should say so, and an nbformat 3 notebook should be read with a warning', () => {
    assert.deepEqual(readNotebook('[1, 2]').problems.map((p) => p.message), ['not a notebook: the file is JSON but not an object with "cells"']);
    const v3 = readNotebook(JSON.stringify({ nbformat: 3, metadata: {}, worksheets: [{ cells: [{ cell_type: 'heading', level: 2, source: 'Old' }, { cell_type: 'code', input: 'x', prompt_number: 1, outputs: [{ output_type: 'pyout', text: ['1'], prompt_number: 1 }] }] }] }));
    assert.match(v3.problems[0]?.message ?? '', /^nbformat 3 notebook: read as far as its cells go/);
    assert.deepEqual(v3.notebook?.cells.map((cell) => [cell.kind, cell.source, cell.outputs.length]), [['markdown', '## Old', 0], ['code', 'x', 1]]);
  });
});

describe('ANSI colour codes', () => {
  test('should become ansi2html\'s classes, escaped, and reset', () => {
    assert.equal(ansiToHtml('\u001b[1;32mok\u001b[0m <done>'), '<span class="ansi-green-fg ansi-bold">ok</span> &lt;done&gt;');
  });

  test('should drop codes without a class (true colour, cursor moves) and keep their text', () => {
    assert.equal(ansiToHtml('\u001b[38;2;10;20;30mx\u001b[2Ky\u001b[0m'), 'xy');
    assert.equal(ansiToHtml('\u001b[38;5;9mred\u001b[39m'), '<span class="ansi-red-intense-fg">red</span>');
  });

  test('should leave text without codes as escaped text', () => {
    assert.equal(ansiToHtml('a < b & c'), 'a &lt; b &amp; c');
  });
});
