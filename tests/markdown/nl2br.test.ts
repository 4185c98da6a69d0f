/** nl2br and legacy_attrs: small Python-Markdown extensions, through the renderer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';

const html = (value: string, ...names: string[]) =>
  createRenderer({ extensions: names.map((name) => ({ name, options: {} })), projectDir: '/p', docsDir: '/p/docs' }).render({ path: 'a.md', value }).html;

describe('nl2br', () => {
  test('should break every newline of paragraph text', () => {
    assert.equal(html('a\nb', 'nl2br'), '<p>a<br>\nb</p>');
  });
  test('should not break inside code spans', () => {
    assert.equal(html('`a\nb`', 'nl2br'), '<p><code>a b</code></p>');
  });
  test('should not add a second break after two trailing spaces', () => {
    assert.equal(html('a  \nb', 'nl2br'), '<p>a<br>\nb</p>');
  });
  test('should not break without the extension', () => {
    assert.equal(html('a\nb'), '<p>a\nb</p>');
  });
});

describe('legacy_attrs', () => {
  test('should set an attribute on the element whose text holds it', () => {
    assert.equal(html('Text {@id=x}', 'legacy_attrs'), '<p id="x">Text </p>');
  });
  test('should set it on the inline element before it when in a tail', () => {
    assert.equal(html('*a*{@class=b} c', 'legacy_attrs'), '<p><em class="b">a</em> c</p>');
  });
  test('should not read attributes in code', () => {
    assert.equal(html('`{@id=x}`', 'legacy_attrs'), '<p><code>{@id=x}</code></p>');
  });
  test('should not read them without the extension', () => {
    assert.equal(html('Text {@id=x}'), '<p>Text {@id=x}</p>');
  });
});
