import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNav, drawnChildren, findSectionIndex, firstUrl, sectionOfIndex, type NavItem, type NavPage, type NavSection, type PageRef } from '../../src/nav/index.ts';

const pages: PageRef[] = ['index.md', 'guide/index.md', 'guide/a.md', 'guide/deep/b.md', 'guide/deep/README.md', 'guide/indexes.md', 'loose.md'].map((src) => ({ src, url: `${src}/`, title: src }));
const nav = buildNav(['index.md', { Guide: ['guide/index.md', 'guide/a.md', { Deep: ['guide/deep/b.md'] }] }, { Web: 'https://example.com' }], pages);
const page = (src: string): NavPage => ({ kind: 'page', title: src, src, url: `${src}/` });
const titles = (items: readonly NavItem[]) => items.map((item) => (item.kind === 'page' ? item.src : item.title));

describe('findSectionIndex (navigation.indexes)', () => {
  it('should find the index page of a section whose first child is index.md', () => {
    assert.equal(findSectionIndex({ children: [page('guide/index.md'), page('guide/a.md')] })?.src, 'guide/index.md');
  });

  // Material's nav-item.html keeps the first `is_index` child wherever it stands.
  it('should find an index page that is not the first child, as Material does', () => {
    assert.equal(findSectionIndex({ children: [page('guide/a.md'), page('guide/index.md')] })?.src, 'guide/index.md');
  });

  it('should take README.md as an index page, as MkDocs does', () => {
    assert.equal(findSectionIndex({ children: [page('guide/deep/b.md'), page('guide/deep/README.md')] })?.src, 'guide/deep/README.md');
  });

  it('should take the first of two index pages', () => {
    assert.equal(findSectionIndex({ children: [page('guide/a.md'), page('guide/index.md'), page('guide/deep/README.md')] })?.src, 'guide/index.md');
  });

  it('should not find an index among links, other pages or an empty section', () => {
    assert.equal(findSectionIndex({ children: [{ kind: 'link', title: 'index.md', url: 'index.md' }] }), undefined);
    assert.equal(findSectionIndex({ children: [page('guide/a.md'), page('guide/indexes.md')] }), undefined);
    assert.equal(findSectionIndex({ children: [] }), undefined);
  });

  it('should not take the index page of a subsection', () => {
    const section: NavSection = { kind: 'section', title: 'Deep', children: [page('guide/deep/README.md')] };
    assert.equal(findSectionIndex({ children: [page('guide/a.md'), section] }), undefined);
  });
});

describe('sectionOfIndex', () => {
  it('should find the section an index page stands for', () => {
    assert.equal(sectionOfIndex(nav, 'guide/index.md')?.title, 'Guide');
  });

  it('should not find a section for a page that is no index, or the home page', () => {
    assert.equal(sectionOfIndex(nav, 'guide/a.md'), undefined);
    assert.equal(sectionOfIndex(nav, 'index.md'), undefined);
  });
});

describe('drawnChildren', () => {
  const guide = nav.items[1];

  it('should leave the index page out of the children with navigation.indexes', () => {
    assert.deepEqual(titles(guide ? drawnChildren(guide, true) : []), ['guide/a.md', 'Deep']);
  });

  it('should keep the index page among the children without navigation.indexes', () => {
    assert.deepEqual(titles(guide ? drawnChildren(guide, false) : []), ['guide/index.md', 'guide/a.md', 'Deep']);
  });

  it('should leave out every place of an index page listed twice in its section', () => {
    const twice = buildNav([{ Guide: ['guide/index.md', 'guide/a.md', 'guide/index.md'] }], pages).items[0];
    assert.deepEqual(titles(twice ? drawnChildren(twice, true) : []), ['guide/a.md']);
  });

  it('should draw no children under a page or a link', () => {
    assert.deepEqual(drawnChildren(page('guide/a.md'), true), []);
    assert.deepEqual(drawnChildren({ kind: 'link', title: 'Web', url: 'https://example.com' }, true), []);
  });
});

describe('firstUrl', () => {
  it('should lead a page or a link to its own URL', () => {
    assert.equal(firstUrl(page('guide/a.md')), 'guide/a.md/');
    assert.equal(firstUrl({ kind: 'link', title: 'Web', url: 'https://example.com' }), 'https://example.com');
  });

  it('should lead a section to its index page, else to its first URL depth first', () => {
    assert.equal(nav.items[1] && firstUrl(nav.items[1]), 'guide/index.md/');
    const noIndex = buildNav([{ Top: [{ Empty: [] }, { Deep: ['guide/deep/b.md'] }, 'guide/a.md'] }], pages).items[0];
    assert.equal(noIndex && firstUrl(noIndex), 'guide/deep/b.md/');
  });

  it('should not lead an empty section anywhere', () => {
    assert.equal(firstUrl({ kind: 'section', title: 'Empty', children: [] }), undefined);
  });
});
