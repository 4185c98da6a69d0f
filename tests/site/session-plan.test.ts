/**
 * planUpdate (src/site/session-plan.ts): the first stage a change of some files makes stale,
 * decided from what the last run knew. Pure: the site is described by hand, and whether a file
 * still exists is answered by the test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planUpdate, type SiteView } from '../../src/site/session-plan.ts';

const VIEW: SiteView = {
  configFiles: ['/p/mkdocs.yml', '/p/base.yml'],
  docsDir: '/p/docs',
  pages: new Set(['/p/docs/index.md', '/p/docs/a.md', '/p/docs/part.md']),
  metaFile: '.meta.yml',
  metaFiles: new Set(['/p/docs/sub/.meta.yml']),
  staticFiles: new Set(['/p/docs/style.css', '/p/overrides/extra.css', '/p/assets/logo.png', '/p/assets/icons/brand/dot.svg']),
  customDir: '/p/overrides',
  assetsDir: '/p/assets',
  iconDirs: ['/p/assets/icons'],
  includes: new Set(['/p/snippets/glossary.md', '/p/docs/part.md']),
  snippetBases: ['/p/snippets', '/p/docs'],
};

const gone = new Set(['/p/docs/a.md', '/p/docs/sub/.meta.yml', '/p/docs/style.css']);
const plan = (...changed: string[]) => planUpdate(changed, VIEW, (file) => !gone.has(file) && !file.includes('new'));

describe('planUpdate', () => {
  test('should reload everything for mkdocs.yml, an INHERIT parent or a file it does not know', () => {
    assert.deepEqual(plan('/p/mkdocs.yml'), { from: 'load', freshIcons: false });
    assert.deepEqual(plan('/p/base.yml'), { from: 'load', freshIcons: false });
    assert.deepEqual(plan('/elsewhere/notes.txt'), { from: 'load', freshIcons: false });
  });

  test('should discover again for an edited blog post, whose date or title may move it, and only render other pages', () => {
    const view: SiteView = { ...VIEW, pages: new Set([...VIEW.pages, '/p/docs/blog/posts/a.md']), postsDir: '/p/docs/blog/posts' };
    assert.equal(planUpdate(['/p/docs/blog/posts/a.md'], view, () => true).from, 'discover');
    assert.equal(planUpdate(['/p/docs/index.md'], view, () => true).from, 'render');
    assert.equal(planUpdate(['/p/docs/blog/posts-old.md'], { ...view, pages: new Set([...view.pages, '/p/docs/blog/posts-old.md']) }, () => true).from, 'render');
  });

  test('should render for an edited page or an included file, and discover for a page that is gone or new', () => {
    assert.equal(plan('/p/docs/index.md').from, 'render');
    assert.equal(plan('/p/snippets/glossary.md').from, 'render');
    assert.equal(plan('/p/docs/a.md').from, 'discover');
    assert.equal(plan('/p/docs/new.md').from, 'discover');
  });

  test('should render for a file under a snippets base_path that no page has read yet', () => {
    assert.equal(plan('/p/snippets/other.md').from, 'render');
  });

  test("should discover again (and so read the .pages files again) for an edited awesome-pages file", () => {
    assert.equal(planUpdate(['/p/docs/guide/.pages'], VIEW, () => true).from, 'discover');
  });

  test('should run the meta stage for an edited meta file, and discover for a new or removed one', () => {
    assert.equal(plan('/p/docs/other/.meta.yml').from, 'discover');
    assert.equal(plan('/p/docs/sub/.meta.yml').from, 'discover');
    const kept = planUpdate(['/p/docs/sub/.meta.yml'], VIEW, () => true);
    assert.equal(kept.from, 'meta');
  });

  test('should run no stage for an edited static file, and discover for a new or removed one', () => {
    assert.deepEqual(plan('/p/overrides/extra.css'), { from: undefined, freshIcons: false });
    assert.equal(plan('/p/assets/logo.png').from, undefined);
    assert.equal(plan('/p/docs/style.css').from, 'discover');
    assert.equal(plan('/p/assets/new.png').from, 'discover');
  });

  test('should run only the model stage for a custom_dir template, even a new one', () => {
    assert.equal(plan('/p/overrides/main.html').from, 'model');
    assert.equal(plan('/p/overrides/partials/new.html').from, 'model');
  });

  test('should ask for a new icon index for a custom icon, even one under assets/', () => {
    assert.deepEqual(plan('/p/assets/icons/brand/dot.svg'), { from: 'render', freshIcons: true });
    assert.deepEqual(plan('/p/assets/icons/brand/dot.svg', '/p/mkdocs.yml'), { from: 'load', freshIcons: true });
  });

  test('should take the earliest stage of all files and of all roles of one file', () => {
    assert.equal(plan('/p/overrides/main.html', '/p/docs/index.md').from, 'render');
    assert.equal(plan('/p/docs/index.md', '/p/docs/new.md').from, 'discover');
    // part.md is a page and a snippet: rendering covers both.
    assert.equal(plan('/p/docs/part.md').from, 'render');
  });

  test('should not take a sibling folder that shares a prefix for docs_dir', () => {
    assert.equal(plan('/p/docs_secret/page.md').from, 'load');
  });

  test('should run nothing for no change', () => {
    assert.deepEqual(plan(), { from: undefined, freshIcons: false });
  });
});
