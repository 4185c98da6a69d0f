import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activeTrail,
  buildNav,
  countNavEntries,
  drawnIcons,
  firstLeafUrl,
  isPruned,
  NAV_PRUNE_THRESHOLD,
  navDrawOptions,
  navPruning,
  type NavDrawOptions,
  type NavItem,
  type NavSection,
  type PageRef,
} from '../../src/nav/index.ts';

const icons: Record<string, string> = { 'a/one.md': 'material/email', 'b/two.md': 'material/email', 'b/deep/three.md': 'material/dns', 'b/index.md': 'material/home' };
const pages: PageRef[] = ['index.md', 'a/one.md', 'a/deep/x.md', 'b/index.md', 'b/two.md', 'b/deep/three.md', 'c/empty-first.md'].map((src) => ({
  src,
  url: src === 'index.md' ? '' : `${src.replace(/\.md$/, '')}/`,
  title: src,
  icon: icons[src],
}));
// Top: a page, section A (a page and a subsection), section B (index, page, subsection), a link.
const nav = buildNav(['index.md', { A: ['a/one.md', { Deep: ['a/deep/x.md'] }] }, { B: ['b/index.md', 'b/two.md', { Deep: ['b/deep/three.md'] }] }, { Web: 'https://example.com' }], pages).items;
const options = (features: string[], prune = true): NavDrawOptions => navDrawOptions(features, prune);

/** Titles of the sections drawn pruned for the page `src`, walking the tree as the sidebar does. */
function prunedSections(items: readonly NavItem[], src: string, draw: NavDrawOptions): string[] {
  const trail = activeTrail(items, src);
  const walk = (list: readonly NavItem[], above: number[]): string[] =>
    list.flatMap((item, index) => {
      const at = [...above, index];
      if (item.kind !== 'section') return [];
      if (isPruned(item, at, trail, draw)) return [`${item.title}@${at.join('.')}`];
      return walk(item.children, at);
    });
  return walk(items, []);
}

const section = (title: string, children: NavItem[]): NavSection => ({ kind: 'section', title, children });

describe('isPruned (navigation.prune)', () => {
  it('should prune every collapsed section off the current page path', () => {
    assert.deepEqual(prunedSections(nav, 'a/one.md', options([])), ['Deep@1.1', 'B@2']);
  });

  it('should keep the sections above the current page whole', () => {
    assert.deepEqual(prunedSections(nav, 'b/deep/three.md', options([])), ['A@1']);
  });

  it('should not prune anything when pruning is off', () => {
    assert.deepEqual(prunedSections(nav, 'a/one.md', options([], false)), []);
  });

  it('should prune every top-level section of a page outside all sections', () => {
    assert.deepEqual(prunedSections(nav, 'index.md', options([])), ['A@1', 'B@2']);
  });

  // Material: with navigation.sections the top level is drawn as expanded groups, never pruned.
  it('should not prune the top-level groups of navigation.sections, only the sections inside them', () => {
    assert.deepEqual(prunedSections(nav, 'a/one.md', options(['navigation.sections'])), ['Deep@1.1', 'Deep@2.2']);
  });

  // With tabs, the groups are the second level under the active tab; other tabs are pruned whole.
  it('should prune the other tabs and keep the groups of the active tab with tabs and sections', () => {
    assert.deepEqual(prunedSections(nav, 'b/two.md', options(['navigation.tabs', 'navigation.sections'])), ['A@1']);
    assert.deepEqual(prunedSections(nav, 'b/two.md', options(['navigation.tabs'])), ['A@1', 'Deep@2.2']);
  });

  it('should not prune an empty section, which has nothing to collapse', () => {
    const items = [section('Empty', []), section('Full', [{ kind: 'page', title: 'x', src: 'x.md', url: 'x/' }])];
    assert.deepEqual(prunedSections(items, 'nowhere.md', options([])), ['Full@1']);
  });
});

describe('firstLeafUrl (where a pruned section leads)', () => {
  it('should lead to the first page, depth first, past the index page rule', () => {
    const b = nav[2];
    assert.equal(b?.kind === 'section' ? firstLeafUrl(b) : 'not a section', 'b/index/');
    const deepFirst = section('X', [section('Inner', [{ kind: 'page', title: 'p', src: 'p.md', url: 'p/' }]), { kind: 'page', title: 'q', src: 'q.md', url: 'q/' }]);
    assert.equal(firstLeafUrl(deepFirst), 'p/');
  });

  it('should lead to a link when the first child is one', () => {
    assert.equal(firstLeafUrl(section('X', [{ kind: 'link', title: 'web', url: 'https://example.com' }])), 'https://example.com');
  });

  it('should lead nowhere when the first child is an empty section', () => {
    assert.equal(firstLeafUrl(section('X', [section('Empty', []), { kind: 'page', title: 'q', src: 'q.md', url: 'q/' }])), undefined);
  });
});

describe('navPruning (when the sidebar is pruned)', () => {
  const large: NavItem[] = Array.from({ length: NAV_PRUNE_THRESHOLD }, (_, i) => ({ kind: 'page', title: `p${i}`, src: `p${i}.md`, url: `p${i}/` }));

  it('should count pages, sections and links at every depth', () => {
    assert.equal(countNavEntries(nav), 11);
  });

  it('should prune when theme.features lists navigation.prune, whatever the size', () => {
    assert.deepEqual(navPruning(['navigation.prune'], nav), { prune: true, automatic: false, entries: 11 });
  });

  it('should not prune a small nav without navigation.prune', () => {
    assert.deepEqual(navPruning([], nav), { prune: false, automatic: false, entries: 11 });
  });

  it('should not prune a nav of exactly the threshold, and prune one entry more by itself', () => {
    assert.equal(navPruning([], large).prune, false);
    assert.deepEqual(navPruning([], [...large, section('One more', [])]), { prune: true, automatic: true, entries: NAV_PRUNE_THRESHOLD + 1 });
  });

  it('should keep a large nav whole under navigation.expand, which needs every section', () => {
    assert.deepEqual(navPruning(['navigation.expand'], [...large, section('One more', [])]), { prune: false, automatic: false, entries: NAV_PRUNE_THRESHOLD + 1 });
  });
});

describe('drawnIcons', () => {
  const counts = (src: string, draw: NavDrawOptions) => Object.fromEntries(drawnIcons(nav, activeTrail(nav, src), draw));

  it('should count every page icon of an unpruned nav', () => {
    assert.deepEqual(counts('a/one.md', options([], false)), { 'material/email': 2, 'material/dns': 1, 'material/home': 1 });
  });

  it('should not count the icons under a pruned section', () => {
    assert.deepEqual(counts('a/one.md', options([])), { 'material/email': 1 });
  });

  it('should count the index icon once, on the section link, with navigation.indexes', () => {
    assert.deepEqual(counts('b/two.md', options(['navigation.indexes'])), { 'material/home': 1, 'material/email': 1 });
  });
});
