/**
 * attachSections (src/nav/attach.ts): sections a plugin adds beside a page, as Material's blog
 * attaches Archive and Categories beside its index.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachSections, buildNav, type NavItem, type NavSection, type PageRef } from '../../src/nav/index.ts';

const page = (src: string, title: string): PageRef => ({ src, title, url: src.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/') });
const pages = [page('index.md', 'Home'), page('blog/index.md', 'Blog'), page('about.md', 'About')];
const archive: NavSection = { kind: 'section', title: 'Archive', children: [{ kind: 'page', title: '2024', src: 'blog/archive/2024.md', url: 'blog/archive/2024/' }] };

function outline(items: readonly NavItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const pad = '  '.repeat(depth);
    if (item.kind === 'section') return [`${pad}${item.title}:`, ...outline(item.children, depth + 1)];
    return [`${pad}${item.title}`];
  });
}

describe('attachSections', () => {
  it('should append the sections to the page\'s own section and read them after its pages', () => {
    const nav = buildNav(['index.md', { Blog: ['blog/index.md'] }, 'about.md'], pages);
    const attached = attachSections(nav, 'blog/index.md', [archive]);
    assert.deepEqual(outline(attached.items), ['Home', 'Blog:', '  Blog', '  Archive:', '    2024', 'About']);
    assert.deepEqual(attached.pagesInOrder.map((item) => item.title), ['Home', 'Blog', '2024', 'About']);
  });

  it('should append them to the top level for a page at the top', () => {
    const nav = buildNav(['index.md', 'blog/index.md', 'about.md'], pages);
    const attached = attachSections(nav, 'blog/index.md', [archive]);
    assert.deepEqual(outline(attached.items), ['Home', 'Blog', 'About', 'Archive:', '  2024']);
    assert.deepEqual(attached.pagesInOrder.map((item) => item.title), ['Home', 'Blog', 'About', '2024']);
  });

  it('should change nothing when the page is not in the nav, or there is nothing to attach', () => {
    const nav = buildNav(['index.md', 'about.md'], pages);
    assert.equal(attachSections(nav, 'blog/index.md', [archive]), nav);
    assert.equal(attachSections(nav, 'index.md', []), nav);
  });

  it('should not change the nav it is given', () => {
    const nav = buildNav(['index.md', { Blog: ['blog/index.md'] }], pages);
    attachSections(nav, 'blog/index.md', [archive]);
    assert.deepEqual(outline(nav.items), ['Home', 'Blog:', '  Blog']);
  });
});
