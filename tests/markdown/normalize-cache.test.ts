/**
 * tests/helpers/normalize-cache.ts: normalizeHtml remembered across runs gives what normalizeHtml
 * gives, and keeps only what the run used.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { normalizeCache } from '../helpers/normalize-cache.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';

describe('normalizeCache', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'normalize-cache-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const html = '<p class="b a">x  \n y</p>\n';

  test('normalizes as normalizeHtml does, from a new cache and from the saved one', () => {
    const file = path.join(folder, 'cache.json');
    const first = normalizeCache(file);
    assert.equal(first.normalize(html), normalizeHtml(html));
    first.save();
    const second = normalizeCache(file);
    assert.equal(second.normalize(html), normalizeHtml(html));
    assert.equal(second.normalize('<p>other</p>'), '<p>other</p>');
  });

  test('keeps only the entries the last run used', () => {
    const file = path.join(folder, 'used.json');
    const first = normalizeCache(file);
    first.normalize('<p>old</p>');
    first.save();
    const second = normalizeCache(file);
    second.normalize(html);
    second.save();
    assert.deepEqual(Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>), [normalizeHtml(html)]);
  });

  test('a broken cache file is read as an empty one', () => {
    const file = path.join(folder, 'broken.json');
    writeFileSync(file, '{"trunc');
    const cache = normalizeCache(file);
    assert.equal(cache.normalize(html), normalizeHtml(html));
    cache.save();
    assert.equal(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).length, 1);
  });
});
