/** MkDocs' builtin extensions (toc, tables, fenced_code) and the ones with nothing to render (meta). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';

const renderer = (extensions: Array<{ name: string; options: Record<string, unknown> }>) => createRenderer({ extensions, projectDir: '/p', docsDir: '/p/docs' });

describe('MkDocs builtins', () => {
  test('should enable toc, tables and fenced_code when markdown_extensions is empty', () => {
    const { html } = renderer([]).render({ path: 'a.md', value: '# T\n\n| a |\n|---|\n| 1 |\n\n```py\nx\n```' });
    assert.match(html, /<h1 id="t">/);
    assert.match(html, /<table>/);
    assert.match(html, /<pre><code class="language-py">x\n<\/code><\/pre>/);
  });

  test('should apply options when mkdocs.yml lists a builtin', () => {
    assert.match(renderer([{ name: 'toc', options: { permalink: true } }]).render({ path: 'a.md', value: '# T' }).html, /class="headerlink"/);
  });

  test('should accept the long markdown.extensions.toc name', () => {
    assert.match(renderer([{ name: 'markdown.extensions.toc', options: { permalink: '#' } }]).render({ path: 'a.md', value: '# T' }).html, />#<\/a>/);
  });

  test('should not report meta, toc, tables or fenced_code as unsupported', () => {
    const names = ['meta', 'toc', 'tables', 'fenced_code'].map((name) => ({ name, options: {} }));
    assert.deepEqual(renderer(names).unsupported, []);
  });

  test('should leave fenced code to superfences when it is enabled', () => {
    assert.match(renderer([{ name: 'pymdownx.superfences', options: {} }]).render({ path: 'a.md', value: '```py\nx\n```' }).html, /class="highlight"/);
  });

  test('should not treat an indented fence as a fence without superfences, as Python-Markdown', () => {
    assert.match(renderer([]).render({ path: 'a.md', value: '- a\n\n    ```\n    x\n    ```' }).html, /<p><code>x<\/code><\/p>/);
  });
});
