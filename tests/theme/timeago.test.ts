/** The revision date plugin's `type: timeago` in the browser (src/components/scripts/timeago.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relativeTime } from '../../src/components/scripts/timeago.ts';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const ago = (seconds: number) => NOW - seconds * 1000;

describe('relativeTime', () => {
  test('should say the time since in the largest unit that fits', () => {
    assert.equal(relativeTime(ago(30), NOW, 'en'), '30 seconds ago');
    assert.equal(relativeTime(ago(5 * 60), NOW, 'en'), '5 minutes ago');
    assert.equal(relativeTime(ago(2 * 86_400), NOW, 'en'), '2 days ago');
    assert.equal(relativeTime(ago(3 * 7 * 86_400), NOW, 'en'), '3 weeks ago');
    assert.equal(relativeTime(ago(400 * 86_400), NOW, 'en'), 'last year');
  });

  test('should say it in the span\'s locale, babel\'s names too, and in English for one Intl does not know', () => {
    assert.equal(relativeTime(ago(2 * 86_400), NOW, 'de'), 'vorgestern');
    assert.equal(relativeTime(ago(5 * 3600), NOW, 'pt_BR'), 'há 5 horas');
    assert.equal(relativeTime(ago(5 * 3600), NOW, 'not a locale'), '5 hours ago');
  });

  test('should not say a future time is past, nor fail on now', () => {
    assert.equal(relativeTime(NOW + 3600 * 1000, NOW, 'en'), 'in 1 hour');
    assert.equal(relativeTime(NOW, NOW, 'en'), 'now');
  });
});
