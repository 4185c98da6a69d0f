/**
 * Material's blog plugin end to end: tests/fixtures/blog-site built by the CLI. Twelve posts
 * and a draft: the index with ten excerpts and page 2, a post's page with its sidebar, the
 * archive and category pages, the nav with Archive and Categories, and no warning.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { BLOG_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (file: string): string => readFileSync(path.join(site.dir, file), 'utf8');
/** Material's content container of a page. */
const content = (file: string): string => {
  const html = read(file);
  return html.slice(html.indexOf('<div class="md-content'), html.indexOf('</main>'));
};
/** Each excerpt's title and link, in order. */
const excerpts = (file: string) => [...content(file).matchAll(/<article class="md-post md-post--excerpt">[\s\S]*?<a class="toclink" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`);

describe('building tests/fixtures/blog-site', () => {
  before(async () => {
    site = await sharedSite(BLOG_SITE);
  });

  test('should build without a warning, the blog plugin supported', () => {
    assert.match(site.stdout, /, 0 warnings, 0 errors/);
    assert.doesNotMatch(site.stdout + site.stderr, /not supported/);
  });

  test('should list ten excerpts on the index under its own content, the pinned post first, then newest first', () => {
    const index = content('blog/index.html');
    assert.match(index, /^<div class="md-content" data-md-component="content"[^>]*><div class="md-content__inner"><header class="md-typeset" data-pagefind-body><h1 id="blog">Blog/);
    const listed = excerpts('blog/index.html');
    assert.equal(listed.length, 10);
    assert.deepEqual(listed.slice(0, 3), ['Read this first -> 2023/01/10/read-this-first/', 'Note number 9 -> 2024/09/09/note-number-9/', 'Note number 8 -> 2024/08/08/note-number-8/']);
    assert.match(index, /<article class="md-post md-post--excerpt"><header class="md-post__header"><div class="md-post__meta md-meta"><ul class="md-meta__list"><li class="md-meta__item"><time datetime="2023-01-10 00:00:00">January 10, 2023<\/time><\/li><li class="md-meta__item">1 min read<\/li><\/ul><span class="md-pin"><\/span><\/div><\/header>/);
  });

  test('should cut an excerpt at <!-- more -->, link it to its post, and draw its author and categories', () => {
    const index = content('blog/index.html');
    const hello = index.slice(index.indexOf('March 15, 2024') - 400, index.indexOf('id="hello-world"') + 600);
    assert.match(hello, /<nav class="md-post__authors md-typeset"><span class="md-author"><img src="https:\/\/example.com\/jane.png" alt="Jane Doe"><\/span><\/nav>/, 'one author: post_excerpt_max_authors');
    assert.match(hello, /<li class="md-meta__item">in <a href="category\/news\/" class="md-meta__link">News<\/a><\/li>/);
    assert.match(hello, /<p>The first words of the blog, with a link to <a href="2023\/06\/01\/first-release\/">the first release<\/a>.<\/p><nav class="md-post__action"><a href="2024\/03\/15\/hello-world\/">Continue reading<\/a><\/nav>/);
    assert.doesNotMatch(index, /After the fold/);
  });

  test('should paginate at ten posts: page 1 links page 2, page 2 holds the rest and links back', () => {
    assert.match(content('blog/index.html'), /<nav class="md-pagination"><span class="md-pagination__current">1<\/span><a class="md-pagination__link" href="page\/2\/">2<\/a><\/nav>/);
    const second = content('blog/page/2/index.html');
    assert.match(second, /<header class="md-typeset" data-pagefind-body><h1 id="blog">Blog<\/h1><\/header>/);
    assert.deepEqual(excerpts('blog/page/2/index.html'), ['Note number 2 -> ../../2023/02/02/note-number-2/', 'Note number 1 -> ../../2023/01/01/note-number-1/']);
    assert.match(second, /<nav class="md-pagination"><a class="md-pagination__link" href="..\/..\/">1<\/a><span class="md-pagination__current">2<\/span><\/nav>/);
  });

  test('should draw a post with its sidebar: back to the index, authors, date, update, categories, reading time', () => {
    const post = content('blog/2023/06/01/first-release/index.html');
    assert.match(post, /^<div class="md-content md-content--post"[^>]*><div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation">/);
    assert.match(post, /<div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="\/blog\/" class="md-nav__link"><svg[^>]*>[\s\S]*?<\/svg><span class="md-ellipsis">Back to index<\/span><\/a>/);
    assert.match(post, /<div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="https:\/\/example.com\/joe.png" alt="Joe Bloggs"><\/span><span class="md-profile__description"><strong>Joe Bloggs<\/strong><br>Contributor<\/span><\/div>/);
    assert.match(post, /<time datetime="2023-06-01 00:00:00" class="md-ellipsis">June 1, 2023<\/time>[\s\S]*<time datetime="2023-07-01 00:00:00" class="md-ellipsis">July 1, 2023<\/time>/);
    assert.match(post, /<span class="md-ellipsis">in <a href="\/blog\/category\/release-notes\/">Release Notes<\/a>, <a href="\/blog\/category\/news\/">News<\/a><\/span>/);
    assert.match(post, /<article class="md-content__inner md-typeset" data-pagefind-body><h1 id="release-10">Release 1.0/);
    assert.match(post, /Everything that changed\./, 'the whole post, past the separator');
  });

  test('should hide the site nav on a post, as Material\'s posts do', () => {
    assert.match(read('blog/2024/03/15/hello-world/index.html'), /class="md-sidebar md-sidebar--primary"[^>]*hidden/);
  });

  test('should draw a post\'s own reading time', () => {
    assert.match(content('blog/2024/09/09/note-number-9/index.html'), /<span class="md-ellipsis">7 min read<\/span>/);
  });

  test('should make an archive page per year and a page per category, each listing its posts', () => {
    assert.deepEqual(excerpts('blog/archive/2023/index.html').map((line) => line.split(' -> ')[0]), ['Read this first', 'Release 1.0', 'Note number 4', 'Note number 3', 'Note number 2', 'Note number 1']);
    assert.match(content('blog/archive/2024/index.html'), /<header class="md-typeset" data-pagefind-body><h1 id="2024">2024<\/h1><\/header>/);
    assert.deepEqual(excerpts('blog/category/news/index.html'), ['Hello world -> ../../2024/03/15/hello-world/', 'Release 1.0 -> ../../2023/06/01/first-release/']);
    assert.deepEqual(excerpts('blog/category/release-notes/index.html').map((line) => line.split(' -> ')[0]), ['Release 1.0']);
  });

  test('should leave the draft out of the build, and posts out of their source folder', () => {
    assert.equal(existsSync(path.join(site.dir, 'blog/2024/05/01/work-in-progress/index.html')), false);
    assert.doesNotMatch(content('blog/index.html'), /Work in progress/);
    assert.equal(existsSync(path.join(site.dir, 'blog/posts')), false);
  });

  test('should draw the nav with Archive and Categories beside the blog index, and no post in it', () => {
    const nav = read('index.html').match(/<nav class="md-nav md-nav--primary"[\s\S]*?<\/nav><\/div>/)?.[0] ?? '';
    const links = [...nav.matchAll(/<a href="([^"]+)" class="md-nav__link[^"]*"[^>]*><span class="md-ellipsis">([^<]+)<\/span>/g)].map((m) => `${m[2]} ${m[1]}`);
    assert.deepEqual(links, ['Home /', 'Blog /blog/', '2024 /blog/archive/2024/', '2023 /blog/archive/2023/', 'News /blog/category/news/', 'Release Notes /blog/category/release-notes/']);
    assert.match(nav, /<span class="md-ellipsis">Archive<\/span>[\s\S]*<span class="md-ellipsis">Categories<\/span>/);
    assert.doesNotMatch(nav, /Hello world|Note number/);
  });

  test('should mark the blog index active in the nav on its further pages, and an archive page on its own', () => {
    const active = (file: string) => [...read(file).matchAll(/<a href="([^"]+)" class="md-nav__link md-nav__link--active"/g)].map((m) => m[1]);
    assert.deepEqual(active('blog/page/2/index.html'), ['/blog/']);
    assert.deepEqual(active('blog/archive/2024/index.html'), ['/blog/archive/2024/']);
  });

  test('should rewrite a link to a post\'s Markdown file to the post\'s URL', () => {
    assert.match(content('index.html'), /<a href="blog\/2024\/03\/15\/hello-world\/">Hello world<\/a>/);
  });
});
