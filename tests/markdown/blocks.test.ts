/**
 * PyMdown's Blocks (`/// name | argument`): the option and selector parsers alone, then through
 * the renderer for what fixtures cannot show (warnings, and where we knowingly differ).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAttributes, readOptionLines, validateOptions, parseBoolean } from '../../src/markdown/extensions/blocks/options.ts';
import { parseSelector } from '../../src/markdown/extensions/blocks/html/selector.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';
import { renderPage } from '../helpers/render.ts';

const ALL: ExtensionSpec[] = ['admonition', 'details', 'tab', 'html', 'definition', 'caption'].map((name) => ({ name: `pymdownx.blocks.${name}`, options: {} }));

function render(value: string, extensions: ExtensionSpec[] = ALL) {
  const result = renderPage(value, extensions, { projectDir: '/p', docsDir: '/p/docs' });
  return { html: normalizeHtml(result.html), messages: result.messages };
}

describe('blocks options', () => {
  test('should read YAML option lines once dedented', () => {
    assert.deepEqual(readOptionLines(['    open: true', '    type: note']), { open: true, type: 'note' });
  });
  test('should read comment-only option lines as no options', () => {
    assert.deepEqual(readOptionLines(['    # attrs: {class: x}']), {});
  });
  test('should not accept options that are not a mapping or not YAML', () => {
    assert.equal(readOptionLines(['    - a list']), undefined);
    assert.equal(readOptionLines(['    bad: [']), undefined);
  });
  test('should keep attrs in order with classes split', () => {
    assert.deepEqual(parseAttributes({ class: 'a b', id: 'x', title: 'T' }), [['class', ['a', 'b']], ['id', 'x'], ['title', 'T']]);
  });
  test('should not accept attribute names, ids or classes that are not identifiers, nor non-string values', () => {
    assert.equal(parseAttributes({ '+': 'v' }), undefined);
    assert.equal(parseAttributes({ id: '1x' }), undefined);
    assert.equal(parseAttributes({ class: 'ok 9bad' }), undefined);
    assert.equal(parseAttributes({ title: 3 }), undefined);
  });
  test('should fill defaults and reject unknown options', () => {
    assert.deepEqual(validateOptions({}, { open: { defaultValue: false, parse: parseBoolean } }), new Map<string, unknown>([['open', false], ['attrs', []]]));
    assert.equal(validateOptions({ other: 1 }, { open: { defaultValue: false, parse: parseBoolean } }), undefined);
    assert.equal(validateOptions({ open: 'yes please' }, { open: { defaultValue: false, parse: parseBoolean } }), undefined);
  });
});

describe('html block selector', () => {
  test('should read a tag, an id, sorted classes and attributes', () => {
    assert.deepEqual(parseSelector('div#x.b.a[title="T t" data-k=v]'), { tag: 'div', attributes: [['id', 'x'], ['class', 'a b'], ['title', 'T t'], ['data-k', 'v']] });
  });
  test('should not accept a missing tag, two ids or trailing junk', () => {
    assert.equal(parseSelector('.a'), undefined);
    assert.equal(parseSelector('div#a#b'), undefined);
    assert.equal(parseSelector('div extra'), undefined);
  });
  test('should read attributes without a tag for captions', () => {
    assert.deepEqual(parseSelector('#fig.wide', false), { tag: '', attributes: [['id', 'fig'], ['class', 'wide']] });
  });
});

describe('pymdownx.blocks', () => {
  test('should warn about a block name no enabled extension defines, with its line, and leave it as text', () => {
    const { html, messages } = render('Intro\n\n/// tab | A\nx\n///\n', [{ name: 'pymdownx.blocks.admonition', options: {} }]);
    assert.equal(html, '<p>Intro</p><p>/// tab | A x ///</p>');
    assert.deepEqual(messages.map((m) => [m.line, m.ruleId]), [[3, 'blocks-unknown']]);
  });
  test('should not warn about an enabled block or about slashes in running text', () => {
    const { messages } = render('/// note\nx\n///\n\na /// b\n');
    assert.deepEqual(messages, []);
  });
  test('should warn about invalid options and leave the block as text', () => {
    const { html, messages } = render('/// details\n    open: maybe\n\nBody\n///\n');
    assert.equal(html, '<p>/// details open: maybe</p><p>Body ///</p>');
    assert.equal(messages[0]?.ruleId, 'blocks-invalid');
  });
  test('should close the innermost block first when lengths are equal', () => {
    const { html } = render('/// note\n/// details | D\nin\n///\nout\n///\n');
    assert.equal(html, '<div class="admonition note"><p class="admonition-title">Note</p><details><summary>D</summary><p>in</p></details><p>out</p></div>');
  });
  test('should not let a longer closing line close a shorter block', () => {
    const { html } = render('/// note\n////\n///\n');
    assert.equal(html, '<div class="admonition note"><p class="admonition-title">Note</p><p>////</p></div>');
  });
  test('should not end a block at a `///` line inside a fenced code block', () => {
    const { html } = render('/// note\n```\n///\n```\n///\n\nout\n', [...ALL, { name: 'pymdownx.superfences', options: {} }]);
    assert.equal(html, '<div class="admonition note"><p class="admonition-title">Note</p><div class="highlight"><pre><span></span><code>///</code></pre></div></div><p>out</p>');
  });
  test('should end a block at `///` after a fence that never closes, which PyMdown reads as text', () => {
    const { html } = render('/// note\n```text\nnever closed\n///\n\nout\n', [...ALL, { name: 'pymdownx.superfences', options: {} }]);
    assert.equal(html, '<div class="admonition note"><p class="admonition-title">Note</p><p>```text never closed</p></div><p>out</p>');
  });
  test('should not take an indented header as a block', () => {
    const { html } = render('    /// note\n    x\n');
    assert.equal(html, '<pre><code>/// note\nx</code></pre>');
  });
  test('should number tab sets per page, counting blocks in document order', () => {
    const { html } = render('/// tab | A\na\n///\n\ntext\n\n/// tab | B\nb\n///\n');
    assert.match(html, /data-tabs="1:1".*data-tabs="2:1"/s);
  });
  test('should not render a selected tab as checked together with the first one', () => {
    const { html } = render('/// tab | A\na\n///\n/// tab | B\n    select: true\nb\n///\n');
    assert.equal((html.match(/checked/g) ?? []).length, 1);
    assert.match(html, /<input checked id="__tabbed_1_2"/);
  });
});
