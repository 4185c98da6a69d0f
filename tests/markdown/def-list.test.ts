/** def_list: grouping of terms and definitions, tight and loose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderNormalized } from '../helpers/render.ts';

const render = (value: string) => renderNormalized(value, [ext('def_list')]);

describe('def_list', () => {
  test('should render a term right above the definition as a tight item', () => {
    assert.equal(render('Apple\n:   Fruit'), '<dl><dt>Apple</dt><dd>Fruit</dd></dl>');
  });

  test('should keep the paragraph of a definition after a blank line', () => {
    assert.equal(render('Apple\n\n:   Fruit'), '<dl><dt>Apple</dt><dd><p>Fruit</p></dd></dl>');
  });

  test('should make one term per line and one item per definition', () => {
    assert.equal(render('A\nB\n: one\n: two'), '<dl><dt>A</dt><dt>B</dt><dd>one</dd><dd>two</dd></dl>');
  });

  test('should join the next term and definition to the same list across a blank line', () => {
    assert.equal(render('A\n: one\n\nB\n: two'), '<dl><dt>A</dt><dd>one</dd><dt>B</dt><dd>two</dd></dl>');
  });

  test('should keep indented blocks inside the definition', () => {
    assert.equal(render('A\n:   one\n\n    more'), '<dl><dt>A</dt><dd><p>one</p><p>more</p></dd></dl>');
  });

  test('should not make a definition of a colon line with nothing above it', () => {
    assert.equal(render(': alone'), '<p>: alone</p>');
  });

  test('should not make a definition without a space after the colon', () => {
    assert.equal(render('A\n:b'), '<p>A :b</p>');
  });

  test('should not make a definition of a colon line indented as code', () => {
    assert.equal(render('A\n\n    : code'), '<p>A</p><pre><code>: code</code></pre>');
  });
});
