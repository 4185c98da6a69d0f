/**
 * Titles as Material's templates write them (src/theme/title-html.ts): HTML as MkDocs holds it,
 * raw (its Jinja has no autoescape); a page's first-H1 title, our plain text, escaped; and the text
 * `page.title | striptags` makes for `<title>` and labels.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { htmlTitle } from '../../src/theme/base-defaults.ts';
import { titleHtml, titleText } from '../../src/theme/title-html.ts';

describe('titleHtml / titleText', () => {
  test('writes a nav or front matter title as it is, and escapes a title taken from an H1\'s text', () => {
    assert.equal(titleHtml({ title: '.chezmoi.&lt;format&gt;.tmpl' }), '.chezmoi.&lt;format&gt;.tmpl');
    assert.equal(titleHtml({ title: 'C <code>c</code>' }), 'C <code>c</code>');
    assert.equal(titleHtml({ title: 'a < b & "c"', textTitle: true }), 'a &lt; b &amp; &quot;c&quot;');
  });

  test('makes text as Jinja\'s striptags: comments and tags out, white space runs as one, references decoded last', () => {
    assert.equal(titleText({ title: ' .x.&lt;format&gt;  <code>c</code><!-- <b>no</b> -->&amp;lt; ' }), '.x.<format> c&lt;');
    assert.equal(titleText({ title: 'a <b> c', textTitle: true }), 'a <b> c', 'an H1\'s text is text already');
  });

  test('gives <title> the text a browser shows for what Material writes raw there', () => {
    assert.equal(htmlTitle({ siteName: 'S', title: '.x.&lt;f&gt; <em>e</em>', meta: {}, homepage: false }), '.x.<f> e - S');
    assert.equal(htmlTitle({ siteName: 'S', title: 'a <b> c', textTitle: true, meta: {}, homepage: false }), 'a <b> c - S');
    // `{{ page.meta.title }}` unfiltered: references decoded, tags shown as text (a title element holds text only).
    assert.equal(htmlTitle({ siteName: 'S', title: 'X', meta: { title: 'M &amp; <b>m</b>' }, homepage: false }), 'M & <b>m</b> - S');
  });
});
