/**
 * core/raw-when-needed.ts skips parse5 for trees it would not change: the HTML is the HTML
 * rehype-raw gives, whichever way the tree went.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import { VFile } from 'vfile';
import { rehypeRawWhereNeeded } from '../../src/markdown/core/raw-when-needed.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Runs a transform on a fresh copy of the tree: both transforms may change it in place. */
function through(transform: (tree: Root, file: VFile) => Root | undefined, children: () => Root['children']): Root {
  const tree: Root = { type: 'root', children: children() };
  return transform(tree, new VFile()) ?? tree;
}

function same(name: string, children: () => Root['children']): void {
  test(name, () => {
    const ours = through(rehypeRawWhereNeeded(), children);
    const parse5 = through(rehypeRaw(), children);
    assert.equal(toHtml(ours), toHtml(parse5));
    assert.equal(ours.children.length, parse5.children.length);
  });
}

describe('rehypeRawWhereNeeded', () => {
  same('the line feed right after <pre> goes', () => [el('pre', [text('\n\nx\n')])]);
  test('the line feed after <pre><code> stays, as a browser reads it (parse5 on the HTML), on both paths', () => {
    const code = (): Root['children'] => [el('pre', [el('code', [text('\n\nx\n')])])];
    const expected = '<pre><code>\n\nx\n</code></pre>';
    assert.equal(toHtml(through(rehypeRawWhereNeeded(), code)), expected);
    const withRaw = (): Root['children'] => [...code(), { type: 'raw', value: '<b>b</b>' }];
    assert.equal(toHtml(through(rehypeRawWhereNeeded(), withRaw)), `${expected}<b>b</b>`);
  });
  same('the line feed stays after a <span> that closes first (highlighted code)', () => [el('pre', [el('span'), el('code', [text('\nx')])])]);
  same('adjacent text nodes are joined and empty ones dropped', () => [el('p', [text('a'), text(''), text('b'), el('em', [text('c')])])]);
  same('a tight list item marker element keeps its place', () => [el('ul', [el('li', [el('python-markdown-tight', [text('x')])])])]);
  same('a table with head and body reads as written', () => [el('table', [text('\n'), el('thead', [el('tr', [el('th', [text('a')])])]), el('tbody', [el('tr', [el('td', [text('1')])])])])]);
  same('a row straight in a table gets its <tbody> from parse5', () => [el('table', [el('tr', [el('td', [text('1')])])])]);
  same('a <div> in a <p> is split by parse5', () => [el('p', [text('a'), el('div', [text('b')])])]);
  same('a link in a link is split by parse5', () => [el('p', [el('a', [text('a'), el('a', [text('b')], { href: '#b' })], { href: '#a' })])]);
  same('raw HTML is spliced in by parse5', () => [el('p', [text('a '), { type: 'raw', value: '<b>b</b>' }])]);

  test('a tree without raw HTML or misnesting is left to the renderer, not re-parsed', () => {
    const paragraph = el('p', [text('a')]);
    const tree: Root = { type: 'root', children: [paragraph] };
    assert.equal(rehypeRawWhereNeeded()(tree, new VFile()), undefined);
    assert.equal(tree.children[0], paragraph);
  });
});
