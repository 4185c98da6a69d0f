/** Python-Markdown's table row splitter (tables/split-row.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitRow } from '../../src/markdown/extensions/tables/split-row.ts';

const texts = (row: string, border = false) => splitRow(row, border).map((cell) => cell.text);

describe('table row splitting', () => {
  test('should split at pipes outside code spans only', () => {
    assert.deepEqual(texts('a | `b | c` | d'), ['a ', ' `b | c` ', ' d']);
  });
  test('should pair backtick runs by length', () => {
    assert.deepEqual(texts('``a | ` b`` | c'), ['``a | ` b`` ', ' c']);
  });
  test('should not pair an escaped run as an opening of its full length', () => {
    assert.deepEqual(texts('\\`a | b`'), ['\\`a ', ' b`']);
  });
  test('should drop border pipes only when the header has them', () => {
    assert.deepEqual(texts('| a | b |', true), [' a ', ' b ']);
    assert.deepEqual(texts('| a | b |', false), ['', ' a ', ' b ', '']);
  });
  test('should not split at an escaped pipe', () => {
    assert.deepEqual(texts('a \\| b | c'), ['a \\| b ', ' c']);
  });
  test('should give each cell its offset in the row', () => {
    assert.deepEqual(splitRow('| a | b', true).map((cell) => cell.offset), [1, 5]);
  });
});
