/** content.code.select's selection links (src/components/scripts/code-select.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineRangeHash, parseLineRange } from '../../src/components/scripts/code-select.ts';

describe('line selection links', () => {
  test('a range link reads back in order, whichever end was clicked first', () => {
    assert.deepEqual(parseLineRange('#__codelineno-0-4:2'), { prefix: '__codelineno-0', from: 2, to: 4 });
    assert.deepEqual(parseLineRange('#__codelineno-3-7'), { prefix: '__codelineno-3', from: 7, to: 7 });
  });

  test('a one-line selection is written as the plain line anchor, a range with its last line', () => {
    assert.equal(lineRangeHash({ prefix: '__codelineno-0', from: 5, to: 5 }), '#__codelineno-0-5');
    assert.equal(lineRangeHash({ prefix: '__codelineno-1', from: 2, to: 4 }), '#__codelineno-1-2:4');
  });

  test('other anchors are not selections', () => {
    assert.equal(parseLineRange('#install'), undefined);
    assert.equal(parseLineRange('#__codelineno-0-'), undefined);
    assert.equal(parseLineRange(''), undefined);
  });
});
