/** tables: Python-Markdown's table markup. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';
import { renderNormalized } from '../helpers/render.ts';

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
    const html = createRenderer({ extensions: [{ name: 'tables', options: { use_align_attribute: true } }], projectDir: '/p', docsDir: '/p/docs' }).render({ path: 'a.md', value: '| a | b |\n|:--|--:|\n| 1 | 2 |' }).html;
    assert.match(html, /<th align="left">a<\/th>/);
    assert.match(html, /<td align="right">2<\/td>/);
    assert.doesNotMatch(html, /style=/);
  });
});
