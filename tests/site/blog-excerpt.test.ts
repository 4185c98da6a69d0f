/**
 * A post's excerpt and reading time (src/site/blog-excerpt.ts): the content before the
 * separator, headings a level down linked to the post, links re-based to the view, and the
 * plugin's count of minutes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { excerpt, hasSeparator, readtime, rebase } from '../../src/site/blog-excerpt.ts';

const SEP = '<!-- more -->';
const input = { postUrl: 'blog/2024/01/31/hi/', viewUrl: 'blog/', title: 'Hi', separator: SEP };

describe('a post\'s excerpt', () => {
  test('should keep what comes before the separator, and say the post goes on', () => {
    const cut = excerpt('<h1 id="hi">Hi</h1>\n<p>One</p>\n<!-- more -->\n<p>Two</p>', input);
    assert.equal(cut.html, '<h2 id="hi"><a class="toclink" href="2024/01/31/hi/">Hi</a></h2>\n<p>One</p>');
    assert.equal(cut.more, true);
  });

  test('should take the whole post when it has no separator', () => {
    const cut = excerpt('<h1 id="hi">Hi</h1><p>All</p>', input);
    assert.match(cut.html, /<p>All<\/p>$/);
    assert.equal(cut.more, false);
    assert.equal(hasSeparator('<p>x</p>', SEP), false);
  });

  test('should add the title as a heading when the post\'s content has no H1', () => {
    assert.match(excerpt('<p>Text</p>', input).html, /^<h2><a class="toclink" href="2024\/01\/31\/hi\/">Hi<\/a><\/h2>/);
  });

  test('should drop permalinks and link later headings to their anchor on the post', () => {
    const cut = excerpt('<h1 id="hi">Hi<a class="headerlink" href="#hi">¶</a></h1><h2 id="more">More<a class="headerlink" href="#more">¶</a></h2>', input);
    assert.equal(cut.html, '<h2 id="hi"><a class="toclink" href="2024/01/31/hi/">Hi</a></h2><h3 id="more"><a class="toclink" href="2024/01/31/hi/#more">More</a></h3>');
  });

  test('should re-base links relative to the post to the view, and leave external and absolute ones', () => {
    const cut = excerpt('<h1 id="hi">Hi</h1><p><a href="../../../../../about/">About</a> <img src="../img.png"> <a href="https://x.org/">X</a> <a href="/abs/">Abs</a></p>', input);
    assert.match(cut.html, /<a href="..\/about\/">About<\/a> <img src="2024\/01\/31\/img.png"> <a href="https:\/\/x.org\/">X<\/a> <a href="\/abs\/">Abs<\/a>/);
  });

  test('should keep a query and fragment when re-basing', () => {
    assert.equal(rebase('../other/?q=1#top', 'blog/2024/01/31/hi/', 'blog/page/2/'), '../../2024/01/31/other/?q=1#top');
  });
});

describe('reading time', () => {
  test('should round up words at the given rate to whole minutes', () => {
    const words = (n: number) => `<p>${Array.from({ length: n }, () => 'word').join(' ')}</p>`;
    assert.equal(readtime(words(10), 265), 1);
    assert.equal(readtime(words(300), 265), 2);
    assert.equal(readtime(words(530), 265), 2);
    assert.equal(readtime(words(601), 200), 4);
  });

  test('should add 12 seconds for the first image, one less for each next, down to 3', () => {
    // 10 images: 12+11+...+3 = 75 s, with a few words: 2 minutes.
    assert.equal(readtime(`<p>Hi</p>${'<img src="x.png">'.repeat(10)}`, 265), 2);
    assert.equal(readtime('<p>Hi</p><img src="x.png">', 265), 1);
  });
});
