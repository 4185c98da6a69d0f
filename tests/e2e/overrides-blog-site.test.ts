/**
 * tests/fixtures/overrides-blog built end to end: a blog whose partials/post.html draws each
 * excerpt on every view (index, its further page, archive and category pages) inside our
 * blog.html with our pager, and whose blog-post.html adds a footer after our post layout.
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
  test('should draw the site\'s excerpt card for each post of a view, newest first, two a page, with our pager', () => {
    const index = read('blog');
    assert.deepEqual(cards(index), ['March 10, 2024 · Release · Ann Example', 'February 10, 2024 · Release, Tips · Ann Example']);
    assert.match(squash(index), /<div class="md-content__inner"><header class="md-typeset" data-pagefind-body><h1 id="news">News<\/h1> ?<p>What is new.<\/p><\/header><article class="md-post md-post--excerpt fixture-card">/);
    assert.match(index, /<a class="fixture-card__more" href="\/blog\/2024\/03\/10\/post-3\/">Continue reading<\/a>/);
    assert.match(index, /<nav class="md-pagination"><span class="md-pagination__current">1<\/span> <a href="page\/2\/" class="md-pagination__link">2<\/a><\/nav>/);
    assert.equal((index.match(/class="md-post md-post--excerpt/g) ?? []).length, 2, 'ours are not drawn too');
    const second = read('blog/page/2');
    assert.deepEqual(cards(second), ['January 10, 2024 · Release · Ann Example']);
    assert.match(second, /<a href="..\/..\/" class="md-pagination__link">1<\/a> <span class="md-pagination__current">2<\/span>/);
  });

  test('should draw the cards on archive and category views too', () => {
    assert.equal(cards(read('blog/archive/2024')).length, 2);
    assert.deepEqual(cards(read('blog/category/tips')), ['February 10, 2024 · Release, Tips · Ann Example']);
  });

  test('should draw the site\'s post footer after our post layout, with the plugin\'s dates and the blog index', () => {
    const post = read('blog/2024/02/10/post-2');
    const container = squash(between(post, '<div class="md-main__inner md-grid">', '</main>'));
    assert.match(container, /<div class="md-content md-content--post" data-md-component="content"[^]*<article class="md-content__inner md-typeset" data-pagefind-body><h1 id="post-2">Post 2<\/h1>[^]*<\/article><\/div> ?<aside class="fixture-post-footer">Posted February 10, 2024 \(2024-02-10 00:00:00\) in Release, Tips; back to <a href="\/blog\/">News<\/a><\/aside>/);
    assert.equal((post.match(/md-content--post/g) ?? []).length, 1);
  });

  test('should build without a template warning', () => {
    assert.match(site.stdout + site.stderr, / 0 warnings, 0 errors/);
  });
});
