/**
 * src/search/search-document.ts: Pagefind is handed a page without what lies outside the element
 * it indexes, only when that changes nothing in the index (checked against the real Pagefind
 * binary), and the page whole when Pagefind would read something in the parts left out.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchDocument } from '../../src/search/search-document.ts';
import { searchBundle } from '../helpers/search-bundle.ts';

/** A page as the layout draws one: nav, ToC and footer around the article Pagefind indexes. */
const page = ({ header = '', article = '<h1 id="title">Title</h1><p>Bodyword.</p>', footer = '' } = {}) =>
  `<!doctype html><html lang="en"><head><title>Title - Site</title><meta charset="utf-8"></head><body dir="ltr" data-md-color-scheme="default">
<header class="md-header" id="top"><img src="logo.png" alt="Logo"><div class="md-header__title">Site</div>${header}</header>
<nav class="md-nav md-nav--primary" id="__nav"><label class="md-nav__title" for="__drawer">Site</label><ul><li id="__nav_1"><a href="a/">Navword<svg viewBox="0 0 24 24"><path d="M0 0"/></svg></a></li></ul></nav>
<form class="md-search__form"><input name="query"></form>
<nav class="md-nav md-nav--secondary" id="__toc"><a href="#intro">Tocword</a></nav>
<div class="md-content"><article class="md-content__inner md-typeset" data-pagefind-body>${article}</article></div>
<footer class="md-footer">Footerword${footer}</footer><script src="x.js"></script></body></html>`;

describe('searchDocument', () => {
  test('should leave out what lies between <body> and the article and after it, keeping <head>', () => {
    const doc = searchDocument(page());
    assert.match(doc, /^<!doctype html><html lang="en"><head><title>Title - Site<\/title>/);
    assert.match(doc, /<body dir="ltr" data-md-color-scheme="default"><article class="md-content__inner md-typeset" data-pagefind-body><h1 id="title">Title<\/h1><p>Bodyword.<\/p><\/article><\/body><\/html>$/);
    assert.doesNotMatch(doc, /Navword|Tocword|Footerword|md-search/);
  });

  test('should make the same index as the whole pages (titles, images, anchors, excluded parts)', async () => {
    const pages = {
      'index.html': page(),
      'a/index.html': page({ article: '<h1 id="a">A page</h1><p>Intro <img src="a.png" alt="An image"> text.</p><h2 id="more">More<a class="headerlink" href="#more">¶</a></h2><p>Tail <span id="x">word</span>.</p><div data-search-exclude><p>Hiddenword</p></div>' }),
      'b/index.html': page({ article: '<p>No title here.</p><nav class="md-tags" data-pagefind-index-attrs="data-md-tags" data-md-tags="One, Two"></nav>' }),
    };
    const whole = await searchBundle(pages);
    const cut = await searchBundle(Object.fromEntries(Object.entries(pages).map(([file, html]) => [file, searchDocument(html)])));
    assert.ok(Object.values(pages).every((html) => searchDocument(html) !== html), 'every page is cut');
    assert.deepEqual([...cut.keys()].sort(), [...whole.keys()].sort());
    for (const [name, bytes] of whole) assert.ok(cut.get(name)?.equals(bytes), name);
  });

  test('should hand the page whole when Pagefind would read something in the parts left out', () => {
    const wholePages = [
      // The first <h1> of the page is the result's title.
      page({ header: '<h1>Hero title</h1>' }),
      // Meta, filters and sort are read wherever they stand.
      page({ header: '<span data-pagefind-meta="author">Me</span>' }),
      page({ footer: '<span data-pagefind-filter="kind">guide</span>' }),
      // The first image after the title is the result's image, when the article has none.
      page({ footer: '<img src="footer.png" alt="">' }),
      // A second element marked as body.
      page({ footer: '<div data-pagefind-body>More</div>' }),
    ];
    for (const html of wholePages) assert.equal(searchDocument(html), html);
  });

  test('should hand the page whole when the article is inside an element Pagefind leaves out', () => {
    const inside = (open: string, close: string) => page().replace('<div class="md-content">', `${open}<div class="md-content">`).replace('</div>\n<footer', `</div>${close}\n<footer`);
    for (const [open, close] of [['<nav>', '</nav>'], ['<form>', '</form>'], ['<div data-search-exclude>', '</div>']] as const) {
      const html = inside(open, close);
      assert.equal(searchDocument(html), html, open);
    }
  });

  test('should hand a page without one article marked data-pagefind-body whole', () => {
    const none = '<!doctype html><html><head></head><body><p>google-site-verification</p></body></html>';
    assert.equal(searchDocument(none), none);
    const two = page({ article: '<h1>T</h1><article data-pagefind-body>Inner</article>' });
    assert.equal(searchDocument(two), two);
  });
});
