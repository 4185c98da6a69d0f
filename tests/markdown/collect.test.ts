/**
 * What the renderer records of a page for the site (src/markdown/core/collect.ts): its ids, its
 * links and images (what the site checks), its first H1.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderPage } from '../helpers/render.ts';

describe('links', () => {
  test('records every link and image, where it is written', () => {
    const { links } = renderPage('[a](a.md#x) ![b](img/b.png)\n\n[c](#c) [d](https://example.org/data:x)\n', []);
    assert.deepEqual(links, [
      { href: 'a.md#x', line: 1, column: 1 },
      { href: 'img/b.png', line: 1, column: 13 },
      { href: '#c', line: 3, column: 1 },
      { href: 'https://example.org/data:x', line: 3, column: 9 },
    ]);
  });

  test('records no data: URI, which names no file: an image written as one or an emoji drawn as one', () => {
    const source = '![a](data:image/png;base64,AAAA) [b](DATA:text/plain,b) :smile: [c](c.md)\n';
    const result = renderPage(source, [ext('pymdownx.emoji', { emoji_index: 'material.extensions.emoji.twemoji', emoji_generator: 'material.extensions.emoji.to_svg' })]);
    assert.match(result.html, /<img alt="😄" class="twemoji" src="data:image\/svg\+xml,/);
    assert.deepEqual(result.links.map((link) => link.href), ['c.md']);
  });
});

describe('raw HTML links', () => {
  // MkDocs 1.6 rewrites and checks only the `a` and `img` elements of Python-Markdown's tree; raw
  // HTML is stashed text there (checked against MkDocs 1.6.1 from conformance/pystack).
  const source = [
    '<p><a href="x.md">raw block</a> <img src="x.md"></p>',
    '',
    'See <a href="x.md">inline</a> and [md](x.md).',
    '',
    '<div markdown><a href="x.md">in md_in_html</a> ![md](x.md)</div>',
    '',
    '<a href="x.md">',
    '<div markdown>',
    '',
    'left open across blocks',
    '',
    '</div>',
    '</a>',
    '',
  ].join('\n');
  const resolveLink = (href: string): string | undefined => (href === 'x.md' ? 'X/' : undefined);

  test('are not rewritten, and leave no marker in the HTML', () => {
    const { html } = renderPage(source, [ext('md_in_html')], { resolveLink });
    assert.equal((html.match(/"X\/"/g) ?? []).length, 2, html);
    assert.match(html, /<a href="X\/">md<\/a>/);
    assert.match(html, /<img [^>]*src="X\/"/);
    assert.doesNotMatch(html, /data-python-markdown/);
    assert.match(html, /<a href="x.md">raw block<\/a> <img src="x.md">/);
  });

  test('are not recorded for the link checks: only the Markdown ones, once each', () => {
    const { links } = renderPage(source, [ext('md_in_html')], { resolveLink });
    assert.deepEqual(links.map((link) => [link.href, link.line]), [['x.md', 3], ['x.md', 5]]);
  });

  test('keep their ids and names, which MkDocs reads from raw HTML too', () => {
    const { ids } = renderPage('<p><a name="n" href="x.md">a</a> <img id="i" src="y.png"></p>\n', []);
    assert.deepEqual(ids, ['n', 'i']);
  });
});

describe('ids', () => {
  test('records ids, and the names of `a` elements, which MkDocs counts as anchors too', () => {
    const { ids } = renderPage('<div id="x"></div>\n\n<a name="faq" ></a>\n**Q**\n\n<p name="not-an-anchor">p</p>\n', [ext('md_in_html')]);
    assert.deepEqual(ids, ['x', 'faq']);
  });
});
