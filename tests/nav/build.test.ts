import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNav, type NavItem, type PageRef } from '../../src/nav/index.ts';

const page = (src: string, title: string): PageRef => ({
  src,
  title,
  url: src.replace(/(^|\/)(index|README)\.md$/, '$1').replace(/\.md$/, '/'),
});

const pages: PageRef[] = [
  page('index.md', 'Welcome'),
  page('about.md', 'About us'),
  page('guide/index.md', 'The guide'),
  page('guide/setup.md', 'Setting up'),
  page('guide/advanced/tuning.md', 'Tuning'),
  page('old.md', 'Old page'),
];

/** A compact view of a tree: `page Title (src)`, `link Title -> url`, `section Title [index src]`. */
function outline(items: readonly NavItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const pad = '  '.repeat(depth);
    if (item.kind === 'page') return [`${pad}page ${item.title} (${item.src} -> ${item.url})`];
    if (item.kind === 'link') return [`${pad}link ${item.title} -> ${item.url}`];
    return [`${pad}section ${item.title}${item.index ? ` [index ${item.index.src}]` : ''}`, ...outline(item.children, depth + 1)];
  });
}

describe('buildNav from mkdocs.yml nav', () => {
  it('should title bare paths from the page and keep explicit titles', () => {
    const nav = buildNav(['index.md', { 'Who we are': 'about.md' }], pages);
    assert.deepEqual(outline(nav.items), ['page Welcome (index.md -> )', 'page Who we are (about.md -> about/)']);
  });

  it('should build nested sections and mark an index page that comes first', () => {
    const nav = buildNav([{ Guide: ['guide/index.md', 'guide/setup.md', { Advanced: ['guide/advanced/tuning.md'] }] }], pages);
    assert.deepEqual(outline(nav.items), [
      'section Guide [index guide/index.md]',
      '  page The guide (guide/index.md -> guide/)',
      '  page Setting up (guide/setup.md -> guide/setup/)',
      '  section Advanced',
      '    page Tuning (guide/advanced/tuning.md -> guide/advanced/tuning/)',
    ]);
  });

  it('should mark an index page that is not the first child, as Material does', () => {
    const nav = buildNav([{ Guide: ['guide/setup.md', 'guide/index.md'] }], pages);
    assert.deepEqual(outline(nav.items), ['section Guide [index guide/index.md]', '  page Setting up (guide/setup.md -> guide/setup/)', '  page The guide (guide/index.md -> guide/)']);
  });

  it('should not mark the index page of a subsection as the index of the section above', () => {
    const nav = buildNav([{ Top: ['about.md', { Guide: ['guide/index.md'] }] }], pages);
    assert.deepEqual(outline(nav.items), ['section Top', '  page About us (about.md -> about/)', '  section Guide [index guide/index.md]', '    page The guide (guide/index.md -> guide/)']);
  });

  it('should keep external URLs as links, titled or not', () => {
    const nav = buildNav([{ GitHub: 'https://github.com/o/r' }, 'mailto:a@b.org'], pages);
    assert.deepEqual(outline(nav.items), ['link GitHub -> https://github.com/o/r', 'link mailto:a@b.org -> mailto:a@b.org']);
    assert.deepEqual(nav.missing, []);
  });

  it('should keep absolute paths as links and list them, without calling them missing', () => {
    const nav = buildNav([{ Blog: '/blog/' }], pages);
    assert.deepEqual(outline(nav.items), ['link Blog -> /blog/']);
    assert.deepEqual(nav.absoluteLinks.map((link) => link.entry), ['/blog/']);
    assert.deepEqual(nav.missing, []);
  });

  it('should report nav entries naming files that do not exist, keeping them as links like MkDocs', () => {
    const nav = buildNav(['index.md', { Gone: 'gone.md' }, 'also-gone.md'], pages);
    assert.deepEqual(nav.missing, [
      { entry: 'gone.md', title: 'Gone', at: [1, 'Gone'], message: "A reference to 'gone.md' is included in the 'nav' configuration, which is not found in the documentation files." },
      { entry: 'also-gone.md', title: undefined, at: [2], message: "A reference to 'also-gone.md' is included in the 'nav' configuration, which is not found in the documentation files." },
    ]);
    assert.deepEqual(outline(nav.items).slice(1), ['link Gone -> gone.md', 'link also-gone.md -> also-gone.md']);
  });

  it("should link a nav entry naming one of docs_dir's other files (generated API docs), without calling it missing, as MkDocs finds it", () => {
    const nav = buildNav([{ 'Python API': './api/python/index.html' }, { Gone: 'api/gone.html' }], pages, { docsFiles: new Set(['api/python/index.html']) });
    assert.deepEqual(outline(nav.items), ['link Python API -> api/python/index.html', 'link Gone -> api/gone.html']);
    assert.deepEqual(nav.missing.map((missing) => missing.entry), ['api/gone.html']);
  });

  it('should list pages that exist but are not in the nav, in the given order', () => {
    const nav = buildNav(['index.md', 'guide/setup.md'], pages);
    assert.deepEqual(nav.notInNav, ['about.md', 'guide/index.md', 'guide/advanced/tuning.md', 'old.md']);
  });

  it('should not list pages matched by not_in_nav patterns as omitted', () => {
    const nav = buildNav(['index.md'], pages, { notInNav: ['old.md', 'guide/'] });
    assert.deepEqual(nav.notInNav, ['about.md']);
  });

  it('should find pages written with ./ or doubled slashes', () => {
    const nav = buildNav(['./about.md', 'guide//setup.md'], pages);
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['about.md', 'guide/setup.md']);
  });

  it('should give pages in reading order, depth first', () => {
    const nav = buildNav(['index.md', { Guide: ['guide/index.md', { Advanced: ['guide/advanced/tuning.md'] }, 'guide/setup.md'] }, 'about.md'], pages);
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['index.md', 'guide/index.md', 'guide/advanced/tuning.md', 'guide/setup.md', 'about.md']);
  });

  it('should keep an empty section as a section with no children', () => {
    const nav = buildNav([{ Empty: [] }], pages);
    assert.deepEqual(outline(nav.items), ['section Empty']);
  });

  // MkDocs 1.6 makes one Page per file, titled by its first entry; the second entry gets that Page.
  it('should keep a page listed twice in both places, titled by its first entry', () => {
    const nav = buildNav(['index.md', { One: [{ Again: 'about.md' }] }, { Two: [{ Other: 'about.md' }] }], pages);
    assert.deepEqual(outline(nav.items), ['page Welcome (index.md -> )', 'section One', '  page Again (about.md -> about/)', 'section Two', '  page Again (about.md -> about/)']);
  });

  it('should not let a later title rename a page first listed without one', () => {
    const nav = buildNav(['about.md', { Again: 'about.md' }], pages);
    assert.deepEqual(outline(nav.items), ['page About us (about.md -> about/)', 'page About us (about.md -> about/)']);
  });

  it('should give each place of a page listed twice its own node', () => {
    const nav = buildNav(['about.md', 'about.md'], pages);
    assert.notEqual(nav.items[0], nav.items[1]);
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['about.md', 'about.md']);
  });

  it('should carry a page status and subtitle into the nav, and leave them out where the page has none', () => {
    const marked = [...pages, { src: 'new.md', url: 'new/', title: 'Fresh', status: 'new', subtitle: 'Just added' }];
    const nav = buildNav(['new.md', 'about.md'], marked);
    assert.deepEqual(nav.items.map((item) => (item.kind === 'page' ? [item.status, item.subtitle] : 'not a page')), [['new', 'Just added'], [undefined, undefined]]);
  });

  it('should carry a page icon into every place the page is listed', () => {
    const withIcon = [...pages, { src: 'icon.md', url: 'icon/', title: 'Iconic', icon: 'material/home' }];
    const nav = buildNav(['icon.md', { Again: 'icon.md' }, 'about.md'], withIcon);
    assert.deepEqual(nav.items.map((item) => (item.kind === 'page' ? item.icon : 'not a page')), ['material/home', 'material/home', undefined]);
  });
});

describe('buildNav without a nav', () => {
  it('should generate the nav from the files: index first, files, then folders as sections', () => {
    const nav = buildNav(undefined, pages);
    assert.deepEqual(outline(nav.items), [
      'page Welcome (index.md -> )',
      'page About us (about.md -> about/)',
      'page Old page (old.md -> old/)',
      'section Guide [index guide/index.md]',
      '  page The guide (guide/index.md -> guide/)',
      '  page Setting up (guide/setup.md -> guide/setup/)',
      '  section Advanced',
      '    page Tuning (guide/advanced/tuning.md -> guide/advanced/tuning/)',
    ]);
    assert.deepEqual(nav.notInNav, []);
    assert.deepEqual(nav.missing, []);
  });

  it('should leave not_in_nav pages out of a generated nav', () => {
    const nav = buildNav(undefined, pages, { notInNav: ['old.md', 'advanced/'] });
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['index.md', 'about.md', 'guide/index.md', 'guide/setup.md']);
    assert.deepEqual(outline(nav.items), [
      'page Welcome (index.md -> )',
      'page About us (about.md -> about/)',
      'section Guide [index guide/index.md]',
      '  page The guide (guide/index.md -> guide/)',
      '  page Setting up (guide/setup.md -> guide/setup/)',
    ]);
  });

  it('should not leave out pages that no not_in_nav pattern matches', () => {
    const nav = buildNav(undefined, pages, { notInNav: ['older.md', '/advanced/'] });
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['index.md', 'about.md', 'old.md', 'guide/index.md', 'guide/setup.md', 'guide/advanced/tuning.md']);
  });

  it('should keep a not_in_nav page that mkdocs.yml nav lists by name', () => {
    const nav = buildNav(['index.md', 'old.md'], pages, { notInNav: ['old.md'] });
    assert.deepEqual(nav.pagesInOrder.map((item) => item.src), ['index.md', 'old.md']);
  });

  it('should give an empty nav for no pages', () => {
    assert.deepEqual(buildNav(undefined, []), { items: [], pagesInOrder: [], notInNav: [], missing: [], absoluteLinks: [] });
  });
});
