/** Front matter `status` as the nav draws it (src/theme/status.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusMark } from '../../src/theme/status.ts';

describe('status marks', () => {
  test('a status takes its title from extra.status', () => {
    assert.deepEqual(statusMark({ status: { new: 'Recently added' } }, 'new'), { className: 'md-status md-status--new', title: 'Recently added' });
  });

  test('a status without a label, or with a non-text one, is drawn without a title', () => {
    assert.deepEqual(statusMark({}, 'deprecated'), { className: 'md-status md-status--deprecated', title: undefined });
    assert.deepEqual(statusMark({ status: ['new'] }, 'new'), { className: 'md-status md-status--new', title: undefined });
    assert.deepEqual(statusMark({ status: { new: 3 } }, 'new'), { className: 'md-status md-status--new', title: undefined });
  });

  test('a page without a status has no mark', () => {
    assert.equal(statusMark({ status: { new: 'Recently added' } }, undefined), undefined);
    assert.equal(statusMark({}, ''), undefined);
  });
});
