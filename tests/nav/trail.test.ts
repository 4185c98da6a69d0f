import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activeTrail, breadcrumbs, buildNav, isActive, pathCrumbs, type NavItem, type NavSection, type PageRef } from '../../src/nav/index.ts';

const pages: PageRef[] = ['index.md', 'guide/index.md', 'guide/a.md', 'guide/deep/b.md', 'other/c.md', 'loose.md'].map((src) => ({
  src,
  url: src === 'index.md' ? '' : `${src}/`,
  title: src,
}));
const nav = buildNav([{ Start: 'index.md' }, { Guide: ['guide/index.md', 'guide/a.md', { Deep: ['guide/deep/b.md'] }] }, { Other: ['other/c.md'] }, { Web: 'https://example.com' }], pages);
// A page listed in two sections: MkDocs marks only the sections above its last place.
const twice = buildNav(['index.md', { One: ['guide/a.md'] }, { Two: ['other/c.md', 'guide/a.md'] }], pages);

/** Every node drawn active, as `title` or `src`, walking the tree with positions like the sidebar. */
function activeNodes(items: readonly NavItem[], src: string): string[] {
  const trail = activeTrail(items, src);
  const walk = (list: readonly NavItem[], above: number[]): string[] =>
    list.flatMap((item, index) => {
      const at = [...above, index];
      const own = isActive(item, at, trail) ? [item.kind === 'page' ? `${item.src}@${at.join('.')}` : item.title] : [];
      return item.kind === 'section' ? [...own, ...walk(item.children, at)] : own;
    });
  return walk(items, []);
}

describe('activeTrail and isActive', () => {
  it('should give the positions down to a nested page', () => {
    assert.deepEqual(activeTrail(nav.items, 'guide/deep/b.md').at, [1, 2, 0]);
  });

  it('should mark the page and every section above it active', () => {
    assert.deepEqual(activeNodes(nav.items, 'guide/deep/b.md'), ['Guide', 'Deep', 'guide/deep/b.md@1.2.0']);
  });

  it('should not mark sibling sections, other pages or links active', () => {
    assert.deepEqual(activeNodes(nav.items, 'other/c.md'), ['Other', 'other/c.md@2.0']);
  });

  it('should mark nothing for a page not in the nav', () => {
    assert.deepEqual(activeTrail(nav.items, 'loose.md').at, []);
    assert.deepEqual(activeNodes(nav.items, 'loose.md'), []);
  });

  // Regression: the theme opened every section holding the page. MkDocs 1.6 gives a page one
  // parent, the section of its last place, and marks that chain only.
  it('should open only the sections above the last place of a page listed twice', () => {
    assert.deepEqual(activeNodes(twice.items, 'guide/a.md'), ['guide/a.md@1.0', 'Two', 'guide/a.md@2.1']);
  });

  it('should not open a section just because its position is a prefix of a deeper sibling', () => {
    const trail = activeTrail(nav.items, 'guide/deep/b.md');
    const deep: NavSection = { kind: 'section', title: 'Deep', children: [] };
    assert.equal(isActive(deep, [1, 2, 0], trail), false);
    assert.equal(isActive(deep, [1, 1], trail), false);
    assert.equal(isActive(deep, [1, 2], trail), true);
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

  it('should use the last place of a page listed twice, as MkDocs ancestors do', () => {
    assert.deepEqual(breadcrumbs(twice, 'guide/a.md').map((section) => section.title), ['Two']);
  });
});

describe('pathCrumbs (navigation.path)', () => {
  it('should start with the home page under its nav title, then lead each section to its first page', () => {
    assert.deepEqual(pathCrumbs(nav, 'guide/deep/b.md'), [
      { title: 'Start', url: '' },
      { title: 'Guide', url: 'guide/index.md/' },
      { title: 'Deep', url: 'guide/deep/b.md/' },
    ]);
  });

  // Material's path-item.html follows the first child, depth first, not the section's index page.
  it('should lead a section to its first page, not to an index page listed later', () => {
    const later = buildNav(['index.md', { Guide: [{ Deep: ['guide/deep/b.md'] }, 'guide/index.md', 'guide/a.md'] }], pages);
    assert.deepEqual(pathCrumbs(later, 'guide/a.md'), [{ title: 'index.md', url: '' }, { title: 'Guide', url: 'guide/deep/b.md/' }]);
  });

  it('should draw no home crumb when the home page is not at the top of the nav, nor a single crumb', () => {
    const homeless = buildNav([{ Guide: ['guide/a.md', { Deep: ['guide/deep/b.md'] }] }, { Nested: ['index.md'] }], pages);
    assert.deepEqual(pathCrumbs(homeless, 'guide/a.md'), []);
    assert.deepEqual(pathCrumbs(homeless, 'guide/deep/b.md'), [{ title: 'Guide', url: 'guide/a.md/' }, { title: 'Deep', url: 'guide/deep/b.md/' }]);
  });

  it('should give no crumbs for the home page, a top-level page or a page not in the nav', () => {
    assert.deepEqual(pathCrumbs(nav, 'index.md'), []);
    assert.deepEqual(pathCrumbs(buildNav(['index.md', 'guide/a.md'], pages), 'guide/a.md'), []);
    assert.deepEqual(pathCrumbs(nav, 'loose.md'), []);
  });

  it('should use the sections above the last place of a page listed twice', () => {
    assert.deepEqual(pathCrumbs(twice, 'guide/a.md').map((crumb) => crumb.title), ['index.md', 'Two']);
  });
});
