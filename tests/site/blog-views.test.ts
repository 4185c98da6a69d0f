/**
 * The blog plugin's views (src/site/blog-views.ts): the index cut into pages, archive pages per
 * year, category pages by name, their paths and URLs, and python-paginate's pager.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blogOptions, type BlogOptions } from '../../src/site/blog-options.ts';
import type { BlogPost } from '../../src/site/blog-posts.ts';
import { archivePath, blogViews, categoryPath, pager, paginationPath } from '../../src/site/blog-views.ts';

function options(raw: Record<string, unknown> = {}): BlogOptions {
  const read = blogOptions([{ name: 'blog', options: raw }], false).options;
  assert.ok(read);
  return read;
}
function post(n: number, year: number, categories: string[] = []): BlogPost {
  const created = new Date(Date.UTC(year, 0, 28 - n));
  return { src: `blog/posts/p${n}.md`, url: `blog/${year}/p${n}/`, dest: `blog/${year}/p${n}/index.html`, title: `P${n}`, dates: { created, others: new Map() }, categories, authors: [], draft: false, pin: false, readtime: undefined };
}
const INDEX = { src: 'blog/index.md', url: 'blog/', title: 'Blog' };
const settings = { useDirectoryUrls: true, language: 'en' };

describe('blog views', () => {
  test('should cut the index into pages of pagination_per_page posts at blog/page/<n>/', () => {
    const posts = Array.from({ length: 23 }, (_, n) => post(n, 2024));
    const index = blogViews(options(), posts, INDEX, settings).filter((view) => view.kind === 'index');
    assert.deepEqual(index.map((view) => [view.src, view.url, view.page, view.posts.length]), [
      ['blog/index.md', 'blog/', 1, 10],
      ['blog/page/2/index.md', 'blog/page/2/', 2, 10],
      ['blog/page/3/index.md', 'blog/page/3/', 3, 3],
    ]);
    assert.deepEqual(index[1]?.posts.slice(0, 2), ['blog/posts/p10.md', 'blog/posts/p11.md']);
    assert.deepEqual(index[2]?.pages.map((page) => page.url), ['blog/', 'blog/page/2/', 'blog/page/3/']);
  });

  test('should draw one page of every post without pagination, and one empty page for a blog without posts', () => {
    const posts = Array.from({ length: 12 }, (_, n) => post(n, 2024));
    assert.equal(blogViews(options({ pagination: false }), posts, INDEX, settings).filter((view) => view.kind === 'index')[0]?.posts.length, 12);
    const empty = blogViews(options(), [], INDEX, settings);
    assert.deepEqual(empty.map((view) => [view.kind, view.page, view.posts.length]), [['index', 1, 0]]);
  });

  test('should make an archive page per year, newest first, named by archive_date_format', () => {
    const views = blogViews(options(), [post(1, 2024), post(2, 2023), post(3, 2024)], INDEX, settings).filter((view) => view.kind === 'archive');
    assert.deepEqual(views.map((view) => [view.src, view.url, view.title, view.posts]), [
      ['blog/archive/2024.md', 'blog/archive/2024/', '2024', ['blog/posts/p1.md', 'blog/posts/p3.md']],
      ['blog/archive/2023.md', 'blog/archive/2023/', '2023', ['blog/posts/p2.md']],
    ]);
  });

  test('should make a page per category, sorted by name, a post in each of its categories', () => {
    const views = blogViews(options(), [post(1, 2024, ['Zeta', 'Release Notes']), post(2, 2024, ['Release Notes'])], INDEX, settings).filter((view) => view.kind === 'category');
    assert.deepEqual(views.map((view) => [view.url, view.title, view.posts.length]), [['blog/category/release-notes/', 'Release Notes', 2], ['blog/category/zeta/', 'Zeta', 1]]);
  });

  test('should make no archive or category pages when they are turned off', () => {
    const views = blogViews(options({ archive: false, categories: false }), [post(1, 2024, ['News'])], INDEX, settings);
    assert.deepEqual(views.map((view) => view.kind), ['index']);
  });

  test('should paginate archives under their own URL', () => {
    const posts = Array.from({ length: 3 }, (_, n) => post(n, 2024));
    const views = blogViews(options({ pagination_per_page: 2 }), posts, INDEX, settings).filter((view) => view.kind === 'archive');
    assert.deepEqual(views.map((view) => view.url), ['blog/archive/2024/', 'blog/archive/2024/page/2/']);
  });
});

describe('view paths', () => {
  test('should follow the URL formats and their date formats', () => {
    const day = new Date(Date.UTC(2024, 4, 6));
    assert.equal(archivePath(options(), day, 'en'), 'blog/archive/2024.md');
    assert.equal(archivePath(options({ archive_url_format: 'posts/{date}', archive_url_date_format: 'yyyy/MM' }), day, 'en'), 'blog/posts/2024/05.md');
    assert.equal(categoryPath(options(), 'Release Notes'), 'blog/category/release-notes.md');
    assert.equal(categoryPath(options({ categories_url_format: 'topics/{slug}', categories_slugify_separator: '_' }), 'Release Notes'), 'blog/topics/release_notes.md');
  });

  test('should page an index view in its folder and another view under its own name', () => {
    assert.equal(paginationPath(options(), 'blog/index.md', 2), 'blog/page/2/index.md');
    assert.equal(paginationPath(options(), 'index.md', 3), 'page/3/index.md');
    assert.equal(paginationPath(options(), 'blog/category/news.md', 2), 'blog/category/news/page/2.md');
    assert.equal(paginationPath(options({ pagination_url_format: 'p{page}' }), 'blog/index.md', 2), 'blog/p2/index.md');
  });
});

describe('the pager (python-paginate ~2~)', () => {
  const numbers = (current: number, count: number) => pager(current, count).map((item) => (item.kind === 'dots' ? '..' : item.kind === 'current' ? `[${item.number}]` : item.number));
  test('should draw nothing for one page, unless asked to', () => {
    assert.deepEqual(pager(1, 1), []);
    assert.deepEqual(pager(1, 1, true).map((item) => item.kind), ['current']);
  });
  test('should draw the pages within 2 of the current one, the first and last, and .. between', () => {
    assert.deepEqual(numbers(1, 2), ['[1]', 2]);
    assert.deepEqual(numbers(5, 10), [1, '..', 3, 4, '[5]', 6, 7, '..', 10]);
    assert.deepEqual(numbers(1, 10), ['[1]', 2, 3, '..', 10]);
    assert.deepEqual(numbers(4, 6), [1, 2, 3, '[4]', 5, 6]);
    assert.deepEqual(numbers(10, 10), [1, '..', 8, 9, '[10]']);
  });
});
