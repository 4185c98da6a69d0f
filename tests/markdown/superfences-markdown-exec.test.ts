/**
 * markdown-exec's custom fences (src/markdown/extensions/superfences/markdown-exec.ts): which
 * fences its validator takes (markdown-exec 1.x, `_internal/main.py`), the fall-through to the
 * next fence entry when it refuses (pymdownx/superfences.py, `parse_options`), and what a taken
 * fence renders as here (its highlighted source, with one warning per page). The fixtures in
 * fixtures/superfences-markdown-exec/ cover the refused fences against the reference.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFenceHeader } from '../../src/markdown/extensions/superfences/fence-info.ts';
import { markdownExecValidator } from '../../src/markdown/extensions/superfences/markdown-exec.ts';
import { customFences } from '../../src/markdown/extensions/superfences/options.ts';
import { resolveFence, type FenceContext } from '../../src/markdown/extensions/superfences/validate.ts';
import { ext, renderPage } from '../helpers/render.ts';

const LANGUAGES = ['python', 'console', 'tree', 'pyodide'];
const FENCES = LANGUAGES.map((name) => ({ name, class: name, validator: '!!python/name:markdown_exec.validator', format: '!!python/name:markdown_exec.formatter' }));
const context: FenceContext = { fences: customFences({ custom_fences: FENCES }), relaxedHeaders: false, usePygments: true, attrList: true };
const extensions = [ext('pymdownx.superfences', { custom_fences: FENCES })];

function accepts(lang: string, entries: Record<string, string>): boolean {
  return markdownExecValidator(lang, new Map(Object.entries(entries)));
}

function resolve(info: string, fenceContext = context) {
  const header = readFenceHeader(info);
  assert.ok(header, info);
  return resolveFence(header, fenceContext);
}

describe('markdown-exec validator', () => {
  test('should read markdown_exec.validator and formatter, whichever module path names them', () => {
    const [fence] = customFences({ custom_fences: [{ name: 'py', class: 'py', validator: 'markdown_exec._internal.main.validator', format: 'markdown_exec.formatter' }] });
    assert.equal(fence?.validator, 'markdown-exec');
    assert.deepEqual(fence?.format, { kind: 'markdown-exec' });
  });
  test('should take a fence whose exec is truthy, in any spelling but the false ones', () => {
    for (const value of ['1', 'on', 'yes', 'true', 'True', 'exec', 'anything']) assert.equal(accepts('python', { exec: value }), true, value);
  });
  test('should not take a fence without exec, or with exec off, no, false, 0 or empty, in any case', () => {
    assert.equal(accepts('python', {}), false);
    for (const value of ['0', 'off', 'OFF', 'no', 'false', 'False', '']) assert.equal(accepts('python', { exec: value }), false, value);
  });
  test('should take tree and pyodide fences without exec, and not bash or md ones', () => {
    assert.equal(accepts('tree', {}), true);
    assert.equal(accepts('pyodide', { exec: 'off' }), true);
    assert.equal(accepts('bash', {}), false);
    assert.equal(accepts('md', {}), false);
  });
  test('should not take a fence whose returncode or width is not an integer, as Python int() raises', () => {
    assert.equal(accepts('python', { exec: '1', returncode: 'x' }), false);
    assert.equal(accepts('python', { exec: '1', width: '80px' }), false);
    assert.equal(accepts('python', { exec: '1', returncode: ' -2 ', width: '1_000' }), true);
  });
  test('should take the keys it reads out of the header, also when it refuses', () => {
    const values = new Map([['exec', 'off'], ['title', 'a.py']]);
    assert.equal(markdownExecValidator('python', values), false);
    assert.deepEqual([...values.keys()], ['title']);
  });
});

describe('superfences with markdown-exec fences', () => {
  test('should give a fence without exec to the highlighted default', () => {
    const fence = resolve('python title="a.py"');
    assert.equal(fence?.custom, undefined);
    assert.deepEqual(fence?.options, { title: 'a.py' });
  });
  test('should give a fence with exec off to the default, which no longer sees exec', () => {
    assert.equal(resolve('python exec="off"')?.custom, undefined);
  });
  test('should not make a fence of a header with another unknown key and no exec', () => {
    assert.equal(resolve('python foo="bar"'), undefined);
  });
  test('should give a fence with exec to markdown-exec, with its other keys as neither options nor attributes', () => {
    const fence = resolve('python exec="1" source="above" title="a.py"');
    assert.equal(fence?.custom?.name, 'python');
    assert.deepEqual(fence?.options, {});
    assert.deepEqual(fence?.attributes, []);
  });
  test('should try the next custom fence of the same language when markdown-exec refuses', () => {
    const mermaid = { name: 'python', class: 'mine', format: '!!python/name:pymdownx.superfences.fence_code_format' };
    const fences = customFences({ custom_fences: [mermaid, ...FENCES] });
    assert.equal(resolve('python', { ...context, fences })?.custom?.className, 'mine');
    assert.equal(resolve('python exec="1"', { ...context, fences })?.custom?.className, 'python');
  });
  test('should let relaxed_headers skip markdown-exec for an unrecognized header, except for tree', () => {
    const relaxed = { ...context, relaxedHeaders: true };
    assert.equal(resolve('python what? ever', relaxed)?.custom, undefined);
    assert.equal(resolve('tree what? ever', relaxed)?.custom?.name, 'tree');
  });
});

describe('rendering markdown-exec fences', () => {
  test('should highlight a Python fence without exec, as the site shows it with markdown-exec', () => {
    const { html, messages } = renderPage('```python\nx = 1\n```\n', extensions);
    assert.match(html, /^<div class="highlight"><pre><span><\/span><code><span class="n">x<\/span>/);
    assert.deepEqual(messages, []);
  });
  test('should show a fence with exec as its highlighted source and say once per page that it is not executed', () => {
    const { html, messages } = renderPage('Text\n\n```python exec="on"\nprint(1)\n```\n\n```console exec="1"\n$ ls\n```\n', extensions);
    assert.match(html, /<div class="highlight"><pre><span><\/span><code><span class="nb">print<\/span>/);
    assert.match(html, /<span class="gp">\$ <\/span>ls/);
    assert.doesNotMatch(html, /class="python"|class="console"/);
    assert.equal(messages.length, 1);
    assert.match(messages[0]?.message ?? '', /not executed/);
    assert.equal(messages[0]?.severity, 'warning');
    assert.equal(messages[0]?.line, 3);
  });
  test('should show a tree fence, which markdown-exec always takes, as plain text', () => {
    const { html, messages } = renderPage('```tree\nsrc/\n  a.py\n```\n', extensions);
    assert.match(html, /<div class="highlight"><pre><span><\/span><code>src\/\n  a.py\n<\/code><\/pre><\/div>/);
    assert.equal(messages.length, 1);
  });
  test('should number a shown fence among the highlighted blocks, so later line anchors stay unique', () => {
    const { html } = renderPage('```python exec="1"\na\n```\n\n```python linenums="1"\nb\n```\n', [ext('pymdownx.highlight', { anchor_linenums: true }), ...extensions]);
    assert.match(html, /id="__codelineno-1-1"/);
  });
});
