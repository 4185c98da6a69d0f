/** pymdownx.superfences: fence options and highlight wrapper markup. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFenceInfo } from '../../src/markdown/extensions/superfences/fence-info.ts';
import { ext, renderNormalized } from '../helpers/render.ts';

const mermaid = { custom_fences: [{ name: 'mermaid', class: 'mermaid', format: 'pymdownx.superfences.fence_code_format' }] };
const render = (value: string, options: Record<string, unknown> = mermaid) => renderNormalized(value, [ext('pymdownx.superfences', options)]);

describe('superfences info string', () => {
  test('should read a language and quoted options', () => {
    assert.deepEqual(parseFenceInfo('python title="a b.py" linenums="1"'), { lang: 'python', classes: [], id: undefined, options: { title: 'a b.py', linenums: '1' } });
  });
  test('should read the attribute-list form', () => {
    assert.deepEqual(parseFenceInfo('{.python .extra #x hl_lines="2"}'), { lang: 'python', classes: ['extra'], id: 'x', options: { hl_lines: '2' } });
  });
});

describe('pymdownx.superfences', () => {
  test('should wrap code as pymdownx.highlight does, with Pygments token spans', () => {
    assert.equal(
      render('```python\nx = 1\n```'),
      '<div class="highlight"><pre><span></span><code><span class="n">x</span> <span class="o">=</span> <span class="mi">1</span></code></pre></div>',
    );
  });

  test('should not highlight with use_pygments: false, leaving the code to a JavaScript highlighter', () => {
    const html = renderNormalized('```python\nx = 1\n```', [ext('pymdownx.highlight', { use_pygments: false }), ext('pymdownx.superfences')], { projectDir: '/p', docsDir: '/p/docs' });
    assert.equal(html, '<pre class="highlight"><code class="language-python">x = 1</code></pre>');
  });

  test('should strip leading and trailing blank lines like Pygments', () => {
    assert.equal(render('```\n\nx\n\n```'), '<div class="highlight"><pre><span></span><code>x</code></pre></div>');
  });

  test('should add a filename span for a title', () => {
    assert.match(render('```text title="a.txt"\nx\n```'), /<div class="highlight"><span class="filename">a.txt<\/span><pre>/);
  });

  test('should wrap highlighted lines in span.hll', () => {
    assert.match(render('```text hl_lines="2"\na\nb\n```'), /<code>a\n<span class="hll">b\n?<\/span><\/code>/);
  });

  test('should render line numbers in a table', () => {
    assert.match(render('```text linenums="1"\na\nb\n```'), /<td class="linenos"><div class="linenodiv"><pre><span><\/span><span class="normal">1<\/span>\n<span class="normal">2<\/span><\/pre>/);
  });

  test('should render a custom fence with its class and without highlighting', () => {
    assert.equal(render('```mermaid\nA --> B\n```'), '<pre class="mermaid"><code>A --> B</code></pre>');
  });

  test('should find fences nested in a list', () => {
    assert.match(render('- item\n\n    ```text\n    x\n    ```'), /<li><p>item<\/p><div class="highlight">/);
  });

  test('should not treat an indented code block as a superfence', () => {
    assert.equal(render('    code'), '<pre><code>code</code></pre>');
  });

  test('should not treat an unclosed fence as code', () => {
    assert.equal(render('```text\nno end'), '<p>```text no end</p>');
  });

  test('should split the text of an unclosed fence into paragraphs at blank lines', () => {
    assert.equal(render('```text\na\n\nb\n'), '<p>```text a</p><p>b</p>');
  });
});
