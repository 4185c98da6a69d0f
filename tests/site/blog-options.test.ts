/**
 * The blog plugin's options (src/site/blog-options.ts): Material's defaults, drafts under
 * `serve`, and one warning per option we do not build, never a silent skip.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blogOptions, joinDocs, normalizeDir, type BlogOptions } from '../../src/site/blog-options.ts';

function options(raw: Record<string, unknown> = {}, serve = false, name = 'blog'): BlogOptions {
  const read = blogOptions([{ name, options: raw }], serve).options;
  assert.ok(read);
  return read;
}
const problems = (raw: Record<string, unknown>) => blogOptions([{ name: 'blog', options: raw }], false).problems;

describe('blog plugin options', () => {
  test('should take Material\'s defaults when nothing is set', () => {
    const read = options();
    assert.equal(read.blogDir, 'blog');
    assert.equal(read.postDir, 'blog/posts');
    assert.equal(read.postUrlFormat, '{date}/{slug}');
    assert.equal(read.postUrlDateFormat, 'yyyy/MM/dd');
    assert.equal(read.postExcerpt, 'optional');
    assert.equal(read.postExcerptSeparator, '<!-- more -->');
    assert.equal(read.postReadtimeWordsPerMinute, 265);
    assert.equal(read.paginationPerPage, 10);
    assert.equal(read.paginationUrlFormat, 'page/{page}');
    assert.equal(read.archiveDateFormat, 'yyyy');
    assert.equal(read.archiveUrlFormat, 'archive/{date}');
    assert.equal(read.categoriesUrlFormat, 'category/{slug}');
    assert.equal(read.authorsFile, 'blog/.authors.yml');
    assert.equal(read.draft, false);
    assert.deepEqual(problems({}), []);
  });

  test('should read material/blog as blog, and nothing when the plugin is disabled or absent', () => {
    assert.equal(options({}, false, 'material/blog').blogDir, 'blog');
    assert.equal(blogOptions([{ name: 'blog', options: { enabled: false } }], false).options, undefined);
    assert.equal(blogOptions([{ name: 'tags', options: {} }], false).options, undefined);
  });

  test('should put {blog} of post_dir and authors_file in blog_dir, normalized', () => {
    const read = options({ blog_dir: './news/', post_dir: '{blog}/articles/' });
    assert.equal(read.blogDir, 'news');
    assert.equal(read.postDir, 'news/articles');
    assert.equal(read.authorsFile, 'news/.authors.yml');
  });

  test('should build drafts under serve unless draft_on_serve is false, and always with draft: true', () => {
    assert.equal(options({}, true).draft, true);
    assert.equal(options({ draft_on_serve: false }, true).draft, false);
    assert.equal(options({ draft: true }, false).draft, true);
    assert.equal(options({}, false).draft, false);
  });

  test('should warn once per option it does not build, naming what happens instead', () => {
    const found = problems({ blog_toc: true, categories_allowed: ['News'], authors_profiles: true, pagination_format: '$link_first ~2~' });
    assert.equal(found.length, 4);
    assert.match(found[0] ?? '', /^blog plugin: blog_toc is not supported; views have no table of contents/);
    assert.match(found[1] ?? '', /categories_allowed is not supported; every category is allowed/);
    assert.match(found[2] ?? '', /authors_profiles is not supported/);
    assert.match(found[3] ?? '', /pagination_format is not supported/);
  });

  test('should not warn about an unbuilt option set to the value that does nothing', () => {
    assert.deepEqual(problems({ blog_toc: false, categories_allowed: [], pagination_format: '~2~', authors_profiles: false }), []);
  });

  test('should warn about an option Material does not have, and about a wrong type, keeping the default', () => {
    assert.deepEqual(problems({ post_url_fromat: 'x' }), ["blog plugin: option 'post_url_fromat' is not supported; ignored"]);
    const found = blogOptions([{ name: 'blog', options: { pagination_per_page: 0, post_excerpt: 'always', archive: 'yes' } }], false);
    assert.equal(found.options?.paginationPerPage, 10);
    assert.equal(found.options?.postExcerpt, 'optional');
    assert.equal(found.options?.archive, true);
    assert.equal(found.problems.length, 3);
  });

  test('should build only the first of several blog instances, and say so', () => {
    const found = blogOptions([{ name: 'blog', options: {} }, { name: 'material/blog', options: { blog_dir: 'news' } }], false);
    assert.equal(found.options?.blogDir, 'blog');
    assert.match(found.problems[0] ?? '', /2 instances are enabled; only the first \(blog_dir 'blog'\) is built/);
  });
});

describe('docs paths of the blog', () => {
  test('should normalize like posixpath.normpath, a root blog being .', () => {
    assert.equal(normalizeDir('./blog//posts/'), 'blog/posts');
    assert.equal(normalizeDir('blog/../news'), 'news');
    assert.equal(normalizeDir('.'), '.');
    assert.equal(normalizeDir(''), '.');
  });

  test('should join under the blog folder, or at the top for a root blog', () => {
    assert.equal(joinDocs('blog', 'page/2/index'), 'blog/page/2/index');
    assert.equal(joinDocs('.', 'archive/2024'), 'archive/2024');
  });
});
