/**
 * The hooks our search script finds its parts by (Material's, src/site/templates/search-hooks.ts)
 * and the build's check of a site's search.html for them (search-check.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hookPlaces, missingSearchHooks, searchHooksWarning } from '../../src/site/templates/search-check.ts';
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

  test('should place each missing part at the element that should carry its hook: the outermost, the text input, the list and the element around it', () => {
    const source = '{#- a comment -#}\n<form class="search"\n      action="/x">\n  <input type="hidden" name="a">\n  <input name="q">\n  <div class="out">\n    <ul></ul>\n  </div>\n</form>\n';
    assert.deepEqual(hookPlaces(source, ['root', 'query', 'result', 'list']), [
      { part: 'root', element: { tag: 'form', line: 2, hooked: false } },
      { part: 'query', element: { tag: 'input', line: 5, hooked: false } },
      { part: 'result', element: { tag: 'div', line: 6, hooked: false } },
      { part: 'list', element: { tag: 'ul', line: 7, hooked: false } },
    ]);
  });

  test('should place nothing where no element could carry the hook: no list, or a list right in the root, or no element at all', () => {
    assert.deepEqual(hookPlaces('<div class="md-search">\n<input class="md-search__input">\n</div>', ['result', 'list']), [{ part: 'result', element: undefined }, { part: 'list', element: undefined }]);
    assert.deepEqual(hookPlaces('<div>\n<ol></ol></div>', ['result']), [{ part: 'result', element: undefined }], 'the root is not the result');
    assert.deepEqual(hookPlaces('{{ nothing }}', ['root', 'query']), [{ part: 'root', element: undefined }, { part: 'query', element: undefined }]);
  });

  test('should say, at the first placed element\'s line, what each element lacks, and that a hooked element is in the wrong place', () => {
    const html = '<div data-md-component="search"><input data-md-component="search-query"><div data-md-component="search-result"></div>\n<ol class="md-search-result__list"></ol></div>';
    const warning = searchHooksWarning([{ kind: 'html', html }], html);
    assert.equal(warning?.line, 2);
    assert.equal(warning?.message, 'partials/search.html lacks Material\'s search hooks: the <ol> at line 2 has class md-search-result__list but not where our script looks for it (the query and result inside the root, the list inside the result). Our search script finds its parts by them, so this search box never shows results; keep them as Material\'s search.html has them');
  });

  test('should point at line 1 and say so when no element could carry a missing hook', () => {
    const html = '\n<div class="md-search">\n<input class="md-search__input">\n</div>';
    const warning = searchHooksWarning([{ kind: 'html', html }], html);
    assert.equal(warning?.line, 1);
    assert.match(warning?.message ?? '', /^partials\/search.html lacks Material's search hooks: no element carries data-md-component="search-result" \(or class md-search-result\) and none is there to carry it; no element carries class md-search-result__list and none is there to carry it \(the warning points at line 1: no element here could carry a hook\)\. /);
    assert.equal(searchHooksWarning([{ kind: 'html', html: `<div class="md-search"><input class="md-search__input">${RESULT}</div>` }], ''), undefined);
  });
});
