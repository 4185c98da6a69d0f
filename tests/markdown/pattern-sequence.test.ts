/**
 * PyMdown's pattern sequences run on the parsed tree (src/markdown/inline/): the engine alone,
 * then through the renderer where flattening matters (escapes, other nodes inside, options).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doubleMarkerPatterns } from '../../src/markdown/inline/double-marker.ts';
import { runSequence } from '../../src/markdown/inline/pattern-sequence.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { renderHtml } from '../helpers/render.ts';

const render = (value: string, extensions: ExtensionSpec[]): string => renderHtml(value, extensions, { path: 'page.md' });

const caret = doubleMarkerPatterns({ marker: '^', double: 'ins', single: 'sup', smart: true, doubleEnabled: true, singleEnabled: true });

describe('the pattern sequence engine', () => {
  test('builds a double element with its tail inside the outer one', () => {
    assert.deepEqual(runSequence('^^^a^ b^^', '^', caret), [{ tag: 'ins', children: [{ tag: 'sup', children: ['a'] }, ' b'] }]);
  });

  test('leaves text without a complete pattern as it is', () => {
    assert.deepEqual(runSequence('a ^^b c', '^', caret), ['a ^^b c']);
  });

  test('should not open a smart double marker inside a word', () => {
    assert.deepEqual(runSequence('a^^b^^c', '^', caret), ['a', { tag: 'sup', children: ['^b'] }, '^c']);
  });
});

describe('pattern sequences in the tree', () => {
  test('read across other inline nodes (code, links) as placeholders', () => {
    assert.equal(render('^^a `b` [c](d)^^', [{ name: 'pymdownx.caret', options: {} }]), '<p><ins>a <code>b</code> <a href="d">c</a></ins></p>');
  });

  test('should not treat an escaped marker as a marker, and keep the character', () => {
    assert.equal(render('\\^\\^a^^', [{ name: 'pymdownx.caret', options: {} }]), '<p>^^a^^</p>');
  });

  test('should not nest a lone marker between spaces', () => {
    assert.equal(render('a ^ b ^ c', [{ name: 'pymdownx.caret', options: {} }]), '<p>a ^ b ^ c</p>');
  });

  test('let each enabled extension read what the previous one built', () => {
    const extensions = ['pymdownx.mark', 'pymdownx.caret', 'pymdownx.tilde'].map((name) => ({ name, options: {} }));
    assert.equal(render('==a ^^b ~~c~~^^==', extensions), '<p><mark>a <ins>b <del>c</del></ins></mark></p>');
  });

  test('read titles and labels of containers too (admonition, details, tabbed)', () => {
    const extensions = ['admonition', 'pymdownx.details', 'pymdownx.tabbed', 'pymdownx.caret'].map((name) => ({ name, options: {} }));
    const html = render('!!! note "a ^^b^^"\n    x\n\n??? note "c ^^d^^"\n    y\n\n=== "e ^^f^^"\n    z', extensions);
    assert.equal(html.match(/<ins>/g)?.length, 3);
  });

  test('follow the toggles: no superscript leaves `^x^` as text', () => {
    assert.equal(render('^^a^^ x^2^', [{ name: 'pymdownx.caret', options: { superscript: false } }]), '<p><ins>a</ins> x^2^</p>');
  });

  test('betterem should not emphasize intraword underscores but should emphasize intraword stars', () => {
    const html = render('snake_case_name and a*b*c', [{ name: 'pymdownx.betterem', options: {} }]);
    assert.equal(html, '<p>snake_case_name and a<em>b</em>c</p>');
  });

  test('betterem with smart_enable: all should not emphasize intraword stars either', () => {
    assert.equal(render('a*b*c', [{ name: 'pymdownx.betterem', options: { smart_enable: 'all' } }]), '<p>a*b*c</p>');
  });
});
