/**
 * The bench's large site (bench/big-site.ts): its nav must grow with its pages, or the
 * 2,000-page figures would hide what a large nav costs every page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { multiplyNav } from '../../bench/big-site.ts';

const CONFIG = [
  'site_name: X',
  'nav:',
  '  - !ENV [NAV_HOME, "Home"]: "index.md"',
  '  - Guides:',
  '      - guides/a.md',
  '      - Outside: https://example.org/a.md',
  '',
  'validation:',
  '  nav:',
  '    not_found: info',
].join('\n');

describe('multiplyNav', () => {
  test('should append one section per copy with every page path prefixed', () => {
    const text = multiplyNav(CONFIG, ['c02', 'c03']);
    assert.match(text, /^ {2}- "Copy c02":\n {6}- !ENV \[NAV_HOME, "Home"\]: "c02\/index\.md"$/m);
    assert.match(text, /^ {10}- c03\/guides\/a\.md$/m);
  });

  test('should not prefix external links, nor touch the keys after the nav', () => {
    const text = multiplyNav(CONFIG, ['c02']);
    assert.match(text, /^ {10}- Outside: https:\/\/example\.org\/a\.md$/m);
    assert.doesNotMatch(text, /c02\/https/);
    assert.ok(text.endsWith('validation:\n  nav:\n    not_found: info'));
  });

  test('should not change a config without a nav', () => {
    assert.equal(multiplyNav('site_name: X\n', ['c02']), 'site_name: X\n');
  });
});
