/** Material's typeset plugin: each ToC entry carries its heading's HTML (extensions/toc/typeset.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import type { ExtensionSpec, TocEntry } from '../../src/markdown/index.ts';
import { typesetHtml } from '../../src/markdown/extensions/toc/typeset.ts';
import { ext, renderHtml, renderPage } from '../helpers/render.ts';

function toc(value: string, extensions: readonly ExtensionSpec[] = [], typeset = true): TocEntry[] {
  return renderPage(value, extensions, { typeset }).toc;
}

function flat(entries: readonly TocEntry[]): TocEntry[] {
  return entries.flatMap((entry) => [entry, ...flat(entry.children)]);
}

/** Each entry's id and HTML, depth first. */
function htmls(value: string, extensions: readonly ExtensionSpec[] = []): Array<[string, string | undefined]> {
  return flat(toc(value, extensions)).map((entry) => [entry.id, entry.html]);
}

describe('typeset heading HTML', () => {
  test('should keep code, emphasis and strong in the entry HTML while the name stays plain', () => {
    const [entry] = flat(toc('## The `serve` *command* **now**'));
    assert.equal(entry?.name, 'The serve command now');
    assert.equal(entry?.html, 'The <code>serve</code> <em>command</em> <strong>now</strong>');
  });

  test('should drop the permalink toc appends', () => {
    assert.deepEqual(htmls('## A `b`', [ext('toc', { permalink: true })]), [['a-b', 'A <code>b</code>']]);
  });

  test('should drop a leading permalink too (permalink_leading)', () => {
    assert.deepEqual(htmls('## A `b`', [ext('toc', { permalink: '#', permalink_leading: true })]), [['a-b', 'A <code>b</code>']]);
  });

  test('should drop a permalink of a custom class', () => {
    assert.deepEqual(htmls('## A', [ext('toc', { permalink: true, permalink_class: 'anchor' })]), [['a', 'A']]);
  });

  test('should unwrap the anchorlink around the whole heading', () => {
    assert.deepEqual(htmls('## A `b`', [ext('toc', { anchorlink: true })]), [['a-b', 'A <code>b</code>']]);
  });

  test('should unwrap the anchorlink and drop the permalink when both are on', () => {
    assert.deepEqual(htmls('## A *b*', [ext('toc', { anchorlink: true, permalink: true })]), [['a-b', 'A <em>b</em>']]);
  });

  test('should unwrap a link written in the heading, keeping its text, so no link nests in the nav link', () => {
    assert.deepEqual(htmls('## See [the `guide`](https://example.com/)'), [['see-the-guide', 'See the <code>guide</code>']]);
  });

  test('should remove ids inside the heading (attr_list on an inline, footnote references)', () => {
    assert.deepEqual(htmls('## A *b*{ #inner }', [ext('attr_list')]), [['a-b', 'A <em>b</em>']]);
    assert.deepEqual(htmls('## Title[^1]\n\n[^1]: note', [ext('footnotes')]), [['title', 'Title<sup>1</sup>']]);
  });

  test('should keep an emoji icon as drawn in the heading', () => {
    const extensions = [ext('pymdownx.emoji', { emoji_index: '!!python/name:material.extensions.emoji.twemoji', emoji_generator: '!!python/name:material.extensions.emoji.to_svg' })];
    const [[, html]] = htmls('## Fast :material-rocket:', extensions) as [[string, string]];
    assert.match(html, /^Fast <span class="twemoji"><svg[^>]*viewBox="0 0 24 24"/);
  });

  test('should escape text as HTML', () => {
    assert.deepEqual(htmls('## a &lt; b `<i>`'), [['a-b-i', 'a &#x3C; b <code>&#x3C;i></code>']]);
  });

  test('should leave a heading named by data-toc-label plain', () => {
    const entries = flat(toc('## The `long` name { data-toc-label="Short" }\n\n## Other `one`', [ext('attr_list')]));
    assert.deepEqual(entries.map((entry) => [entry.name, entry.html]), [['Short', undefined], ['Other one', 'Other <code>one</code>']]);
  });

  test('should give nested entries their HTML', () => {
    assert.deepEqual(htmls('# Top `a`\n\n## Sub *b*'), [['top-a', 'Top <code>a</code>'], ['sub-b', 'Sub <em>b</em>']]);
  });

  test('should not add HTML to entries when the plugin is off', () => {
    assert.equal(flat(toc('## A `b`', [], false))[0]?.html, undefined);
  });

  test('should not add HTML for a raw HTML heading, which is not in the ToC', () => {
    assert.deepEqual(htmls('<h2 id="raw">Raw <code>x</code></h2>\n\n## Real'), [['real', 'Real']]);
  });

  test('should not touch the page HTML', () => {
    const html = (typeset: boolean) => renderHtml('# A `b`\n\n## C *d*', [ext('toc', { permalink: true })], { typeset });
    assert.equal(html(true), html(false));
  });
});

describe('typesetHtml', () => {
  const heading = (children: Element['children']): Element => ({ type: 'element', tagName: 'h2', properties: { id: 'h' }, children });
  test('should leave out scripts and styles, which would run again in every nav that shows the heading', () => {
    const html = typesetHtml(heading([{ type: 'text', value: 'A' }, { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] }, { type: 'element', tagName: 'style', properties: {}, children: [] }]), 'headerlink');
    assert.equal(html, 'A');
  });
  test('should drop only the permalink class among links and unwrap the others', () => {
    const link = (className: string[], text: string): Element => ({ type: 'element', tagName: 'a', properties: { className, href: '#h' }, children: [{ type: 'text', value: text }] });
    assert.equal(typesetHtml(heading([link(['toclink'], 'A'), link(['headerlink'], '¶')]), 'headerlink'), 'A');
  });
});
