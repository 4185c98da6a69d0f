/**
 * src/search/exclude.ts: which pages Material's search leaves out (front matter
 * `search: {exclude: true}`), and none at all without the search plugin.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { excludedFromSearch, indexedPages } from '../../src/search/exclude.ts';

describe('excludedFromSearch', () => {
  test('is true only for search.exclude: true', () => {
    assert.equal(excludedFromSearch({ search: { exclude: true } }), true);
    for (const meta of [{}, { search: { exclude: false } }, { search: { exclude: 'yes' } }, { search: { boost: 2 } }, { search: true }, { search: [true] }, { exclude: true }]) {
      assert.equal(excludedFromSearch(meta), false, JSON.stringify(meta));
    }
  });
});

describe('indexedPages', () => {
  const pages = [{ dest: 'a/index.html', meta: {} }, { dest: 'b/index.html', meta: { search: { exclude: true } } }, { dest: 'c/index.html', meta: { search: { boost: 2 } } }];

  test('keeps every page but the excluded ones when search is on', () => {
    assert.deepEqual(indexedPages(pages, true).map((page) => page.dest), ['a/index.html', 'c/index.html']);
  });

  test('keeps none when search is off', () => {
    assert.deepEqual(indexedPages(pages, false), []);
  });
});
