/**
 * prepareSite hands the theme src/nav's answers: the nav tree (not_in_nav applied, icons on the
 * nodes), each page's previous/next and breadcrumbs, and nav titles as page titles.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { NavItem } from '../../src/nav/index.ts';
import { prepareSite } from '../../src/site/prepare.ts';

const docs = {
  'index.md': '# Welcome\n',
  'about.md': '---\nicon: material/home\n---\n# About us\n',
  'draft.md': '# Draft\n',
  'guide/setup.md': '# Setting up\n',
};

function prepare(config: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-nav-'));
  for (const [name, content] of Object.entries(docs)) {
    const file = path.join(root, 'docs', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: Test\n${config}`);
  return prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
}

const outline = (items: readonly NavItem[]): string[] =>
  items.flatMap((item) => (item.kind === 'section' ? [`${item.title}:`, ...outline(item.children).map((line) => `  ${line}`)] : [item.kind === 'page' ? item.src : item.url]));

describe('prepareSite and the nav', () => {
  // Regression: not_in_nav pages showed in the generated nav of the site.
  test('should leave not_in_nav pages out of the generated nav, and still build them', async () => {
    const site = await prepare('not_in_nav: |\n  draft.md\n');
    assert.deepEqual(outline(site.model.site.nav), ['index.md', 'about.md', 'Guide:', '  guide/setup.md']);
    assert.ok(site.model.pages.some((page) => page.src === 'draft.md'));
  });

  test('should not leave out pages of a generated nav without not_in_nav', async () => {
    const site = await prepare('');
    assert.deepEqual(outline(site.model.site.nav), ['index.md', 'about.md', 'draft.md', 'Guide:', '  guide/setup.md']);
  });

  // Regression: the site took the first place of a page listed twice.
  test('should give a page listed twice the previous/next and path of its last place', async () => {
    const site = await prepare('nav:\n  - index.md\n  - One:\n    - Again: about.md\n    - draft.md\n  - Two:\n    - guide/setup.md\n    - about.md\n');
    const about = site.model.pages.find((page) => page.src === 'about.md');
    assert.equal(about?.previous?.url, 'guide/setup/');
    assert.equal(about?.next, undefined);
    assert.deepEqual(about?.path.map((crumb) => crumb.title), ['Welcome', 'Two']);
  });

  test('should title a page by its first nav entry, in the nav and in the page', async () => {
    const site = await prepare('nav:\n  - index.md\n  - One:\n    - Again: about.md\n  - Two:\n    - Other: about.md\n');
    const titles = site.model.site.nav.flatMap((item) => (item.kind === 'section' ? item.children.map((child) => child.title) : []));
    assert.deepEqual(titles, ['Again', 'Again']);
    assert.equal(site.model.pages.find((page) => page.src === 'about.md')?.title, 'Again');
  });

  test('should not give a page outside the nav neighbours or a path', async () => {
    const site = await prepare('nav:\n  - index.md\n  - about.md\n');
    const draft = site.model.pages.find((page) => page.src === 'draft.md');
    assert.deepEqual([draft?.previous, draft?.next, draft?.path], [undefined, undefined, []]);
  });

  test('should put a page icon from the front matter on its nav node, and none on others', async () => {
    const site = await prepare('nav:\n  - index.md\n  - about.md\n');
    assert.deepEqual(site.model.site.nav.map((item) => (item.kind === 'page' ? item.icon : 'not a page')), [undefined, 'material/home']);
  });
});
