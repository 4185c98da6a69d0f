/**
 * Material's tags and meta plugins end to end: tests/fixtures/tags-site built by the CLI. The
 * tags index at `<!-- material/tags -->`, each page's tags above its content, `.meta.yml`
 * defaults per folder, the export (tags.json: every tagged page in MkDocs' file order, shadow
 * and nested tags by their full names), and neither plugin warned about.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { TAGS_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (file: string): string => readFileSync(path.join(site.dir, file), 'utf8');
/** The article of a built page. */
const article = (file: string): string => {
  const html = read(file);
  return html.slice(html.indexOf('<article'), html.indexOf('</article>'));
};

describe('building tests/fixtures/tags-site', () => {
  before(async () => {
    site = await sharedSite(TAGS_SITE);
  });

  test('should list every tag on the tags index, by name, each with its pages by title', () => {
    const index = article('tags/index.html');
    const headings = [...index.matchAll(/<h2 id="(tag:[^"]+)"><span class="md-tag md-tag-icon[^"]*">([^<]+)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(headings, ['tag:advanced Advanced', 'tag:guide Guide', 'tag:home Home', 'tag:setup Setup', 'tag:style Style']);
    assert.match(index, /<h2 id="tag:setup">[^\n]*\n<ul>\n<li><a href="..\/guide\/install\/">Installing<\/a><\/li>\n<li><a href="..\/guidelines\/style\/">Style<\/a><\/li>\n<\/ul>/);
    assert.doesNotMatch(index, /md-tags-listing|material\/tags/);
  });

  test('should give the tag extra.tags names its identifier\'s class in the index too', () => {
    assert.match(article('tags/index.html'), /<h2 id="tag:setup"><span class="md-tag md-tag-icon md-tag--setup">Setup<\/span>/);
  });

  test('should list the tags in the index page\'s table of contents', () => {
    const toc = read('tags/index.html').match(/<nav class="md-nav md-nav--secondary"[\s\S]*?<div class="md-content"/)?.[0] ?? '';
    assert.deepEqual([...toc.matchAll(/href="#(tag:[^"]+)"/g)].map((m) => m[1]), ['tag:advanced', 'tag:guide', 'tag:guidedeploy', 'tag:home', 'tag:setup', 'tag:style']);
  });

  test('should draw a nested tag (tags_hierarchy) as a heading inside its parent\'s list, and nest it in the ToC', () => {
    assert.match(article('tags/index.html'), /<h2 id="tag:guide">[^\n]*\n<ul>\n<li><a href="..\/guide\/deploy\/">Deploying<\/a><\/li>\n[\s\S]*?<li style="list-style-type:none"><h3 id="tag:guidedeploy"><span class="md-tag md-tag-icon">Guide\/Deploy<\/span>[^\n]*\n<ul>\n<li><a href="..\/guide\/deploy\/">Deploying<\/a><\/li>\n<\/ul><\/li>\n<\/ul>\n<h2 id="tag:home">/);
    const toc = read('tags/index.html').match(/<nav class="md-nav md-nav--secondary"[\s\S]*?<div class="md-content"/)?.[0] ?? '';
    assert.match(toc, /href="#tag:guide"[\s\S]*?<nav class="md-nav"[^>]*>\s*<ul class="md-nav__list">\s*<li class="md-nav__item">\s*<a href="#tag:guidedeploy"/);
  });

  test('should not draw or list a shadow tag in a build', () => {
    assert.match(article('guide/deploy/index.html'), /data-md-tags="Guide, Guide\/Deploy"><a href="\/tags\/#tag:guide"[^>]*>Guide<\/a><a href="\/tags\/#tag:guidedeploy"[^>]*>Guide\/Deploy<\/a><\/nav>/);
    assert.doesNotMatch(read('tags/index.html'), /Draft|tag:draft/);
  });

  test('should draw a page\'s tags above its content, each linked to its anchor on the tags index', () => {
    assert.match(article('guide/install/index.html'), /^<article[^>]*><nav class="md-tags" data-pagefind-index-attrs="data-md-tags" data-md-tags="Guide, Setup"><a href="\/tags\/#tag:guide" class="md-tag md-tag-icon" data-pagefind-filter="tag">Guide<\/a><a href="\/tags\/#tag:setup" class="md-tag md-tag-icon md-tag--setup" data-pagefind-filter="tag">Setup<\/a><\/nav><h1 id="install">/);
  });

  test('should add the tags of every .meta.yml above a page, and not those of a sibling folder', () => {
    assert.match(article('guide/advanced/tuning/index.html'), /<nav class="md-tags"[^>]*><a[^>]*>Advanced<\/a><a[^>]*>Guide<\/a><\/nav>/);
    assert.doesNotMatch(article('guidelines/style/index.html'), />Guide</);
  });

  test('should apply other .meta.yml keys too: hide: [toc] on every guide page', () => {
    const drawnToc = (file: string) => /class="md-sidebar md-sidebar--secondary"[^>]*hidden/.test(read(file));
    assert.deepEqual([drawnToc('guide/install/index.html'), drawnToc('guidelines/style/index.html')], [true, false]);
  });

  test('should keep the tags of a page with hide: [tags], hidden', () => {
    assert.match(article('guidelines/style/index.html'), /<nav class="md-tags" hidden /);
  });

  test('should draw no tags on a page without any', () => {
    assert.doesNotMatch(article('untagged/index.html'), /md-tags/);
  });

  test('should publish no .meta.yml and resolve a link to a tag\'s anchor', () => {
    assert.equal(existsSync(path.join(site.dir, 'guide/.meta.yml')), false);
    assert.match(article('index.html'), /<a href="tags\/#tag:guide">tags index<\/a>/);
    assert.doesNotMatch(site.stdout + site.stderr, /anchor|not supported|warning:/);
  });

  test('should export every tagged page and its tags to tags.json, as Material 9.6+ does by default', () => {
    const mappings = (JSON.parse(read('tags.json')) as { mappings: Array<{ item: { url: string; title: string }; tags: string[] }> }).mappings;
    assert.deepEqual(mappings.map((m) => `${m.item.url} ${m.item.title}: ${m.tags.join(', ')}`), [
      ' Welcome: Home',
      'guide/deploy/ Deploying: Draft, Guide, Guide/Deploy',
      'guide/install/ Installing: Guide, Setup',
      'guide/advanced/tuning/ Tuning: Advanced, Guide',
      'guidelines/style/ Style: Setup, Style',
    ]);
    assert.match(read('tags.json'), /^\{"mappings": \[\{"item": \{"url": "", "title": "Welcome"\}, "tags": \["Home"\]\}, /, 'Python\'s json.dump spacing, keys in Material\'s order');
  });
});
