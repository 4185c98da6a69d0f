/**
 * navNeighbours (src/site/nav-view.ts): each page's previous/next in reading order, looked up
 * through the view's position index rather than a scan of the order.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NavItem } from '../../src/nav/index.ts';
import { navNeighbours, toNavNodes } from '../../src/site/nav-view.ts';

const page = (src: string): NavItem => ({ kind: 'page', title: src.replace(/\.md$/, ''), src, url: src.replace(/\.md$/, '/') });
const ITEMS: NavItem[] = [
  page('a.md'),
  { kind: 'section', title: 'S', children: [page('b.md'), { kind: 'link', title: 'L', url: 'https://example.org/' }, page('c.md')] },
  page('a.md'),
];

describe('navNeighbours', () => {
  const view = toNavNodes(ITEMS, () => undefined, new Map());

  test('should give the previous and next pages in reading order, across sections, skipping links', () => {
    const b = navNeighbours(view, 'b.md');
    assert.deepEqual(b.previous, { title: 'a', url: 'a/' });
    assert.deepEqual(b.next, { title: 'c', url: 'c/' });
    assert.deepEqual(b.path, [{ title: 'S', url: undefined }]);
  });

  test('should not give a previous page to the first page, and use its first place when it is in the nav twice', () => {
    const a = navNeighbours(view, 'a.md');
    assert.equal(a.previous, undefined);
    assert.deepEqual(a.next, { title: 'b', url: 'b/' });
  });

  test('should not give neighbours to a page that is not in the nav', () => {
    assert.deepEqual(navNeighbours(view, 'orphan.md'), { previous: undefined, next: undefined, path: [] });
  });

  test('should look up the last page of a large nav, and not its first when asked for its last', () => {
    const many: NavItem[] = Array.from({ length: 5000 }, (_, i) => page(`p${i}.md`));
    const big = toNavNodes(many, () => undefined, new Map());
    assert.deepEqual(navNeighbours(big, 'p4999.md'), { previous: { title: 'p4998', url: 'p4998/' }, next: undefined, path: [] });
    assert.deepEqual(navNeighbours(big, 'p0.md').next, { title: 'p1', url: 'p1/' });
  });
});
