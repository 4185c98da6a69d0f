/**
 * src/site/active-plugins.ts `searchEnabled`: Material's search plugin runs when mkdocs.yml lists it
 * (as `search` or `material/search`, also in an enabled `group`) and does not disable it. With
 * no `plugins:` at all, MkDocs lists it itself (src/config/normalize.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchEnabled } from '../../src/site/active-plugins.ts';

const plugin = (name: string, options: Record<string, unknown> = {}) => ({ name, options });

describe('searchEnabled', () => {
  test('is on when search is listed, by either name', () => {
    assert.equal(searchEnabled([plugin('search')]), true);
    assert.equal(searchEnabled([plugin('tags'), plugin('material/search', { lang: 'en' })]), true);
  });

  test('is off when plugins are listed without search, or search is disabled', () => {
    assert.equal(searchEnabled([]), false);
    assert.equal(searchEnabled([plugin('tags'), plugin('mkdocstrings')]), false);
    assert.equal(searchEnabled([plugin('search', { enabled: false })]), false);
  });

  test('follows a group: on inside an enabled one, off inside a disabled one', () => {
    assert.equal(searchEnabled([plugin('group', { enabled: true, plugins: ['search'] })]), true);
    assert.equal(searchEnabled([plugin('group', { enabled: false, plugins: ['search'] })]), false);
  });
});
