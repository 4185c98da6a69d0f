/**
 * The blog plugin's posts (src/site/blog-posts.ts): which pages are posts, their URLs by
 * post_url_format and their slugs, drafts, pinned posts, and what a post without front matter
 * or date becomes.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { blogOptions, type BlogOptions } from '../../src/site/blog-options.ts';
import { blogPosts, inFolder, postPath } from '../../src/site/blog-posts.ts';
import { discoveredPage } from '../../src/site/discover.ts';

const DOCS = '/docs';
function options(raw: Record<string, unknown> = {}, serve = false): BlogOptions {
  const read = blogOptions([{ name: 'blog', options: raw }], serve).options;
  assert.ok(read);
  return read;
}
/** Posts from in-memory files: `{ 'blog/posts/a.md': '---\ndate: ...' }`. */
function place(files: Record<string, string>, raw: Record<string, unknown> = {}, settings: { useDirectoryUrls?: boolean; now?: Date; serve?: boolean } = {}) {
  const useDirectoryUrls = settings.useDirectoryUrls ?? true;
  const pages = Object.keys(files).map((src) => discoveredPage(src, useDirectoryUrls));
  const read = (file: string) => {
    const text = files[path.relative(DOCS, file).split(path.sep).join('/')];
    if (text === undefined) throw new Error('ENOENT');
    return text;
  };
  return blogPosts(DOCS, pages, options(raw, settings.serve), { useDirectoryUrls, language: 'en', now: settings.now, read });
}
const post = (front: string, body = '# A title\n\nText.\n') => `---\n${front}\n---\n\n${body}`;

describe('blog posts', () => {
  test('should place a post at {date}/{slug} under blog_dir, the slug made of its first H1', () => {
    const found = place({ 'blog/posts/hello.md': post('date: 2024-01-31', '# Hello, World!\n\nText.\n') });
    assert.deepEqual(found.pages.map((page) => [page.src, page.url, page.dest]), [['blog/posts/hello.md', 'blog/2024/01/31/hello-world/', 'blog/2024/01/31/hello-world/index.html']]);
    assert.equal(found.posts[0]?.title, 'Hello, World!');
    assert.deepEqual(found.messages, []);
  });

  test('should take the slug from front matter slug, else title, else the first H1, else the file name', () => {
    const found = place({
      'blog/posts/a.md': post('date: 2024-01-01\nslug: custom\ntitle: Ignored'),
      'blog/posts/b.md': post('date: 2024-01-02\ntitle: From Title'),
      'blog/posts/c-post_name.md': post('date: 2024-01-03', 'No heading here.\n'),
    });
    assert.deepEqual(found.pages.map((page) => page.url), ['blog/2024/01/01/custom/', 'blog/2024/01/02/from-title/', 'blog/2024/01/03/c-post-name/']);
  });

  test('should leave pages outside post_dir alone, also a sibling folder whose name starts the same', () => {
    const found = place({ 'index.md': '# Home\n', 'blog/index.md': '# Blog\n', 'blog/posts-old/x.md': '# X\n', 'blog/posts/a.md': post('date: 2024-01-01') });
    assert.deepEqual(found.pages.map((page) => page.url), ['', 'blog/', 'blog/posts-old/x/', 'blog/2024/01/01/a-title/']);
    assert.equal(inFolder('blog/posts', 'blog/posts-old/x.md'), false);
  });

  test('should follow post_url_format with {categories}, {file} and post_url_date_format', () => {
    const raw = { post_url_format: '{categories}/{date}/{file}', post_url_date_format: 'yyyy' };
    const found = place({ 'blog/posts/my-note.md': post('date: 2024-05-06\ncategories: [Release Notes, News]') }, raw);
    assert.equal(found.pages[0]?.url, 'blog/release-notes/2024/my-note/');
  });

  test('should write URLs without use_directory_urls as .html files', () => {
    const found = place({ 'blog/posts/a.md': post('date: 2024-01-31') }, {}, { useDirectoryUrls: false });
    assert.deepEqual([found.pages[0]?.url, found.pages[0]?.dest], ['blog/2024/01/31/a-title.html', 'blog/2024/01/31/a-title.html']);
  });

  test('should put a root blog (blog_dir: .) at the top of the site', () => {
    const found = place({ 'posts/a.md': post('date: 2024-01-31') }, { blog_dir: '.' });
    assert.equal(found.pages[0]?.url, '2024/01/31/a-title/');
  });

  test('should sort posts newest first, pinned posts before the others', () => {
    const found = place({
      'blog/posts/old.md': post('date: 2022-01-01', '# Old\n'),
      'blog/posts/new.md': post('date: 2024-01-01', '# New\n'),
      'blog/posts/pinned.md': post('date: 2020-01-01\npin: true', '# Pinned\n'),
      'blog/posts/mid.md': post('date: {created: 2023-01-01, updated: 2024-06-01}', '# Mid\n'),
    });
    assert.deepEqual(found.posts.map((item) => item.title), ['Pinned', 'New', 'Mid', 'Old']);
  });

  test('should leave drafts out of the build, unless drafts are built (draft: true, or serve)', () => {
    const files = { 'blog/posts/a.md': post('date: 2024-01-01'), 'blog/posts/d.md': post('date: 2024-02-01\ndraft: true', '# Draft\n') };
    assert.deepEqual(place(files).pages.map((page) => page.src), ['blog/posts/a.md']);
    assert.deepEqual(place(files, {}, { serve: true }).posts.map((item) => [item.title, item.draft]), [['Draft', true], ['A title', false]]);
    assert.equal(place(files, { draft: true }).posts.length, 2);
  });

  test('should make a post dated in the future a draft with draft_if_future_date, unless draft: false says otherwise', () => {
    const files = { 'blog/posts/a.md': post('date: 2030-01-01'), 'blog/posts/b.md': post('date: 2030-01-01\ndraft: false', '# B\n') };
    const now = new Date(Date.UTC(2026, 0, 1));
    assert.deepEqual(place(files, { draft_if_future_date: true }, { now }).posts.map((item) => item.title), ['B']);
    assert.equal(place(files, {}, { now }).posts.length, 2);
  });

  test('should warn, with the file and line, about a post without front matter or without a date, and leave it out', () => {
    const found = place({ 'blog/posts/bare.md': '# Bare\n', 'blog/posts/nodate.md': post('title: x') });
    assert.equal(found.pages.length, 0);
    assert.deepEqual(found.messages.map((m) => [path.basename(m.file ?? ''), m.line]), [['bare.md', undefined], ['nodate.md', undefined]]);
    assert.match(found.messages[0]?.message ?? '', /^blog post: expected YAML front matter/);
    assert.match(found.messages[1]?.message ?? '', /^blog post: a post needs a front matter 'date'/);
    const bad = place({ 'blog/posts/bad.md': post('title: x\ndate: someday') });
    assert.equal(bad.messages[0]?.line, 3);
  });

  test('should warn about categories or authors that are not lists, and ignore them', () => {
    const found = place({ 'blog/posts/a.md': post('date: 2024-01-01\ncategories: News') });
    assert.deepEqual(found.posts[0]?.categories, []);
    assert.match(found.messages[0]?.message ?? '', /front matter categories must be a list of names/);
    assert.equal(found.messages[0]?.line, 3);
  });

  test('should keep a post\'s own readtime, and warn about one that is not a whole number', () => {
    assert.equal(place({ 'blog/posts/a.md': post('date: 2024-01-01\nreadtime: 7') }).posts[0]?.readtime, 7);
    const found = place({ 'blog/posts/a.md': post('date: 2024-01-01\nreadtime: long') });
    assert.equal(found.posts[0]?.readtime, undefined);
    assert.match(found.messages[0]?.message ?? '', /readtime must be a whole number/);
  });

  test('should keep the first of two posts with one URL and name both in the warning', () => {
    const found = place({ 'blog/posts/a.md': post('date: 2024-01-01\nslug: same'), 'blog/posts/b.md': post('date: 2024-01-01\nslug: same') });
    assert.deepEqual(found.posts.map((item) => item.src), ['blog/posts/a.md']);
    assert.match(found.messages[0]?.message ?? '', /'blog\/2024\/01\/01\/same\/' is also the URL of 'blog\/posts\/a.md'/);
  });
});

describe('a post\'s docs path', () => {
  test('should strip slashes the format adds and keep at most post_url_max_categories categories', () => {
    const read = options({ post_url_format: '/{categories}/{slug}/', post_url_max_categories: 2 });
    assert.equal(postPath(read, { categories: ['A B', 'C', 'D'], created: new Date(Date.UTC(2024, 0, 1)), file: 'x', slug: 's' }, 'en'), 'blog/a-b/c/s.md');
  });
});
