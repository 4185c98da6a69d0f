/** sane_lists: lists of one kind each, and ordered lists with their start number. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderNormalized } from '../helpers/render.ts';

// Compared as a browser sees them (core writes tight items as `<li>\na\n</li>`).
const html = (value: string, sane = true) => renderNormalized(value, sane ? [ext('sane_lists')] : [], { projectDir: '/p' });

describe('sane_lists', () => {
  test('should keep the start number of an ordered list', () => {
    assert.equal(html('3. a\n4. b'), '<ol start="3"><li>a</li><li>b</li></ol>');
  });
  test('should start a new list of the other kind after a blank line', () => {
    assert.equal(html('1. a\n\n* b'), '<ol><li>a</li></ol><ul><li>b</li></ul>');
  });
  test('should read an item of the other kind right after an item as a lazy line', () => {
    assert.equal(html('1. a\n* b'), '<ol><li>a * b</li></ol>');
  });
  test('should not change a list of one kind', () => {
    assert.equal(html('- a\n- b'), '<ul><li>a</li><li>b</li></ul>');
  });
  test('should not split or number lists without the extension', () => {
    assert.equal(html('3. a\n\n* b', false), '<ol><li><p>a</p></li><li><p>b</p></li></ol>');
  });
});
