/**
 * The Markdown side of mkdocstrings (its `::: identifier` blocks, shown as notes because its
 * Python handlers cannot run) and of autorefs (undefined references left as `<autoref>` markers).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderPage } from '../helpers/render.ts';

const both = [ext('admonition'), ext('mkdocstrings'), ext('autorefs')];

describe('mkdocstrings blocks', () => {
  test('should turn a ::: block and its indented options into one note naming the identifier', () => {
    const result = renderPage('# API\n\n::: typer.Typer\n    options:\n      show_root_heading: true\n\nAfter.\n', both);
    assert.equal(
      result.html,
      '<h1 id="api">API</h1>\n<div class="admonition info mkdocstrings-skipped">\n<p class="admonition-title">API reference: <code>typer.Typer</code></p>\n<p>The API reference for <code>typer.Typer</code> is generated from Python source by mkdocstrings, which this build does not run.</p>\n</div>\n<p>After.</p>',
    );
    assert.doesNotMatch(result.html, /show_root_heading/);
    assert.deepEqual(result.toc.map((entry) => entry.id), ['api']);
  });

  test('should take options after a blank line only when they start with handler: or options:', () => {
    const html = renderPage('::: a.b\n\n    options:\n      x: 1\n\n::: c.d\n\n    plain code\n', both).html;
    assert.doesNotMatch(html, /x: 1/);
    assert.match(html, /<pre><code>plain code\n<\/code><\/pre>/);
  });

  test('should warn once per page, at the first block, counting and naming the blocks', () => {
    const { messages } = renderPage('Intro.\n\n:::a.b\n\n::: c.d\n', both, { path: 'api.md' });
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.line, 3);
    assert.match(messages[0]?.message ?? '', /^mkdocstrings: 2 API reference blocks \('a\.b', 'c\.d'\) shown as a note/);
  });

  test('should not read ::: in fenced or indented code, inline, or after text on its line', () => {
    const result = renderPage('```\n::: a.b\n```\n\n    ::: c.d\n\nx ::: e.f\n\n`::: g.h`\n', both);
    assert.doesNotMatch(result.html, /mkdocstrings-skipped/);
    assert.deepEqual(result.messages, []);
  });

  test('should leave ::: lines alone without the extension', () => {
    assert.match(renderPage('::: a.b\n', [ext('admonition')]).html, /<p>::: a\.b<\/p>/);
  });
});

describe('autorefs markers', () => {
  test('should mark full, collapsed and code references that no definition answers', () => {
    const html = renderPage('[the app][typer.Typer], [`typer.run`][], [Some Title][] and [x][y].\n', both).html;
    assert.equal(
      html,
      '<p><autoref identifier="typer.Typer" lineno="1">the app</autoref>, <autoref identifier="typer.run" lineno="1"><code>typer.run</code></autoref>, <autoref identifier="Some%20Title" slug="some-title" lineno="1">Some Title</autoref> and <autoref identifier="y" lineno="1">x</autoref>.</p>',
    );
  });

  test('should keep defined references as links and code, escapes and plain brackets as written', () => {
    const html = renderPage('[a][d] `[b][c]` \\[e][f] [g] [h]\n\n[d]: https://x.org/\n', both).html;
    assert.equal(html, '<p><a href="https://x.org/">a</a> <code>[b][c]</code> [e][f] [g] [h]</p>');
  });

  test('should leave undefined references as text without the extension, as Python-Markdown does', () => {
    assert.equal(renderPage('[x][y]\n', [ext('admonition')]).html, '<p>[x][y]</p>');
  });
});

test('an autoref marker keeps its line when its paragraph holds emphasis or strong', () => {
  const html = renderPage('# T\n\nx [see][ab] [**b**][cd] *e*', [ext('autorefs')]).html;
  assert.match(html, /<autoref identifier="ab" lineno="3">see<\/autoref>/);
  assert.match(html, /<autoref identifier="cd" lineno="3"><strong>b<\/strong><\/autoref>/);
});
