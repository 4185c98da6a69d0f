import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activeTrail, breadcrumbs, buildNav, drawnChildren, firstLeafUrl, firstUrl, isActive, pathCrumbs, previousNext, sectionLink, type NavItem, type PageRef } from '../../src/nav/index.ts';

function pages(...srcs: string[]): PageRef[] {
  return srcs.map((src) => ({ src, url: src === 'index.md' ? '' : src.replace(/(index)?\.md$/, '/').replace(/\/\/$/, '/'), title: `Own ${src}` }));
}

/** The tree as the plugin's golden files print it: `SectionPage(title, src)` with its children indented. */
function shape(items: readonly NavItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const pad = '    '.repeat(depth);
    if (item.kind === 'link') return [`${pad}Link(${item.title})`];
    if (item.kind === 'page') return [`${pad}Page(${item.title}, ${item.src})`];
    const head = item.page ? `SectionPage(${item.title}, ${item.page.src})` : `Section(${item.title})`;
    return [`${pad}${head}`, ...shape(item.children, depth + 1)];
  });
}

const BASIC = [
  { Aaa: 'a.md' },
  { Bbb: 'b.md' },
  { 'Section 1': [{ Ccc: 's1/c.md' }, { Link: 'http://example.org/' }] },
  { 'Section 2': ['s2/index.md'] },
  { 'Section 3': ['s3/index.md', { Subsection: ['s3s/index.md', { Ddd: 's3s/d.md' }] }, { Eee: 's3/e.md' }] },
];
const BASIC_PAGES = pages('a.md', 'b.md', 's1/c.md', 's2/index.md', 's3/index.md', 's3s/index.md', 's3s/d.md', 's3/e.md');

describe('section-index', () => {
  it("should turn sections led by an untitled page into that page (the plugin's tests/navs/basic.yml)", () => {
    const nav = buildNav(BASIC, BASIC_PAGES, { sectionIndex: true });
    // The plugin prints Section 2 as a SectionPage with no children: Material draws that as a page.
    assert.deepEqual(shape(nav.items), [
      'Page(Aaa, a.md)',
      'Page(Bbb, b.md)',
      'Section(Section 1)',
      '    Page(Ccc, s1/c.md)',
      '    Link(Link)',
      'Page(Section 2, s2/index.md)',
      'SectionPage(Section 3, s3/index.md)',
      '    SectionPage(Subsection, s3s/index.md)',
      '        Page(Ddd, s3s/d.md)',
      '    Page(Eee, s3/e.md)',
    ]);
  });

  it('should not change a section whose first page has a title, or starts with a section or a link, or without the plugin', () => {
    const nav = buildNav([{ A: [{ Intro: 'a/x.md' }, 'a/y.md'] }, { B: [{ Deep: ['b/x.md'] }, 'b/y.md'] }], pages('a/x.md', 'a/y.md', 'b/x.md', 'b/y.md'), { sectionIndex: true });
    assert.deepEqual(shape(nav.items), ['Section(A)', '    Page(Intro, a/x.md)', '    Page(Own a/y.md, a/y.md)', 'Section(B)', '    Page(Deep, b/x.md)', '    Page(Own b/y.md, b/y.md)']);
    assert.deepEqual(shape(buildNav(BASIC, BASIC_PAGES).items).filter((line) => line.includes('SectionPage')), []);
  });

  it('should take any first untitled page, not only an index page, but never the home page (its URL is empty)', () => {
    const nav = buildNav([{ Guide: ['guide/intro.md', 'guide/a.md'] }, { Home: ['index.md', 'x.md'] }], pages('guide/intro.md', 'guide/a.md', 'index.md', 'x.md'), { sectionIndex: true });
    assert.deepEqual(shape(nav.items), ['SectionPage(Guide, guide/intro.md)', '    Page(Own guide/a.md, guide/a.md)', 'Section(Home)', '    Page(Own index.md, index.md)', '    Page(Own x.md, x.md)']);
  });

  it("should give the page the section's title in the reading order too, and keep its place there", () => {
    const nav = buildNav(BASIC, BASIC_PAGES, { sectionIndex: true });
    assert.deepEqual(nav.pagesInOrder.map((page) => page.title), ['Aaa', 'Bbb', 'Ccc', 'Section 2', 'Section 3', 'Subsection', 'Ddd', 'Eee']);
    assert.equal(previousNext(nav, 's3/index.md').previous?.title, 'Section 2');
    assert.equal(previousNext(nav, 's3/index.md').next?.title, 'Subsection');
  });

  it('should make the section page the current place: active, with only the sections above it as breadcrumbs', () => {
    const nav = buildNav(BASIC, BASIC_PAGES, { sectionIndex: true });
    const trail = activeTrail(nav.items, 's3s/index.md');
    assert.deepEqual(trail.at, [4, 0]);
    const section3 = nav.items[4];
    assert.ok(section3?.kind === 'section');
    assert.equal(isActive(section3, [4], trail), true);
    assert.equal(isActive(section3.children[0] ?? section3, [4, 0], trail), true);
    assert.equal(isActive(section3.children[1] ?? section3, [4, 1], trail), false);
    assert.deepEqual(breadcrumbs(nav, 's3s/index.md').map((section) => section.title), ['Section 3']);
    assert.deepEqual(breadcrumbs(nav, 's3s/d.md').map((section) => section.title), ['Section 3', 'Subsection']);
    assert.deepEqual(breadcrumbs(nav, 's3/index.md'), []);
  });

  it("should lead a tab to the section page, a path crumb to the first child (Material's path-item.html is not rewritten)", () => {
    const nav = buildNav([{ Start: 'index.md' }, ...BASIC], [...pages('index.md'), ...BASIC_PAGES], { sectionIndex: true });
    const section3 = nav.items[5];
    assert.ok(section3?.kind === 'section');
    assert.equal(firstUrl(section3), 's3/');
    assert.equal(firstLeafUrl(section3), 's3s/d/');
    assert.deepEqual(pathCrumbs(nav, 's3s/d.md').map((crumb) => crumb.url), ['', 's3s/d/', 's3s/d/']);
  });

  it('should draw the section page as the section link whatever navigation.indexes says; an index page under it stays hidden with it', () => {
    const nav = buildNav([{ S: ['s/intro.md', 's/index.md', 's/b.md'] }], pages('s/intro.md', 's/index.md', 's/b.md'), { sectionIndex: true });
    const section = nav.items[0];
    assert.ok(section?.kind === 'section');
    assert.equal(sectionLink(section, false)?.src, 's/intro.md');
    assert.equal(sectionLink(section, true)?.src, 's/intro.md');
    assert.deepEqual(drawnChildren(section, false).map((child) => child.title), ['Own s/index.md', 'Own s/b.md']);
    assert.deepEqual(drawnChildren(section, true).map((child) => child.title), ['Own s/b.md']);
  });
});
