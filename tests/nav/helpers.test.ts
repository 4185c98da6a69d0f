import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadcrumbs, buildNav, findSectionIndex, previousNext, sectionOfIndex, type PageRef } from '../../src/nav/index.ts';

const pages: PageRef[] = ['index.md', 'guide/index.md', 'guide/a.md', 'guide/deep/b.md', 'loose.md'].map((src) => ({ src, url: src, title: src }));
const nav = buildNav(['index.md', { Guide: ['guide/index.md', 'guide/a.md', { Deep: ['guide/deep/b.md'] }] }, { Web: 'https://example.com' }], pages);

describe('previousNext', () => {
  it('should give the neighbours in reading order across sections', () => {
    const { previous, next } = previousNext(nav, 'guide/a.md');
    assert.equal(previous?.src, 'guide/index.md');
    assert.equal(next?.src, 'guide/deep/b.md');
  });

  it('should give no previous for the first page and no next for the last', () => {
    assert.equal(previousNext(nav, 'index.md').previous, undefined);
    assert.equal(previousNext(nav, 'guide/deep/b.md').next, undefined);
  });

  it('should give nothing for a page not in the nav', () => {
    assert.deepEqual(previousNext(nav, 'loose.md'), { previous: undefined, next: undefined });
  });

  it('should use the last place of a page listed twice, the one MkDocs renders', () => {
    const twice = buildNav(['index.md', 'guide/a.md', 'loose.md', 'guide/a.md'], pages);
    assert.equal(previousNext(twice, 'guide/a.md').previous?.src, 'loose.md');
  });
});

describe('breadcrumbs', () => {
  it('should list the sections above a page, outermost first', () => {
    assert.deepEqual(breadcrumbs(nav, 'guide/deep/b.md').map((section) => section.title), ['Guide', 'Deep']);
  });

  it('should give no sections for a top-level page or a page not in the nav', () => {
    assert.deepEqual(breadcrumbs(nav, 'index.md'), []);
    assert.deepEqual(breadcrumbs(nav, 'loose.md'), []);
  });
});

describe('findSectionIndex and sectionOfIndex', () => {
  it('should find the index page of a section whose first child is index.md', () => {
    const guide = nav.items[1];
    assert.equal(guide?.kind, 'section');
    if (guide?.kind === 'section') assert.equal(findSectionIndex(guide)?.src, 'guide/index.md');
  });

  it('should not find an index in a section starting with a link or another page', () => {
    assert.equal(findSectionIndex({ children: [{ kind: 'link', title: 'x', url: 'https://x' }] }), undefined);
    assert.equal(findSectionIndex({ children: [{ kind: 'page', title: 'x', src: 'guide/a.md', url: '' }] }), undefined);
    assert.equal(findSectionIndex({ children: [] }), undefined);
  });

  it('should find the section an index page stands for', () => {
    assert.equal(sectionOfIndex(nav, 'guide/index.md')?.title, 'Guide');
    assert.equal(sectionOfIndex(nav, 'guide/a.md'), undefined);
  });
});
