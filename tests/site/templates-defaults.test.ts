/**
 * The defaults of Material 9.7's base.html blocks that depend on the page (src/theme/base-defaults.ts)
 * and Jinja's `tojson` (src/shared/jinja-json.ts). Each expected value was rendered with Jinja2 3.1
 * from mkdocs-material's src/templates/base.html (the block named in the test), with a stub context.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jinjaJson } from '../../src/shared/jinja-json.ts';
import { configJson, frontMatterMeta, htmlTitle, relativeBase, scriptEntries } from '../../src/theme/base-defaults.ts';
import { LANGUAGE_TABLES } from '../../src/shared/languages/index.ts';
import { labelLookup } from '../../src/shared/languages/lookup.ts';

describe('Jinja\'s tojson', () => {
  test('should sort keys, space items as Python does and escape non-ASCII and HTML characters', () => {
    // Jinja2 3.1: {{ data | tojson }}
    assert.equal(
      jinjaJson({ b: 'é😀', a: [1, '<x>'], c: null, d: 'it\'s & ok', t: true }),
      '{"a": [1, "\\u003cx\\u003e"], "b": "\\u00e9\\ud83d\\ude00", "c": null, "d": "it\\u0027s \\u0026 ok", "t": true}',
    );
  });

  test('should write an empty list and mapping, nested mappings sorted, and a string object as its text', () => {
    assert.equal(jinjaJson({ z: {}, y: [], x: { b: 1, a: 2 } }), '{"x": {"a": 2, "b": 1}, "y": [], "z": {}}');
    assert.equal(jinjaJson(Object('text')), '"text"');
    assert.equal(jinjaJson(undefined), 'null');
  });
});

describe('the htmltitle block\'s default', () => {
  // base.html line 90 (block htmltitle): {% if page.meta and page.meta.title %} ... {% elif page.title and not page.is_homepage %} ...
  test('should put the front matter title before the site name, on the homepage too', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'Home', meta: { title: 'Start' }, homepage: true }), 'Start - Docs');
  });

  test('should give the homepage without a front matter title the site name alone', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'Home', meta: {}, homepage: true }), 'Docs');
  });

  test('should not shorten a page whose title is the site name when it is not the homepage', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'Docs', meta: {}, homepage: false }), 'Docs - Docs');
  });

  test('should strip tags and white space runs from the page title (striptags)', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'A  <b>B</b>', meta: {}, homepage: false }), 'A B - Docs');
  });

  test('should print a YAML boolean front matter title as Python does', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'X', meta: { title: true }, homepage: false }), 'True - Docs');
  });

  test('should not use an empty front matter title', () => {
    assert.equal(htmlTitle({ siteName: 'Docs', title: 'X', meta: { title: '' }, homepage: false }), 'X - Docs');
  });
});

describe('the config block\'s default', () => {
  test('should be Material\'s __config JSON without the search worker entry', () => {
    const labels: Record<string, string> = {
      'clipboard.copy': 'Copy to clipboard', 'clipboard.copied': 'Copied to clipboard', 'search.result.placeholder': 'Type to start searching',
      'search.result.none': 'No matching documents', 'search.result.one': '1 matching document', 'search.result.other': '# matching documents',
      'search.result.more.one': '1 more on this page', 'search.result.more.other': '# more on this page', 'search.result.term.missing': 'Missing',
      'select.version': 'Select version',
    };
    // base.html line 399 (block config), rendered with base_url '..', features [announce.dismiss],
    // extra.tags {HTML5: html}, extra.version {provider: mike}; Material's "search" entry taken out.
    const expected = '{"base": "..", "features": ["announce.dismiss"], "tags": {"HTML5": "html"}, "translations": {"clipboard.copied": "Copied to clipboard", "clipboard.copy": "Copy to clipboard", "search.result.more.one": "1 more on this page", "search.result.more.other": "# more on this page", "search.result.none": "No matching documents", "search.result.one": "1 matching document", "search.result.other": "# matching documents", "search.result.placeholder": "Type to start searching", "search.result.term.missing": "Missing", "select.version": "Select version"}, "version": {"provider": "mike"}}';
    assert.equal(configJson({ base: '..', features: ['announce.dismiss'], translate: (key) => labels[key] ?? key, tags: { HTML5: 'html' }, version: { provider: 'mike' } }), expected);
  });

  test('should carry a label, not its key, for every translation in every shipped language', () => {
    for (const [tag, table] of Object.entries(LANGUAGE_TABLES)) {
      const config = JSON.parse(configJson({ base: '.', features: [], translate: labelLookup(table), tags: undefined, version: undefined })) as { translations: Record<string, string> };
      assert.equal(Object.keys(config.translations).length, 10, tag);
      for (const [key, label] of Object.entries(config.translations)) assert.notEqual(label, key, `${tag}: ${key}`);
    }
  });

  test('should carry extra.annotate (sorted in, as tojson does) only when the site sets it', () => {
    assert.match(configJson({ base: '.', features: [], translate: (key) => key, tags: undefined, version: undefined, annotate: { json: ['.s2'] } }), /^\{"annotate": \{"json": \[".s2"\]\}, "base": "\."/);
    assert.doesNotMatch(configJson({ base: '.', features: [], translate: (key) => key, tags: undefined, version: undefined, annotate: {} }), /annotate/);
  });

  test('should write null for tags and version that are not set or empty', () => {
    assert.match(configJson({ base: '.', features: [], translate: (key) => key, tags: undefined, version: {} }), /"tags": null, "translations": \{[^}]*\}, "version": null\}$/);
  });

  test('should give MkDocs\' base_url: the way up from the page\'s folder', () => {
    assert.deepEqual(['', 'landing/', 'guide/setup/', 'page.html', 'a/page.html'].map(relativeBase), ['.', '..', '../..', '.', '..']);
  });
});

describe('the front matter meta tags and the libs block\'s default', () => {
  test('should make one attribute set per entry of the meta list, and skip what is not a mapping', () => {
    assert.deepEqual(frontMatterMeta({ meta: [{ name: 'robots', content: 'noindex' }, 'x', { property: 'og:type', content: 'article' }] }), [
      { name: 'robots', content: 'noindex' },
      { property: 'og:type', content: 'article' },
    ]);
    assert.deepEqual(frontMatterMeta({ meta: 'no list' }), []);
    assert.deepEqual(frontMatterMeta({}), []);
  });

  test('should read extra.polyfills as MkDocs reads extra_javascript: paths or {path, type, defer, async}', () => {
    assert.deepEqual(scriptEntries(['a.js', { path: 'b.js', type: 'module', defer: true }, { type: 'x' }, 3]), [
      { path: 'a.js', type: undefined, defer: false, async: false },
      { path: 'b.js', type: 'module', defer: true, async: false },
    ]);
    assert.deepEqual(scriptEntries(undefined), []);
  });
});
