/**
 * The blog through the pipeline's stages (src/site/stages/discover.ts, nav.ts, blog.ts, model.ts):
 * posts placed at their URLs before rendering, left out of the nav, the views made and drawn
 * into the model. The stages' other cases are in pipeline.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { prepareSite } from '../../src/site/prepare.ts';
import { blogStage } from '../../src/site/stages/blog.ts';
import { discoverStage } from '../../src/site/stages/discover.ts';
import { loadStage } from '../../src/site/stages/load.ts';
import { navStage } from '../../src/site/stages/nav.ts';
import { renderStage } from '../../src/site/stages/render.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function project(config: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-blog-'));
  roots.push(root);
  writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: Blog\n${config}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return path.join(root, 'mkdocs.yml');
}
const FILES = {
  'docs/index.md': '# Home\n\nSee [the post](blog/posts/hello.md).\n',
  'docs/blog/index.md': '# Blog\n',
  'docs/blog/posts/hello.md': '---\ndate: 2024-01-31\ncategories: [News]\n---\n\n# Hello\n\nIntro.\n\n<!-- more -->\n\nRest.\n',
  'docs/blog/posts/draft.md': '---\ndate: 2024-02-01\ndraft: true\n---\n\n# Draft\n',
};

describe('the blog through the stages', () => {
  test('should place posts before rendering, so links to them are rewritten to their URL', async () => {
    const site = loadStage({ configFile: project('plugins:\n  - blog\n', FILES) });
    const files = discoverStage(site);
    assert.deepEqual(files.pages.map((page) => page.url), ['', 'blog/', 'blog/2024/01/31/hello/']);
    assert.deepEqual(files.posts.map((post) => post.src), ['blog/posts/hello.md']);
    const rendered = await renderStage(site, files);
    assert.match(htmlText(rendered.results.get('index.md')?.html ?? ''), /href="blog\/2024\/01\/31\/hello\/"/);
  });

  test('should keep posts out of a generated nav and attach the archive and categories beside the index', async () => {
    const site = loadStage({ configFile: project('plugins:\n  - blog\n', FILES) });
    const files = discoverStage(site);
    const rendered = await renderStage(site, files);
    const navigation = navStage(site, files, rendered.results);
    assert.equal(navigation.titles.get('blog/posts/hello.md'), 'Hello');
    const blog = blogStage(site, files, rendered.results, navigation);
    const outline = (items: typeof blog.nav.items): string[] => items.flatMap((item) => (item.kind === 'section' ? [`${item.title}:`, ...outline(item.children).map((line) => `  ${line}`)] : [item.title]));
    assert.deepEqual(outline(blog.nav.items), ['Home', 'Blog:', '  Blog', '  Archive:', '    2024', '  Categories:', '    News']);
  });

  test('should hand the nav on untouched without the plugin', async () => {
    const site = loadStage({ configFile: project('', FILES) });
    const files = discoverStage(site);
    const rendered = await renderStage(site, files);
    const navigation = navStage(site, files, rendered.results);
    const blog = blogStage(site, files, rendered.results, navigation);
    assert.equal(blog.nav, navigation.nav);
    assert.equal(blog.blog, undefined);
    assert.deepEqual(files.pages.map((page) => page.url), ['', 'blog/', 'blog/posts/draft/', 'blog/posts/hello/']);
  });

  test('should draw the generated views and each post\'s facts into the model, a post hiding the nav', async () => {
    const prepared = await prepareSite({ configFile: project('plugins:\n  - blog:\n      blog_toc: true\n', FILES), threads: 1 });
    const byUrl = new Map(prepared.model.pages.map((page) => [page.url, page]));
    assert.deepEqual([...byUrl.keys()].sort(), ['', 'blog/', 'blog/2024/01/31/hello/', 'blog/archive/2024/', 'blog/category/news/']);
    assert.equal(byUrl.get('blog/2024/01/31/hello/')?.blog?.kind, 'post');
    assert.ok(byUrl.get('blog/2024/01/31/hello/')?.hide.includes('navigation'));
    assert.equal(byUrl.get('blog/category/news/')?.title, 'News');
    assert.equal(byUrl.get('blog/archive/2024/')?.html, '<h1 id="2024">2024</h1>');
    const warning = prepared.messages.find((m) => m.message.includes('blog_toc'));
    assert.equal(warning?.line, 3, 'the warning points at the plugin in mkdocs.yml');
  });

  test('should build drafts under serve, marked as drafts', async () => {
    const prepared = await prepareSite({ configFile: project('plugins:\n  - blog\n', FILES), threads: 1, serve: true });
    const index = prepared.model.pages.find((page) => page.url === 'blog/');
    const excerpts = index?.blog?.kind === 'view' ? index.blog.excerpts : [];
    assert.deepEqual(excerpts.map((post) => [post.url, post.draft]), [['blog/2024/02/01/draft/', true], ['blog/2024/01/31/hello/', false]]);
  });
});
