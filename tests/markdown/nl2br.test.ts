/** nl2br: newlines as line breaks, through the renderer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderHtml } from '../helpers/render.ts';

const html = (value: string, ...names: string[]) => renderHtml(value, names.map((name) => ext(name)), { projectDir: '/p', docsDir: '/p/docs' });

describe('nl2br', () => {
  test('should break every newline of paragraph text', () => {
    assert.equal(html('a\nb', 'nl2br'), '<p>a<br>\nb</p>');
  });
  test('should not break inside code spans (their line ending stays, as Python-Markdown writes it)', () => {
    assert.equal(html('`a\nb`', 'nl2br'), '<p><code>a\nb</code></p>');
  });
  test('should not add a second break after two trailing spaces', () => {
    assert.equal(html('a  \nb', 'nl2br'), '<p>a<br>\nb</p>');
  });
  test('should not break without the extension', () => {
    assert.equal(html('a\nb'), '<p>a\nb</p>');
  });
});
