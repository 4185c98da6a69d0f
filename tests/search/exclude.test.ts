/**
 * src/search/exclude.ts: which pages Material's search leaves out (front matter
 * `search: {exclude: true}`), none at all without the search plugin, and the section a heading
 * marked `data-search-exclude` starts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { excludedFromSearch, indexedPages, searchedPages, withExcludedSections } from '../../src/search/exclude.ts';
import { excludeSearchRules } from '../../src/site/exclude-search.ts';

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

describe('withExcludedSections', () => {
  test('marks what follows a marked heading, up to the next heading with an id', () => {
    const html = withExcludedSections('<article><h2 id="a" data-search-exclude>A</h2><p>x</p><div><p>y</p></div><h3>untitled</h3><p>z</p><h2 id="b">B</h2><p>w</p></article>');
    assert.match(html, /<p data-pagefind-ignore="">x<\/p><div data-pagefind-ignore=""><p>y<\/p><\/div>/);
    // A heading without an id starts no section of its own (Material's search), so the skip goes on.
    assert.match(html, /<h3>untitled<\/h3><p data-pagefind-ignore="">z<\/p>/);
    assert.match(html, /<h2 id="b">B<\/h2><p>w<\/p>/);
  });

  test('leaves a page without a marked heading as it is, byte for byte', () => {
    const html = '<article><h2 id="a">A</h2><p data-search-exclude>x</p></article>';
    assert.equal(withExcludedSections(html), html);
  });
});

describe('withExcludedSections with mkdocs-exclude-search\'s rules for the page', () => {
  const page = '<p>Intro</p><h2 id="a">A</h2><p>In a</p><h2 id="b">B</h2><p>In b</p>';
  const ignored = (html: string) => [...html.matchAll(/<(\w+)[^>]*data-pagefind-ignore[^>]*>([^<]*)/g)].map((match) => `${match[1] ?? ''}:${match[2] ?? ''}`);

  test('leaves out a section it names, its heading with it, and the page\'s own text when it says so', () => {
    assert.deepEqual(ignored(withExcludedSections(page, { intro: false, section: (id) => id === 'a' })), ['h2:A', 'p:In a']);
    assert.deepEqual(ignored(withExcludedSections(page, { intro: true, section: () => false })), ['p:Intro']);
  });

  test('takes a first h1\'s section as the page\'s own record, as Material\'s search parser does, inside Pagefind\'s body element', () => {
    const titled = '<html><body><nav><h1 id="site">Site</h1></nav><article data-pagefind-body><h1 id="t">T</h1><p>Intro</p><h2 id="a">A</h2><p>In a</p></article></body></html>';
    assert.deepEqual(ignored(withExcludedSections(titled, { intro: true, section: () => false })), ['h1:T', 'p:Intro']);
    assert.deepEqual(ignored(withExcludedSections(titled, { intro: false, section: () => true })), ['h2:A', 'p:In a'], 'no rule names the first h1\'s id');
  });

  test('changes nothing that its rules keep, and leaves the page as it is without them', () => {
    assert.deepEqual(ignored(withExcludedSections(page, { intro: false, section: () => false })), []);
    assert.equal(withExcludedSections(page), page);
  });
});

describe('searchedPages', () => {
  const toc = (...ids: Array<[number, string]>) => ids.map(([level, id]) => ({ level, id, name: id, children: [] }));
  const pages = [
    { url: 'private/notes/', meta: {}, toc: toc([1, 'notes'], [2, 'more']) },
    { url: 'private/faq/', meta: {}, toc: toc([1, 'faq'], [2, 'public']) },
    { url: 'guide/', meta: {}, toc: toc([1, 'guide']) },
    { url: 'hidden/', meta: { search: { exclude: true } }, toc: [] },
  ];
  const rules = excludeSearchRules({ exclude: ['private/*'], ignore: ['private/faq.md#public'], excludeTags: false });

  test('drops a page mkdocs-exclude-search leaves nothing of (its first h1 is its own record), and those its meta excludes', () => {
    const taken = searchedPages(pages, true, rules);
    assert.deepEqual(taken.map(({ page, exclusion }) => [page.url, exclusion === undefined]), [['private/faq/', false], ['guide/', true]], 'no rule names guide/');
  });

  test('takes every page but those its meta excludes without the plugin, and none without search', () => {
    assert.deepEqual(searchedPages(pages, true, undefined).map(({ page }) => page.url), ['private/notes/', 'private/faq/', 'guide/']);
    assert.deepEqual(searchedPages(pages, false, rules), []);
  });
});
