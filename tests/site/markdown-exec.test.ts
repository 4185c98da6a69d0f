/**
 * The markdown-exec plugin (src/site/markdown-exec.ts): it adds its custom fences to
 * pymdownx.superfences as its `on_config` does (markdown-exec 1.x, `_internal/mkdocs_plugin.py`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markdownExecPlugin } from '../../src/site/markdown-exec.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { ext, renderPage } from '../helpers/render.ts';

const SUPERFENCES = ext('pymdownx.superfences', { custom_fences: [{ name: 'mermaid', class: 'mermaid' }] });

function fenceNames(extensions: ReturnType<typeof markdownExecPlugin>['extensions']): unknown[] {
  const fences = extensions.find((spec) => spec.name === 'pymdownx.superfences')?.options['custom_fences'];
  return Array.isArray(fences) ? fences.map((fence: unknown) => (typeof fence === 'object' && fence !== null && 'name' in fence ? fence.name : undefined)) : [];
}

describe('markdown-exec plugin', () => {
  test('should add a fence for each of its languages after the configured ones, and say once that code is not executed', () => {
    const read = markdownExecPlugin([{ name: 'markdown-exec', options: {} }], [ext('admonition'), SUPERFENCES]);
    assert.deepEqual(fenceNames(read.extensions), ['mermaid', 'bash', 'console', 'md', 'markdown', 'py', 'python', 'pycon', 'pyodide', 'sh', 'tree']);
    assert.equal(read.problems.length, 1);
    assert.match(read.problems[0] ?? '', /not executed/);
  });
  test('should add only the languages listed, and name a language it does not have', () => {
    const read = markdownExecPlugin([{ name: 'markdown-exec', options: { languages: ['python', 'ruby'], ansi: 'required' } }], [SUPERFENCES]);
    assert.deepEqual(fenceNames(read.extensions), ['mermaid', 'python']);
    assert.equal(read.problems.length, 2);
    assert.match(read.problems[1] ?? '', /ruby/);
  });
  test('should not change the extensions when it is not listed or disabled', () => {
    const extensions = [SUPERFENCES];
    assert.equal(markdownExecPlugin([], extensions).extensions, extensions);
    assert.equal(markdownExecPlugin([{ name: 'markdown-exec', options: { enabled: false } }], extensions).extensions, extensions);
  });
  test('should add no fence and say why when pymdownx.superfences is not listed', () => {
    const read = markdownExecPlugin([{ name: 'markdown-exec', options: {} }], [ext('admonition')]);
    assert.deepEqual(read.extensions, [ext('admonition')]);
    assert.match(read.problems.at(-1) ?? '', /needs the 'pymdownx.superfences'/);
  });
  test('should render what the plugin configures: a plain fence highlighted, one with exec shown and warned about', () => {
    const plugins = sitePlugins({ plugins: [{ name: 'markdown-exec', options: {} }], markdown_extensions: [ext('pymdownx.superfences')], extra: {}, config_file_path: '/p/mkdocs.yml' });
    assert.equal(plugins.messages.length, 1);
    const page = renderPage('```python\na = 1\n```\n\n```python exec="1"\nb = 2\n```\n', plugins.extensions);
    assert.equal((page.html.match(/class="highlight"/g) ?? []).length, 2);
    assert.equal(page.messages.length, 1);
  });
});
