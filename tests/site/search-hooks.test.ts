/**
 * The hooks our search script finds its parts by (Material's, src/site/templates/search-hooks.ts)
 * and the build's check of a site's search.html for them (search-check.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { missingSearchHooks } from '../../src/site/templates/search-check.ts';
import { hookName, hookSelector } from '../../src/site/templates/search-hooks.ts';

const RESULT = '<div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta"></div><ol class="md-search-result__list"></ol></div>';

describe('search hooks', () => {
  test('should select a part by its data-md-component, then by Material\'s class', () => {
    assert.equal(hookSelector('query'), '[data-md-component="search-query"], .md-search__input');
    assert.equal(hookSelector('list'), '.md-search-result__list');
    assert.equal(hookSelector('share'), '[data-md-component="search-share"]');
    assert.equal(hookName('result'), 'data-md-component="search-result" (or class md-search-result)');
  });

  test('should find nothing missing in Material\'s markup, or with classes alone, or with components alone', () => {
    assert.deepEqual(missingSearchHooks(`<div class="md-search" data-md-component="search" role="dialog"><form><input class="md-search__input" data-md-component="search-query"></form><div class="md-search__output">${RESULT}</div></div>`), []);
    assert.deepEqual(missingSearchHooks('<div class="md-search"><input class="x md-search__input"><div class="md-search-result"><ol class="md-search-result__list"></ol></div></div>'), []);
    assert.deepEqual(missingSearchHooks('<section data-md-component="search"><input data-md-component="search-query"><div data-md-component="search-result"><ul class="md-search-result__list"></ul></div></section>'), []);
  });

  test('should name each part a search.html lacks, looking for the query and result inside the root and the list inside the result', () => {
    assert.deepEqual(missingSearchHooks('<form action="https://example.org"><input name="q"></form>'), ['root', 'query', 'result', 'list']);
    assert.deepEqual(missingSearchHooks('<div data-md-component="search"><input class="md-search__input"></div>'), ['result', 'list']);
    assert.deepEqual(missingSearchHooks(`<input class="md-search__input"><div data-md-component="search">${RESULT}</div>`), ['query'], 'an input outside the root is not found');
    assert.deepEqual(missingSearchHooks('<div data-md-component="search"><input data-md-component="search-query"><div data-md-component="search-result"></div><ol class="md-search-result__list"></ol></div>'), ['list'], 'a list outside the result is not found');
  });

  test('should not take a class that merely contains a hook\'s name', () => {
    assert.deepEqual(missingSearchHooks('<div class="md-search-x"></div>'), ['root', 'query', 'result', 'list']);
  });
});
