/**
 * The blog plugin on rendered pages (src/site/blog.ts applyBlog, src/site/blog-authors.ts):
 * each post's facts, the views' excerpts and pagination, the generated views, the nav, and the
 * authors file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { buildNav } from '../../src/nav/index.ts';
import { en } from '../../src/shared/languages/en.ts';
import { fr } from '../../src/shared/languages/fr.ts';
import { readAuthors } from '../../src/site/blog-authors.ts';
import { blogOptions } from '../../src/site/blog-options.ts';
import type { BlogPost } from '../../src/site/blog-posts.ts';
import { applyBlog } from '../../src/site/blog.ts';

const AUTHORS = 'authors:\n  jane:\n    name: Jane\n    description: Maintainer\n    avatar: https://x.org/j.png\n';
function result(html: string): RenderResult {
  return { html, toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] };
}
function post(n: number, year: number, extra: Partial<BlogPost> = {}): BlogPost {
  const created = new Date(Date.UTC(year, 5, 28 - n));
  return { src: `blog/posts/p${n}.md`, url: `blog/${year}/p${n}/`, dest: '', title: `P${n}`, dates: { created, others: new Map() }, categories: [], authors: [], draft: false, pin: false, readtime: undefined, ...extra };
}
function apply(posts: BlogPost[], raw: Record<string, unknown> = {}, authors = AUTHORS, labels = en) {
  const options = blogOptions([{ name: 'blog', options: raw }], false).options;
  assert.ok(options);
  const pages = [{ src: 'index.md', url: '' }, { src: 'blog/index.md', url: 'blog/' }, ...posts.map((item) => ({ src: item.src, url: item.url }))];
  const results = new Map(posts.map((item) => [item.src, result(`<h1 id="${item.title.toLowerCase()}">${item.title}</h1>\n<p>Intro</p>\n<!-- more -->\n<p>Rest</p>`)]));
  const nav = buildNav(['index.md', { Blog: ['blog/index.md'] }], pages.slice(0, 2).map((page) => ({ ...page, title: page.src })));
  return applyBlog({ options, posts, docsDir: '/docs', pages, results, titles: new Map([['blog/index.md', 'Blog']]), nav, labels, language: labels.language, useDirectoryUrls: true, read: () => authors });
}

describe('the blog on rendered pages', () => {
  test('should give a post its dates, authors, categories and reading time, and the index\'s URL', () => {
    const blog = apply([post(1, 2024, { authors: ['jane'], categories: ['News'], dates: { created: new Date(Date.UTC(2024, 0, 31)), others: new Map([['updated', new Date(Date.UTC(2024, 1, 2))]]) } })]);
    const facts = blog.blogOf('blog/posts/p1.md');
    assert.equal(facts?.kind, 'post');
    if (facts?.kind !== 'post') return;
    assert.equal(facts.indexUrl, 'blog/');
    assert.equal(facts.navSrc, 'blog/index.md', 'the index is the active page of a post');
    assert.deepEqual(facts.post.created, { datetime: '2024-01-31 00:00:00', text: 'January 31, 2024' });
    assert.equal(facts.post.updated?.text, 'February 2, 2024');
    assert.deepEqual(facts.post.authors.map((author) => author.name), ['Jane']);
    assert.deepEqual(facts.post.categories, [{ title: 'News', url: 'blog/category/news/' }]);
    assert.equal(facts.post.readtime, 1);
  });

  test('should warn about an author the authors file lacks, at the post', () => {
    const blog = apply([post(1, 2024, { authors: ['ghost'] })]);
    assert.deepEqual(blog.messages.map((m) => [m.file, m.message]), [['/docs/blog/posts/p1.md', "blog post: author 'ghost' is not in blog/.authors.yml; not drawn (Material stops the build)"]]);
  });

  test('should note, not warn, that the blog index is drawn without its file, as Material writes one silently (PaddleX)', () => {
    const options = blogOptions([{ name: 'blog', options: {} }], false).options;
    assert.ok(options);
    const blog = applyBlog({ options, posts: [], docsDir: '/docs', pages: [{ src: 'index.md', url: '' }], results: new Map(), titles: new Map(), nav: buildNav([], []), labels: en, language: 'en', useDirectoryUrls: true, read: () => '' });
    assert.deepEqual(blog.messages.map((m) => [m.severity, m.file]), [['info', '/docs/blog']]);
    assert.match(blog.messages[0]?.message ?? '', /no blog\/index\.md: the blog's index is drawn with the title 'Blog', as Material does/);
  });

  test('should warn about a post without the separator only when post_excerpt is required', () => {
    const options = blogOptions([{ name: 'blog', options: { post_excerpt: 'required' } }], false).options;
    assert.ok(options);
    const posts = [post(1, 2024)];
    const base = { options, posts, docsDir: '/docs', pages: [{ src: 'blog/index.md', url: 'blog/' }], titles: new Map(), nav: buildNav([], []), labels: en, language: 'en', useDirectoryUrls: true, read: () => '' };
    const without = applyBlog({ ...base, results: new Map([['blog/posts/p1.md', result('<p>All</p>')]]) });
    assert.match(without.messages[0]?.message ?? '', /no '<!-- more -->' separator, which post_excerpt: required asks for/);
    const withSep = applyBlog({ ...base, results: new Map([['blog/posts/p1.md', result('<p>A</p><!-- more -->')]]) });
    assert.deepEqual(withSep.messages, []);
  });

  test('should list excerpts on the index, newest first, with a pager to the next page', () => {
    const posts = Array.from({ length: 11 }, (_, n) => post(n, 2024));
    const blog = apply(posts);
    const index = blog.blogOf('blog/index.md');
    assert.equal(index?.kind, 'view');
    if (index?.kind !== 'view') return;
    assert.equal(index.excerpts.length, 10);
    assert.equal(index.excerpts[0]?.html, '<h2 id="p0"><a class="toclink" href="2024/p0/">P0</a></h2>\n<p>Intro</p>');
    assert.deepEqual(index.pagination, [{ kind: 'current', number: 1, url: 'blog/' }, { kind: 'link', number: 2, url: 'blog/page/2/' }]);
    const second = blog.generated.find((view) => view.view.url === 'blog/page/2/');
    assert.equal(second?.html, '<h1 id="blog">Blog</h1>');
    const page2 = blog.blogOf('blog/page/2/index.md');
    assert.equal(page2?.navSrc, 'blog/index.md');
    assert.equal(page2?.kind === 'view' ? page2.excerpts[0]?.html : '', '<h2 id="p10"><a class="toclink" href="../../2024/p10/">P10</a></h2>\n<p>Intro</p>');
  });

  test('should attach Archive and Categories beside the blog index, in the site\'s language', () => {
    const blog = apply([post(1, 2024, { categories: ['News'] }), post(2, 2023)], {}, AUTHORS, fr);
    const section = blog.nav.items[1];
    assert.equal(section?.kind, 'section');
    if (section?.kind !== 'section') return;
    assert.deepEqual(section.children.map((item) => item.title), ['blog/index.md', 'Archive', 'Catégories']);
    const archive = section.children[1];
    assert.deepEqual(archive?.kind === 'section' ? archive.children.map((item) => item.title) : [], ['2024', '2023']);
  });

  test('should not attach a Categories section when no post has a category, and use a name that is no label as written', () => {
    const blog = apply([post(1, 2024)], { archive_name: 'Past posts' });
    const section = blog.nav.items[1];
    assert.deepEqual(section?.kind === 'section' ? section.children.map((item) => item.title) : [], ['blog/index.md', 'Past posts']);
  });

  test('should chain posts from the oldest to the newest for their previous and next links', () => {
    assert.deepEqual(apply([post(1, 2024), post(2, 2022), post(3, 2023)]).chain, ['blog/posts/p2.md', 'blog/posts/p3.md', 'blog/posts/p1.md']);
  });

  test('should keep only post_excerpt_max_authors authors on an excerpt', () => {
    const authors = `${AUTHORS}  joe:\n    name: Joe\n    description: Contributor\n    avatar: j.png\n`;
    const blog = apply([post(1, 2024, { authors: ['jane', 'joe'] })], {}, authors);
    const index = blog.blogOf('blog/index.md');
    assert.deepEqual(index?.kind === 'view' ? index.excerpts[0]?.authors.map((author) => author.name) : [], ['Jane']);
  });
});

describe('the authors file', () => {
  test('should read every author under authors:, with an optional url', () => {
    const read = readAuthors('/a.yml', () => `${AUTHORS}    url: https://x.org/jane/\n`);
    assert.deepEqual(read.authors.get('jane'), { name: 'Jane', description: 'Maintainer', avatar: 'https://x.org/j.png', url: 'https://x.org/jane/' });
    assert.deepEqual(read.messages, []);
  });

  test('should be empty without a file, and warn about broken YAML, the old format, or an incomplete author', () => {
    assert.equal(readAuthors('/missing.yml', () => { throw new Error('ENOENT'); }).authors.size, 0);
    assert.deepEqual(readAuthors('/empty.yml', () => '\n').messages, []);
    assert.match(readAuthors('/a.yml', () => 'authors: [').messages[0]?.message ?? '', /not valid YAML/);
    assert.match(readAuthors('/a.yml', () => 'jane:\n  name: Jane\n').messages[0]?.message ?? '', /every author goes under an 'authors:' key/);
    const incomplete = readAuthors('/a.yml', () => 'authors:\n  jane:\n    name: Jane\n');
    assert.deepEqual(incomplete.messages.map((m) => [m.line, m.message]), [[2, "blog author 'jane' lacks description, avatar (each author needs name, description and avatar); not drawn"]]);
  });
});
