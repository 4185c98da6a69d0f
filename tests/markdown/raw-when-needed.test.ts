/**
 * core/raw-when-needed.ts skips parse5 for trees it would not change: the HTML is the HTML
 * rehype-raw gives, whichever way the tree went.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Element, ElementContent, Root, RootContent } from 'hast';
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

/**
 * Top-level blocks are parsed in runs (core/raw-segments.ts). Generated pages of Markdown's
 * elements and raw fragments (balanced or not, formatting tags closed out of order, unterminated
 * comments, table parts, inline icons) must come out exactly as rehype-raw makes them of the whole
 * page.
 */
describe('rehypeRawWhereNeeded in runs', () => {
  same('a balanced raw block between Markdown blocks', () => [el('p', [text('a')]), text('\n'), { type: 'raw', value: '<div class="x"><b>b</b></div>' }, text('\n'), el('p', [text('c')])]);
  same('a raw start tag left open until a later block', () => [{ type: 'raw', value: '<div>' }, text('\n'), el('p', [text('a')]), text('\n'), { type: 'raw', value: '</div>' }, el('p', [text('b')])]);
  same('a formatting tag left open in a paragraph is reopened in the next one', () => [el('p', [{ type: 'raw', value: '<b>' }, text('a')]), el('p', [text('b')])]);
  same('an unterminated comment runs on', () => [el('p', [text('a')]), { type: 'raw', value: '<!-- open' }, el('p', [text('b')]), { type: 'raw', value: '-->' }]);
  same('a table part as the first block, then later', () => [{ type: 'raw', value: '<tr><td>1</td></tr>' }, el('p', [text('a')]), { type: 'raw', value: '<td>2</td>' }]);
  // Found by the generated pages below: the table element closes the raw <table>, so the raw
  // </table> after the <div> closes nothing, and the paragraph goes into the <div>.
  same('a table in an open raw table, then a <div> and a stray </table>', () => [
    { type: 'raw', value: '<table>' },
    el('table', [el('thead', [el('tr', [el('th', [text('h')])])]), el('tbody', [el('tr', [el('td')])])]),
    { type: 'raw', value: '<div>' },
    { type: 'raw', value: '</table>' },
    el('p'),
  ]);
  same('Markdown and text straight in an open raw table are moved out of it by parse5', () => [{ type: 'raw', value: '<table>' }, el('p', [text('a')]), text('b'), { type: 'raw', value: '</table>' }, el('p', [text('c')])]);

  test('a block whose raw HTML closes what it opens is kept, its fragments parsed in place', () => {
    const make = (): Root['children'] => [
      el('div', [{ type: 'raw', value: '<p class="admonition-title">T</p>' }, el('p', [text('a '), { type: 'raw', value: '<small>' }, text('b'), { type: 'raw', value: '</small>' }])], { className: ['admonition'] }),
      el('p', [text('c')]),
    ];
    const children = make();
    const [block, after] = children;
    const tree: Root = { type: 'root', children };
    assert.equal(rehypeRawWhereNeeded()(tree, new VFile()), undefined);
    assert.equal(tree.children[0], block);
    assert.equal(tree.children[1], after);
    assert.equal(toHtml(tree), toHtml(through(rehypeRaw(), make)));
    assert.equal(toHtml(tree), '<div class="admonition"><p class="admonition-title">T</p><p>a <small>b</small></p></div><p>c</p>');
  });

  const RAW = ['<div>', '</div>', '<b>', '</b>', '<i>x</i>', '<a href="y">', '</a>', '<p>', '</p>', '<span>s</span>', '<!-- c -->', '<!-- open', '-->', '<table>', '</table>', '<tr>', '<td>t</td>', '<br>', '<img src="i.png">', '&amp;', '<script>1<2</script>', '<script>', '</span>', '<li>', '<details><summary>s</summary>', '</details>', '<svg viewBox="0 0 1 1"><path d="M0"/></svg>', '<em>', '</em>', '<pre>\nx</pre>',
    '<h2>', '</h2>', '</li>', '<dd>', '<form>', '</form>', '<select><option>o', '</select>', '<textarea>t</textarea>', '<nobr>', '<math>', '</math>',
    '<template>', '</template>', '</body>', '<body class="b">', '<button>', '<title>t</title>', '<x-y>z</x-y>', '<ul>', '</ul>', '<s>', '</s>',
    '<tbody>', '</tr>', '<th>', '<caption>', '<col>', '<option>', '<rt>', '<dt>', '</dd>', '<hr>', '<object>', '</object>', '<h3>x</h3>', '<a href="z">x</a>',
    '<svg><path/>', '</svg>', '<svg/>', '</td>', '<h4>', '</h5>', '<p class="admonition-title">T</p>', '<summary>S</summary>'];
  const raw = fc.constantFrom(...RAW).map((value): ElementContent => ({ type: 'raw', value }));
  const words = fc.constantFrom('a', ' b ', '\n', '');
  const svg = (): Element => el('svg', [el('path', [], { d: 'M0 0' })], { viewBox: '0 0 1 1' });
  const { block } = fc.letrec<{ inline: ElementContent; block: RootContent }>((tie) => ({
    inline: fc.oneof(
      { weight: 3, arbitrary: words.map(text) },
      { weight: 2, arbitrary: raw },
      { weight: 1, arbitrary: fc.constant(null).map(() => el('span', [svg()], { className: ['twemoji'] })) },
      { weight: 1, arbitrary: fc.array(tie('inline'), { maxLength: 3 }).map((children) => el('em', children as ElementContent[])) },
      { weight: 1, arbitrary: fc.array(tie('inline'), { maxLength: 3 }).map((children) => el('a', children as ElementContent[], { href: '#z' })) },
    ),
    block: fc.oneof(
      { weight: 3, arbitrary: fc.array(tie('inline'), { maxLength: 4 }).map((children) => el('p', children as ElementContent[])) },
      { weight: 2, arbitrary: raw },
      { weight: 1, arbitrary: words.map(text) },
      { weight: 1, arbitrary: fc.array(tie('block'), { maxLength: 3 }).map((children) => el('div', children as ElementContent[], { className: ['admonition'] })) },
      { weight: 1, arbitrary: fc.array(tie('inline'), { maxLength: 3 }).map((children) => el('ul', [el('li', children as ElementContent[])])) },
      { weight: 1, arbitrary: fc.array(tie('inline'), { maxLength: 3 }).map((children) => el('h2', children as ElementContent[], { id: 'h' })) },
      { weight: 1, arbitrary: fc.array(tie('block'), { maxLength: 3 }).map((children) => el('details', [el('summary', [text('s')]), ...(children as ElementContent[])])) },
      { weight: 1, arbitrary: fc.array(tie('inline'), { maxLength: 2 }).map((children) => el('table', [el('thead', [el('tr', [el('th', [text('h')])])]), el('tbody', [el('tr', [el('td', children as ElementContent[])])])])) },
      // Not a leading line feed, which this transform keeps where rehype-raw drops it (above).
      { weight: 1, arbitrary: fc.constantFrom('a', ' b\n').map((value) => el('pre', [el('code', [text(value)])])) },
    ),
  }));

  test('generated pages: the same HTML as rehype-raw over the whole page', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (children) => {
        // hast-util-raw throws on some of these (an unterminated comment inside an element); then
        // both paths must.
        const outcome = (transform: () => (tree: Root, file: VFile) => Root | undefined): string => {
          try {
            return toHtml(through(transform(), () => structuredClone(children)));
          } catch (error) {
            return `threw ${String(error)}`;
          }
        };
        assert.equal(outcome(rehypeRawWhereNeeded), outcome(rehypeRaw));
      }),
      { numRuns: Number(process.env['RAW_RUNS'] ?? 3000) },
    );
  });
});

