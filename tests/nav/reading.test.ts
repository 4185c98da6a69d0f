import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNav, previousNext, type PageRef } from '../../src/nav/index.ts';

const pages: PageRef[] = ['index.md', 'guide/index.md', 'guide/a.md', 'guide/deep/b.md', 'loose.md'].map((src) => ({ src, url: src, title: src }));
const nav = buildNav(['index.md', { Guide: ['guide/index.md', 'guide/a.md', { Deep: ['guide/deep/b.md'] }] }, { Web: 'https://example.com' }], pages);
const srcs = ({ previous, next }: ReturnType<typeof previousNext>) => [previous?.src, next?.src];

describe('previousNext', () => {
  it('should give the neighbours in reading order across sections', () => {
    assert.deepEqual(srcs(previousNext(nav, 'guide/a.md')), ['guide/index.md', 'guide/deep/b.md']);
  });

  it('should step into and out of nested sections, skipping links', () => {
    assert.deepEqual(srcs(previousNext(nav, 'guide/deep/b.md')), ['guide/a.md', undefined]);
    assert.deepEqual(srcs(previousNext(nav, 'index.md')), [undefined, 'guide/index.md']);
  });

  it('should give nothing for a page not in the nav', () => {
    assert.deepEqual(previousNext(nav, 'loose.md'), { previous: undefined, next: undefined });
  });

  // Regression: the site used the first place. MkDocs 1.6 sets previous/next for every place in
  // turn on the one Page, so the last place is what it renders.
  it('should use the last place of a page listed twice, as MkDocs does', () => {
    const twice = buildNav(['index.md', 'guide/a.md', 'loose.md', 'guide/a.md', 'guide/deep/b.md'], pages);
    assert.deepEqual(srcs(previousNext(twice, 'guide/a.md')), ['loose.md', 'guide/deep/b.md']);
  });

  it('should not change the neighbours of the pages around both places of a page listed twice', () => {
    const twice = buildNav(['index.md', 'guide/a.md', 'loose.md', 'guide/a.md', 'guide/deep/b.md'], pages);
    assert.deepEqual(srcs(previousNext(twice, 'index.md')), [undefined, 'guide/a.md']);
    assert.deepEqual(srcs(previousNext(twice, 'loose.md')), ['guide/a.md', 'guide/a.md']);
  });

  it('should give a page listed twice in a row itself as its previous page, as MkDocs does', () => {
    const twice = buildNav(['index.md', 'guide/a.md', 'guide/a.md'], pages);
    assert.deepEqual(srcs(previousNext(twice, 'guide/a.md')), ['guide/a.md', undefined]);
  });
});
