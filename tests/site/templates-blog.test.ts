/**
 * A site's blog templates (Material's blog plugin): blog-post.html on posts and blog.html on
 * views, with the plugin's context (`page.config.date`, `page.authors`, `page.categories`,
 * `page.parent`; `posts`, `pagination`) and its `date` filter; a site's partials/post.html drawn
 * through our blog.html; our container kept where a site's main.html replaces it, as Material's
 * blog templates keep theirs; a failing blog partial a located warning with our default kept.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pageOf, segmentText, templateSite, templateWarnings } from '../helpers/template-site.ts';

const POST = (n: number, day: string) => `---\ndate: 2024-03-${day}\nauthors: [jane]\ncategories: [News]\n---\n\n# Post ${n}\n\nBefore ${n}.\n\n<!-- more -->\n\nAfter.\n`;
const BLOG = {
  'docs/blog/index.md': '# Blog\n',
  'docs/blog/.authors.yml': 'authors:\n  jane:\n    name: Jane\n    description: Maintainer\n    avatar: https://example.com/jane.png\n',
  'docs/blog/posts/one.md': POST(1, '01'),
  'docs/blog/posts/two.md': POST(2, '15'),
};
const CONFIG = 'plugins:\n  - blog:\n      pagination_per_page: 1\nnav:\n  - Home: index.md\n  - Blog:\n    - blog/index.md\n';
const MAIN = (blocks: string) => `{% extends "main.html" %}\n${blocks}`;
const BASE = (blocks: string) => `{% extends "base.html" %}\n${blocks}`;
const squash = (html: string) => html.replace(/>\s+</g, '><').trim();

describe('site templates: the blog plugin\'s pages', () => {
  test('should render a site\'s blog-post.html on a post with its dates, the date filter, categories, authors, reading time and the blog index as parent', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/blog-post.html': MAIN('{% block container %}<p>{{ page.config.date.created }}|{{ page.config.date.created | date }}|{% for c in page.categories %}{{ c.title }}@{{ c.url | url }}{% endfor %}|{{ page.authors[0].name }}|{{ page.parent.url | url }} {{ page.parent.title }}|{{ page.config.readtime }}</p>{% endblock %}') }, CONFIG);
    const post = prepared.model.pages.find((p) => p.src === 'blog/posts/two.md');
    assert.equal(segmentText(post?.overrides?.blocks.container), '<p>2024-03-15 00:00:00|March 15, 2024|News@/blog/category/news/|Jane|/blog/ Blog|1</p>');
    assert.equal(pageOf(prepared).overrides, undefined, 'other pages do not use it');
    assert.deepEqual(templateWarnings(prepared), []);
  });

  test('should render a site\'s blog.html on each view with its posts and the pager python-paginate writes (href first, attributes in their order, bare text without attributes)', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/blog.html': MAIN('{% block container %}{% for post in posts %}[{{ post.url }} {{ post.config.date.created | date }}]{% endfor %}{{ pagination({ "link_attr": { "class": "l", "data-x": "y" }, "curpage_attr": { "class": "c" } }) }}{% endblock %}') }, CONFIG);
    assert.equal(segmentText(pageOf(prepared, 'blog/index.md').overrides?.blocks.container), '[blog/2024/03/15/post-2/ March 15, 2024]<span class="c">1</span> <a href="page/2/" class="l" data-x="y">2</a>');
    const second = prepared.model.pages.find((p) => p.url === 'blog/page/2/');
    assert.equal(segmentText(second?.overrides?.blocks.container), '[blog/2024/03/01/post-1/ March 1, 2024]<a href="../../" class="l" data-x="y">1</a> <span class="c">2</span>');
    const bare = await templateSite({ ...BLOG, 'overrides/blog.html': MAIN('{% block container %}{{ pagination({ "link_attr": { "_class": "l" }, "separator": " | " }) }}{% endblock %}') }, CONFIG);
    assert.equal(segmentText(pageOf(bare, 'blog/index.md').overrides?.blocks.container), '1 | <a href="page/2/" class="l">2</a>');
    const archive = prepared.model.pages.find((p) => p.url === 'blog/archive/2024/');
    assert.match(segmentText(archive?.overrides?.blocks.container), /^\[blog\/2024\/03\/15\/post-2\/ March 15, 2024\]/, 'archive views use blog.html too');
  });

  test('should give the url filter the blog plugin\'s pagination patch: on a view\'s further page a link to itself leads to the view, elsewhere nothing changes', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/main.html': BASE('{% block announce %}{{ page.url | url }}|{{ "blog/page/2/" | url }}|{{ "other/" | url }}{% endblock %}') }, CONFIG);
    const announce = (url: string) => segmentText(prepared.model.pages.find((p) => p.url === url)?.overrides?.blocks.announce);
    assert.equal(announce('blog/page/2/'), '/blog/|/blog/|/other/', 'the further page itself becomes the view\'s first page');
    assert.equal(announce('blog/'), '/blog/|/blog/page/2/|/other/', 'the first page links to its further page as it is');
    assert.equal(announce('blog/2024/03/15/post-2/'), '/blog/2024/03/15/post-2/|/blog/page/2/|/other/', 'a post is no view');
    assert.equal(announce(''), '/|/blog/page/2/|/other/');
  });

  test('should draw a site\'s partials/post.html for each excerpt through our blog.html, with our pager', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/partials/post.html': '<article class="mine">{{ post.content | striptags | trim }} {{ lang.t("blog.continue") }}</article>' }, CONFIG);
    const view = squash(segmentText(pageOf(prepared, 'blog/index.md').overrides?.blocks.container));
    assert.match(view, /^<div class="md-content" data-md-component="content" id="__main" tabindex="-1"><div class="md-content__inner"><header class="md-typeset" data-pagefind-body><h1 id="blog">Blog<\/h1><\/header><article class="mine">Post 2\s+Before 2. Continue reading<\/article><nav class="md-pagination"><span class="md-pagination__current">1<\/span><a href="page\/2\/" class="md-pagination__link">2<\/a><\/nav><\/div><\/div>$/);
    const post = prepared.model.pages.find((p) => p.src === 'blog/posts/two.md');
    assert.equal(post?.overrides, undefined, 'a post draws no excerpt');
    assert.deepEqual(templateWarnings(prepared), []);
  });

  test('should keep our container on blog pages where the site\'s main.html replaces it, as Material\'s blog templates do, and its other blocks', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/main.html': BASE('{% block container %}<div>mine</div>{% endblock %}{% block announce %}A{% endblock %}') }, CONFIG);
    assert.equal(segmentText(pageOf(prepared).overrides?.blocks.container), '<div>mine</div>');
    for (const src of ['blog/index.md', 'blog/posts/one.md']) {
      const blocks = pageOf(prepared, src).overrides?.blocks;
      assert.equal(blocks?.container, undefined, src);
      assert.equal(segmentText(blocks?.announce), 'A', src);
    }
  });

  test('should warn at the line of a site\'s post.html that cannot render at all and draw every excerpt with ours, the view kept', async () => {
    const prepared = await templateSite({ ...BLOG, 'overrides/partials/post.html': '<article>\n{{ post.content | nope }}</article>' }, CONFIG);
    const view = squash(segmentText(pageOf(prepared, 'blog/index.md').overrides?.blocks.container));
    assert.match(view, /<article class="md-post md-post--excerpt"><header class="md-post__header">[^]*Before 2\.[^]*<\/article><nav class="md-pagination">/);
    const [warning, ...others] = templateWarnings(prepared);
    assert.equal(warning?.file, path.join(prepared.root, 'overrides', 'partials', 'post.html'));
    assert.equal(warning?.line, 2);
    assert.match(warning?.message ?? '', /filter not found: nope; that post's excerpt is drawn by our post\.html/);
    assert.deepEqual(others, [], 'said once, however many excerpts met it');
  });

  test('should draw with ours only the excerpt a site\'s post.html fails on, the others and the pager with the site\'s, warning at post.html:line', async () => {
    const partial = '<article class="mine">{{ post.url }}\n{% if post.url == "blog/2024/03/15/post-2/" %}{{ badge(post) }}{% endif %}</article>';
    const prepared = await templateSite({ ...BLOG, 'overrides/partials/post.html': partial }, 'plugins:\n  - blog:\n      pagination_per_page: 2\nnav:\n  - Home: index.md\n  - Blog:\n    - blog/index.md\n');
    const view = squash(segmentText(pageOf(prepared, 'blog/index.md').overrides?.blocks.container));
    assert.doesNotMatch(view, /class="mine">blog\/2024\/03\/15\/post-2\//, 'the failing post is not the site\'s');
    assert.match(view, /<article class="md-post md-post--excerpt">[^]*Before 2\.[^]*<\/article><article class="mine">blog\/2024\/03\/01\/post-1\/\s*<\/article><nav class="md-pagination">/);
    const [warning, ...others] = templateWarnings(prepared);
    assert.equal(warning?.file, path.join(prepared.root, 'overrides', 'partials', 'post.html'));
    assert.equal(warning?.line, 2);
    assert.match(warning?.message ?? '', /Unable to call `badge`, which is undefined or falsey; that post's excerpt is drawn by our post\.html/);
    assert.deepEqual(others, []);
  });
});
