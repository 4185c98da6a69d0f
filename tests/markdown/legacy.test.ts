/** legacy_attrs and legacy_em: Python-Markdown 2 behaviours kept as extensions, through the renderer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderHtml } from '../helpers/render.ts';

const html = (value: string, ...names: string[]) => renderHtml(value, names.map((name) => ext(name)), { projectDir: '/p', docsDir: '/p/docs' });

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

describe('legacy_em', () => {
  test('should let an underscore inside a word close emphasis', () => {
    assert.equal(html('_connected_words_', 'legacy_em'), '<p><em>connected</em>words_</p>');
  });
  test('should nest emphasis in strong across an intraword underscore', () => {
    assert.equal(html('__bold_italic bold___', 'legacy_em'), '<p><strong>bold<em>italic bold</em></strong></p>');
  });
  test('should not change intraword underscores without the extension', () => {
    assert.equal(html('_connected_words_'), '<p><em>connected_words</em></p>');
  });
  test('should not touch asterisks', () => {
    assert.equal(html('*a*b', 'legacy_em'), '<p><em>a</em>b</p>');
  });
});
