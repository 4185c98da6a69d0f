/** footnotes: Python-Markdown's numbering, ids and back links. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { footnotesOptions } from '../../src/markdown/extensions/footnotes/options.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const render = (value: string, extensions = [ext('footnotes')]) => renderHtml(value, extensions);

describe('footnotes', () => {
  test('should number notes by definition order, not by first reference', () => {
    const html = render('b[^b] a[^a]\n\n[^a]: A\n[^b]: B');
    assert.match(html, /<sup id="fnref:b"><a class="footnote-ref" href="#fn:b">2<\/a><\/sup>/);
    assert.match(html, /<sup id="fnref:a"><a class="footnote-ref" href="#fn:a">1<\/a><\/sup>/);
  });

  test('should give repeated references fnref2, fnref3 and one back link each', () => {
    const html = render('x[^1] y[^1] z[^1]\n\n[^1]: N');
    assert.match(html, /id="fnref2:1"/);
    assert.match(html, /id="fnref3:1"/);
    assert.equal(html.match(/class="footnote-backref"/g)?.length, 3);
  });

  test('should put the back link in the last paragraph after a no-break space', () => {
    assert.match(render('x[^1]\n\n[^1]: Note'), /<p>Note\u00a0<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">↩<\/a><\/p>/);
  });

  test('should put the back link in a new paragraph when the note ends with a list', () => {
    assert.match(render('x[^1]\n\n[^1]: - item'), /<\/ul>\s*<p><a class="footnote-backref"/);
  });

  test('should list a note that is never referenced', () => {
    assert.match(render('text\n\n[^u]: Unused'), /<li id="fn:u">/);
  });

  test('should not turn an undefined reference into a footnote', () => {
    assert.equal(render('x[^nope]'), '<p>x[^nope]</p>');
  });

  test('should not turn a reference in inline code into a footnote', () => {
    assert.match(render('`[^1]` x\n\n[^1]: N'), /<code>\[\^1\]<\/code> x<\/p>/);
  });

  test('should count references in Python-Markdown inline order: nested blocks after top-level text', () => {
    const html = render('> quoted[^1]\n\ntop[^1]\n\n[^1]: N');
    assert.match(html, /quoted<sup id="fnref2:1">/);
    assert.match(html, /top<sup id="fnref:1">/);
  });

  test("should count references level by level: a quote's own text before the quote nested in it", () => {
    // Python-Markdown 3.10 walks breadth first (the two quotes merge into one, as in Python).
    const html = render('> first[^1]\n>\n> > deeper[^1]\n\n> second[^1]\n\n[^1]: N', [{ name: 'footnotes', options: {} }]);
    assert.match(html, /first<sup id="fnref:1">/);
    assert.match(html, /second<sup id="fnref2:1">/);
    assert.match(html, /deeper<sup id="fnref3:1">/);
  });

  test('should not count the references of a table before the text that follows it', () => {
    const html = render('| H[^1] |\n|---|\n| r[^1] |\n\nafter[^1]\n\n[^1]: N', [{ name: 'footnotes', options: {} }, { name: 'tables', options: {} }]);
    assert.match(html, /after<sup id="fnref:1">/);
    assert.match(html, /H<sup id="fnref2:1">/);
    assert.match(html, /r<sup id="fnref3:1">/);
  });

  test('should number notes by first reference with USE_DEFINITION_ORDER: false, unreferenced ones last', () => {
    const html = render('b[^b] a[^a]\n\n[^a]: A\n[^u]: U\n[^b]: B', [{ name: 'footnotes', options: { USE_DEFINITION_ORDER: false } }]);
    assert.match(html, /href="#fn:b">1<\/a>.*href="#fn:a">2<\/a>/s);
    assert.deepEqual([...html.matchAll(/<li id="fn:(\w)">/g)].map((m) => m[1]), ['b', 'a', 'u']);
    assert.match(html, /href="#fnref:u" title="Jump back to footnote 3 in the text"/);
  });

  test('should not reorder notes by reference when USE_DEFINITION_ORDER is left on', () => {
    const html = render('b[^b] a[^a]\n\n[^a]: A\n[^u]: U\n[^b]: B');
    assert.deepEqual([...html.matchAll(/<li id="fn:(\w)">/g)].map((m) => m[1]), ['a', 'u', 'b']);
  });

  test('should put the notes in place of the paragraph holding PLACE_MARKER, even in a quote', () => {
    assert.match(render('Top\n\n> ///Footnotes Go Here///\n\nx[^1]\n\n[^1]: N'), /<blockquote>\s*<div class="footnote">[\s\S]*<\/blockquote>\s*<p>x<sup/);
  });

  test('should not move the notes when no paragraph holds the marker', () => {
    assert.match(render('Top ///Footnotes///\n\nx[^1]\n\n[^1]: N'), /<\/p>\s*<div class="footnote">[\s\S]*<\/div>$/);
  });

  test('should turn a reference inside a note into a footnote reference too', () => {
    assert.match(render('x[^a]\n\n[^a]: A refers to[^b]\n[^b]: B'), /A refers to<sup id="fnref:b"><a class="footnote-ref" href="#fn:b">2<\/a><\/sup>/);
  });

  test('should use BACKLINK_TITLE and SEPARATOR options', () => {
    const html = render('x[^1]\n\n[^1]: N', [{ name: 'footnotes', options: { SEPARATOR: '-', BACKLINK_TITLE: 'Back to %d' } }]);
    assert.match(html, /id="fnref-1"/);
    assert.match(html, /title="Back to 1"/);
  });
});

describe('footnotes options', () => {
  const withOptions = (value: string, options: Record<string, unknown>) => render(value, [{ name: 'footnotes', options }]);
  test('should read every option with Python-Markdown defaults', () => {
    assert.deepEqual(footnotesOptions({}), {
      separator: ':', backlinkText: '\u21a9', backlinkTitle: 'Jump back to footnote {} in the text', superscriptText: '{}',
      placeMarker: '///Footnotes Go Here///', idPrefix: '', useDefinitionOrder: true,
    });
  });
  test('should prefix ids with UNIQUE_IDS as a fresh MkDocs page does', () => {
    assert.match(withOptions('a[^1]\n\n[^1]: n', { UNIQUE_IDS: true }), /id="fnref:2-1".*id="fn:2-1"/s);
  });
  test('should put the list where PLACE_MARKER stands', () => {
    assert.match(withOptions('~m~\n\na[^1]\n\n[^1]: n', { PLACE_MARKER: '~m~' }), /^<div class="footnote">/);
  });
  test('should not move the list when the marker is absent', () => {
    assert.match(withOptions('a[^1]\n\n[^1]: n', { PLACE_MARKER: '~m~' }), /^<p>a/);
  });
  test('should number by first reference with USE_DEFINITION_ORDER false', () => {
    const html = withOptions('b[^b] a[^a]\n\n[^a]: A\n[^b]: B', { USE_DEFINITION_ORDER: false });
    assert.match(html, /href="#fn:b">1<.*href="#fn:a">2</s);
    assert.match(html, /<li id="fn:b">.*<li id="fn:a">/s);
  });
  test('should not reorder by reference with the default USE_DEFINITION_ORDER', () => {
    assert.match(withOptions('b[^b] a[^a]\n\n[^a]: A\n[^b]: B', {}), /<li id="fn:a">.*<li id="fn:b">/s);
  });
  test('should number and link a reference inside another note', () => {
    assert.match(withOptions('a[^1]\n\n[^1]: see[^2]\n[^2]: n', {}), /<li id="fn:1">\n<p>see<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2<\/a>/);
  });
});
