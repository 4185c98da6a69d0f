import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fragmentId } from '../../src/components/scripts/footnote-tooltips.ts';

describe('fragmentId (content.footnote.tooltips)', () => {
  test('a percent-encoded fragment names the decoded id', () => {
    assert.equal(fragmentId('#fn:caf%C3%A9'), 'fn:café');
    assert.equal(fragmentId('#fn:1'), 'fn:1');
  });

  test('a fragment that is no valid escape, such as the footnote [^100%], names the id as written instead of throwing', () => {
    assert.equal(fragmentId('#fn:100%'), 'fn:100%');
    assert.equal(fragmentId('#fn:%zz'), 'fn:%zz');
  });
});
