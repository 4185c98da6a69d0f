/** tables: Python-Markdown's table markup. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderHtml, renderNormalized } from '../helpers/render.ts';

const render = (value: string) => renderNormalized(value, []);

describe('tables (MkDocs builtin)', () => {
  test('should be on without being listed and align with a style, not align=', () => {
    assert.equal(
      render('| a | b |\n|:-:|---|\n| 1 | 2 |'),
      '<table><thead><tr><th style="text-align: center;">a</th><th>b</th></tr></thead><tbody><tr><td style="text-align: center;">1</td><td>2</td></tr></tbody></table>',
    );
  });

  test('should pad short rows and drop extra cells', () => {
    assert.match(render('| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |'), /<tr><td>1<\/td><td><\/td><\/tr><tr><td>1<\/td><td>2<\/td><\/tr>/);
  });

  test('should give a header-only table one empty body row', () => {
    assert.match(render('| a |\n|---|'), /<tbody><tr><td><\/td><\/tr><\/tbody>/);
  });

  test('should not let a table interrupt a paragraph', () => {
    assert.equal(render('text\n| a |\n|---|'), '<p>text | a | |---|</p>');
  });

  test('should align with the align attribute when use_align_attribute is true', () => {
    const html = renderHtml('| a | b |\n|:--|--:|\n| 1 | 2 |', [ext('tables', { use_align_attribute: true })], { projectDir: '/p', docsDir: '/p/docs' });
    assert.match(html, /<th align="left">a<\/th>/);
    assert.match(html, /<td align="right">2<\/td>/);
    assert.doesNotMatch(html, /style=/);
  });
});

describe('tables use_align_attribute', () => {
  const withAlign = (value: string, options: Record<string, unknown>) =>
    renderHtml(value, [ext('tables', options)], { projectDir: '/p', docsDir: '/p/docs' });
  test('should write align="..." when asked', () => {
    assert.match(withAlign('a|b\n:-|-:\n1|2', { use_align_attribute: true }), /<th align="left">a<\/th>.*<td align="right">2<\/td>/s);
  });
  test('should not write align by default', () => {
    assert.doesNotMatch(withAlign('a|b\n:-|-:\n1|2', {}), /align=/);
  });
  test('should not give an unaligned column any attribute', () => {
    assert.match(withAlign('a|b\n-|-:\n1|2', { use_align_attribute: true }), /<th>a<\/th>/);
  });
});

describe('tables borders decided by the header row', () => {
  test('should read a leading pipe as an empty first cell when the header has no border', () => {
    assert.match(render('foo|bar\n---|---\n   | Q'), /<tr><td><\/td><td>Q<\/td><\/tr>/);
  });
  test('should not add a cell when the header has border pipes', () => {
    assert.match(render('| foo | bar |\n|---|---|\n| Q | R |'), /<tr><td>Q<\/td><td>R<\/td><\/tr>/);
  });
});

describe('tables with one column', () => {
  test('should be a table when every line shows a pipe', () => {
    assert.match(render('| a |\n| - |\n| b |'), /<table>/);
  });
  test('should not be a table when a line has no pipe at either end', () => {
    assert.equal(render('| a\n| -\nb *c*'), '<p>| a | - b <em>c</em></p>');
  });
});

describe('tables: pipes in code spans', () => {
  test('should not split a cell at a pipe inside a code span', () => {
    assert.match(render('a | b\n--|--\n`x | y` | z'), /<td><code>x \| y<\/code><\/td><td>z<\/td>/);
  });
  test('should split at a pipe after an escaped backtick', () => {
    assert.match(render('a | b\n--|--\n\\`x | y`'), /<td>`x<\/td><td>y`<\/td>/);
  });
});
