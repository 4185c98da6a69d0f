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

describe('ids', () => {
  test('records ids, and the names of `a` elements, which MkDocs counts as anchors too', () => {
    const { ids } = renderPage('<div id="x"></div>\n\n<a name="faq" ></a>\n**Q**\n\n<p name="not-an-anchor">p</p>\n', [ext('md_in_html')]);
    assert.deepEqual(ids, ['x', 'faq']);
  });
});
