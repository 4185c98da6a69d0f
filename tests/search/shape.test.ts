import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en } from '../../src/shared/languages/en.ts';
import { clientLabels, LANGUAGE_TABLES } from '../../src/shared/languages/index.ts';
import { excerptSegments, resultSummary, shapeResult, toFragment, type Fragment } from '../../src/components/search/shape.ts';

/** A fragment as Pagefind's `result.data()` returns it (the fields we read, plus noise). */
const raw = {
  url: '/guide/real-time-communication/',
  meta: { title: 'Real-Time Communication' },
  excerpt: 'Signal supports <mark>Sealed</mark> <mark>Sender</mark>.',
  word_count: 900,
  sub_results: [
    { title: 'Real-Time Communication', url: '/guide/real-time-communication/#real-time-communication', excerpt: 'intro', locations: [3], anchor: { element: 'h1', id: 'real-time-communication', location: 0 } },
    { title: 'Signal', url: '/guide/real-time-communication/#signal', excerpt: '<mark>Sealed</mark> <mark>Sender</mark> hides &lt;who&gt;', locations: [40, 41, 60, 61], anchor: { element: 'h3', id: 'signal', location: 30 } },
    { title: 'SimpleX', url: '/guide/real-time-communication/#simplex', excerpt: 'no <mark>sender</mark> ids', locations: [90], anchor: { element: 'H3', id: 'simplex', location: 80 } },
  ],
};

describe('toFragment', () => {
  test('should read url, title, excerpt and sections from Pagefind data', () => {
    const fragment = toFragment(raw);
    assert.equal(fragment?.title, 'Real-Time Communication');
    assert.deepEqual(fragment?.subResults.map((s) => [s.title, s.heading, s.matches]), [['Real-Time Communication', 'h1', 1], ['Signal', 'h3', 4], ['SimpleX', 'h3', 1]]);
  });
  test('should link the URL a page names in its url meta (an i18n fallback copy), as Pagefind\'s UI does, and its own otherwise', () => {
    assert.equal(toFragment({ url: '/fr/guide/advanced/', meta: { title: 'Advanced', url: '/guide/advanced/' }, sub_results: [] })?.url, '/guide/advanced/');
    assert.equal(toFragment({ url: '/fr/guide/', meta: { title: 'Guide', url: '' }, sub_results: [] })?.url, '/fr/guide/');
  });
  test('should fall back to the URL when the page has no title', () => {
    assert.equal(toFragment({ url: '/x/', sub_results: [] })?.title, '/x/');
  });
  test('should treat a section without anchor as the text before the first heading', () => {
    assert.equal(toFragment({ url: '/x/', sub_results: [{ url: '/x/', title: 'X' }] })?.subResults[0]?.heading, undefined);
  });
  test('should reject values that are not fragments', () => {
    assert.equal(toFragment(null), undefined);
    assert.equal(toFragment({ meta: {} }), undefined);
    assert.equal(toFragment('x'), undefined);
  });
  test('should skip malformed sub-results and keep the rest', () => {
    assert.equal(toFragment({ url: '/x/', sub_results: [1, { url: '/x/#a' }] })?.subResults.length, 1);
  });
});

describe('shapeResult', () => {
  const fragment: Fragment = toFragment(raw) ?? assert.fail('fixture is a fragment');

  test('should put the best-matching section first and link to its heading with the terms', () => {
    const shaped = shapeResult(fragment, 'Sealed Sender', { maxSections: 3, highlight: true });
    assert.equal(shaped.title, 'Real-Time Communication');
    assert.deepEqual(shaped.sections[0], {
      heading: 'Signal',
      url: '/guide/real-time-communication/?h=sealed+sender#signal',
      excerpt: [{ text: 'Sealed', marked: true }, { text: ' ', marked: false }, { text: 'Sender', marked: true }, { text: ' hides <who>', marked: false }],
    });
  });
  test('should show the <h1> section as the page itself, without a heading or fragment', () => {
    const shaped = shapeResult(fragment, 'x', { maxSections: 3, highlight: false });
    assert.deepEqual(shaped.sections.map((s) => [s.heading, s.url]), [
      ['Signal', '/guide/real-time-communication/#signal'],
      [undefined, '/guide/real-time-communication/'],
      ['SimpleX', '/guide/real-time-communication/#simplex'],
    ]);
  });
  test('should keep page order between sections with as many matches', () => {
    const shaped = shapeResult(fragment, 'x', { maxSections: 3, highlight: false });
    assert.deepEqual(shaped.sections.slice(1).map((s) => s.heading), [undefined, 'SimpleX']);
  });
  test('should show at most maxSections sections', () => {
    assert.equal(shapeResult(fragment, 'x', { maxSections: 1, highlight: false }).sections.length, 1);
  });
  test('should not add ?h= when search.highlight is off', () => {
    assert.equal(shapeResult(fragment, 'tor', { maxSections: 3, highlight: false }).url, '/guide/real-time-communication/');
  });
  test('should fall back to the page excerpt when Pagefind gives no sections', () => {
    const shaped = shapeResult({ url: '/x/', title: 'X', excerpt: 'a <mark>b</mark>', subResults: [] }, 'b', { maxSections: 3, highlight: true });
    assert.deepEqual(shaped.sections, [{ heading: undefined, url: '/x/?h=b', excerpt: [{ text: 'a ', marked: false }, { text: 'b', marked: true }] }]);
  });
});

describe('excerptSegments', () => {
  test('should split at marks and decode the entities Pagefind escapes', () => {
    assert.deepEqual(excerptSegments('a &lt;b&gt; <mark>Tor</mark>.'), [
      { text: 'a <b> ', marked: false }, { text: 'Tor', marked: true }, { text: '.', marked: false },
    ]);
  });
  test('should not decode other entities, which Pagefind leaves as page text', () => {
    assert.deepEqual(excerptSegments('AT&amp;T'), [{ text: 'AT&amp;T', marked: false }]);
  });
  test('should merge adjacent marks and give nothing for an empty excerpt', () => {
    assert.deepEqual(excerptSegments('<mark>a</mark><mark>b</mark>'), [{ text: 'ab', marked: true }]);
    assert.deepEqual(excerptSegments(''), []);
  });
  test('should keep markup-looking page text as text, never as tags', () => {
    assert.deepEqual(excerptSegments('&lt;script&gt;x'), [{ text: '<script>x', marked: false }]);
  });
});

describe('resultSummary', () => {
  test('should say there are no results, with the query', () => {
    assert.equal(resultSummary(0, ' xyzzy '), 'No results for “xyzzy”');
  });
  test('should count pages in the singular and plural', () => {
    assert.equal(resultSummary(1, 'tor'), '1 matching page');
    assert.equal(resultSummary(2, 'tor'), '2 matching pages');
  });
  test('should speak the site\'s language when given its labels', () => {
    const fr = clientLabels(LANGUAGE_TABLES['fr'] ?? en);
    assert.equal(resultSummary(0, 'tor', fr), 'Aucun résultat pour « tor »');
    assert.equal(resultSummary(1, 'tor', fr), '1 page correspondante');
    assert.equal(resultSummary(4, 'tor', fr), '4 pages correspondantes');
  });
  test('should not leave a # when a site\'s label has none (Material\'s "No matching documents")', () => {
    const own = { ...clientLabels(en), 'search.result.none': 'No matching documents' };
    assert.equal(resultSummary(0, 'tor', own), 'No matching documents');
  });
});
