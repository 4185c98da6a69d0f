/** Material's typeset plugin in the nav: a page's HTML title is drawn only where the nav gives it no title. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNav, type NavItem, type NavPage, type PageRef } from '../../src/nav/index.ts';

const PAGES: PageRef[] = [
  { src: 'index.md', url: '', title: 'Home' },
  { src: 'cli.md', url: 'cli/', title: 'The uv run command', typeset: 'The <code>uv run</code> command' },
  { src: 'guide/index.md', url: 'guide/', title: 'The guide', typeset: 'The <em>guide</em>' },
  { src: 'guide/a.md', url: 'guide/a/', title: 'A', typeset: '<code>A</code>' },
];

function page(items: readonly NavItem[], src: string): NavPage | undefined {
  for (const item of items) {
    if (item.kind === 'page' && item.src === src) return item;
    if (item.kind === 'section') {
      if (item.page?.src === src) return item.page;
      const found = page(item.children, src);
      if (found) return found;
    }
  }
  return undefined;
}

describe('typeset titles in the nav', () => {
  it('should keep the HTML title of a page listed without a title, and of a generated nav', () => {
    assert.equal(page(buildNav(['index.md', 'cli.md'], PAGES).items, 'cli.md')?.typeset, 'The <code>uv run</code> command');
    assert.equal(page(buildNav(undefined, PAGES).items, 'guide/a.md')?.typeset, '<code>A</code>');
  });

  it('should not draw the HTML title of a page the nav titles', () => {
    const nav = buildNav(['index.md', { Commands: 'cli.md' }], PAGES);
    const cli = page(nav.items, 'cli.md');
    assert.equal(cli?.title, 'Commands');
    assert.equal(cli?.typeset, undefined);
  });

  it('should not add a typeset key to a page without one', () => {
    assert.ok(!('typeset' in (page(buildNav(['index.md'], PAGES).items, 'index.md') ?? {})));
  });

  it('should drop the HTML title of a page mkdocs-section-index makes a section, which takes the section title', () => {
    const nav = buildNav([{ Guide: ['guide/index.md', 'guide/a.md'] }], PAGES, { sectionIndex: true });
    const guide = page(nav.items, 'guide/index.md');
    assert.equal(guide?.title, 'Guide');
    assert.equal(guide?.typeset, undefined);
    assert.equal(page(nav.items, 'guide/a.md')?.typeset, '<code>A</code>');
    assert.equal(nav.pagesInOrder.find((item) => item.src === 'guide/index.md')?.typeset, undefined);
  });
});
