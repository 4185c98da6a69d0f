/**
 * tests/fixtures/overrides-blog built end to end: a blog whose partials/post.html draws each
 * excerpt on every view (index, its further page, archive and category pages) inside our
 * blog.html, but fails on one post (that excerpt alone is ours, with a warning at its line), whose
 * pagination.html links to `page.url | url` (the blog plugin's patched filter: a further page
 * links to the view's first), and whose blog-post.html adds a footer after our post layout.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { between } from '../helpers/html-between.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { OVERRIDES_BLOG } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (url: string) => readFileSync(path.join(site.dir, url, 'index.html'), 'utf8');
before(async () => {
  site = await sharedSite(OVERRIDES_BLOG);
});

const squash = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ');
const cards = (html: string) => [...html.matchAll(/<p class="fixture-card__meta">([^<]*)<\/p>/g)].map((m) => m[1]);

describe('a blog that overrides Material\'s blog templates', () => {
  test('should draw the site\'s excerpt card for each post of a view, newest first, two a page, and ours for the post its post.html fails on', () => {
    const index = read('blog');
    assert.deepEqual(cards(index), ['March 10, 2024 · Release · Ann Example']);
    assert.match(squash(index), /<div class="md-content__inner"><header class="md-typeset" data-pagefind-body><h1 id="news">News<\/h1> ?<p>What is new.<\/p><\/header><article class="md-post md-post--excerpt fixture-card">/);
    assert.match(index, /<a class="fixture-card__more" href="\/blog\/2024\/03\/10\/post-3\/">Continue reading<\/a>/);
    assert.match(squash(index), /<article class="md-post md-post--excerpt"><header class="md-post__header">[^]*<time datetime="2024-02-10 00:00:00">February 10, 2024<\/time>[^]*<\/article> ?<nav class="md-pagination">/, 'the Tips post: our excerpt, in its place');
    assert.match(index, /<nav class="md-pagination"><span class="md-pagination__current">1<\/span> <a href="page\/2\/" class="md-pagination__link">2<\/a><\/nav>/);
    assert.equal((index.match(/class="md-post md-post--excerpt/g) ?? []).length, 2, 'one excerpt per post, not two');
    const second = read('blog/page/2');
    assert.deepEqual(cards(second), ['January 10, 2024 · Release · Ann Example']);
    assert.match(second, /<a href="..\/..\/" class="md-pagination__link">1<\/a> <span class="md-pagination__current">2<\/span>/);
  });

  test('should give the site\'s pagination.html the blog plugin\'s url filter: a further page\'s link to itself leads to the view\'s first page', () => {
    const start = (html: string) => /<p class="fixture-pager-start"><a href="([^"]*)">/.exec(html)?.[1];
    assert.equal(start(read('blog')), '/blog/');
    assert.equal(start(read('blog/page/2')), '/blog/', 'not /blog/page/2/');
    assert.equal(start(read('blog/archive/2024')), '/blog/archive/2024/');
  });

  test('should draw the cards on archive and category views too, ours for the failing post', () => {
    assert.equal((read('blog/archive/2024').match(/class="md-post md-post--excerpt/g) ?? []).length, 2);
    assert.deepEqual(cards(read('blog/category/tips')), []);
    assert.match(squash(read('blog/category/tips')), /<article class="md-post md-post--excerpt"> ?<header class="md-post__header">/);
  });

  test('should draw the site\'s post footer after our post layout, with the plugin\'s dates and the blog index', () => {
    const post = read('blog/2024/02/10/post-2');
    const container = squash(between(post, '<div class="md-main__inner md-grid">', '</main>'));
    assert.match(container, /<div class="md-content md-content--post" data-md-component="content"[^]*<article class="md-content__inner md-typeset" data-pagefind-body><h1 id="post-2">Post 2<\/h1>[^]*<\/article><\/div> ?<aside class="fixture-post-footer">Posted February 10, 2024 \(2024-02-10 00:00:00\) in Release, Tips; back to <a href="\/blog\/">News<\/a><\/aside>/);
    assert.equal((post.match(/md-content--post/g) ?? []).length, 1);
  });

  test('should warn once, at the line of post.html that fails, and nothing else', () => {
    const output = site.stdout + site.stderr;
    assert.match(output, /theme\/partials\/post\.html:4:\d+: warning: template: Unable to call `tips_badge`, which is undefined or falsey; that post's excerpt is drawn by our post\.html, the others by the site's/);
    assert.match(output, / 1 warnings, 0 errors/);
  });
});
