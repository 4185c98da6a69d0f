import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awesomeNavConfig, buildNav, parsePagesMeta, type AwesomePagesOptions, type PageRef, type PagesMeta } from '../../src/nav/index.ts';

const DEFAULTS: AwesomePagesOptions = { collapseSinglePages: false, strict: true, ignoreCase: false };

/** Pages titled from their file names (`guide/setup.md` -> `Setup`), or as `titles` says. */
function pages(srcs: readonly string[], titles: Readonly<Record<string, string>> = {}): PageRef[] {
  return srcs.map((src) => {
    const stem = src.slice(src.lastIndexOf('/') + 1).replace(/\.md$/, '');
    return { src, url: src.replace(/\.md$/, '/'), title: titles[src] ?? stem.charAt(0).toUpperCase() + stem.slice(1) };
  });
}

/** `.pages` values by folder, parsed as the site parses them (a problem fails the test). */
function metas(files: Readonly<Record<string, unknown>>): Map<string, PagesMeta> {
  return new Map(
    Object.entries(files).map(([folder, data]) => {
      const parsed = parsePagesMeta(data);
      if (!parsed.meta) throw new Error(parsed.problem.message);
      return [folder, parsed.meta];
    }),
  );
}

function generate(srcs: readonly string[], files: Readonly<Record<string, unknown>>, options: Partial<AwesomePagesOptions> = {}, titles: Readonly<Record<string, string>> = {}) {
  return awesomeNavConfig(pages(srcs, titles), metas(files), { ...DEFAULTS, ...options });
}

const FILES = ['index.md', 'b.md', 'a.md', 'guide/index.md', 'guide/setup.md', 'guide/usage.md', 'zeta/z.md'];

describe('awesome-pages without .pages files', () => {
  it('should generate the nav MkDocs generates', () => {
    assert.deepEqual(generate(FILES, {}).nav, ['index.md', 'a.md', 'b.md', { Guide: ['guide/index.md', 'guide/setup.md', 'guide/usage.md'] }, { Zeta: ['zeta/z.md'] }]);
  });
});

describe('awesome-pages title', () => {
  it("should title a folder's section from its .pages title", () => {
    assert.deepEqual(generate(['guide/a.md'], { guide: { title: 'The Guide' } }).nav, [{ 'The Guide': ['guide/a.md'] }]);
  });

  it("should prefer the folder's own title over the title its parent's nav gives it, as the plugin does", () => {
    assert.deepEqual(generate(['guide/a.md'], { '': { nav: [{ Handbook: 'guide' }] }, guide: { title: 'The Guide' } }).nav, [{ 'The Guide': ['guide/a.md'] }]);
    assert.deepEqual(generate(['guide/a.md'], { '': { nav: [{ Handbook: 'guide' }] } }).nav, [{ Handbook: ['guide/a.md'] }]);
  });

  it('should say that a title in the docs folder has no effect, and not use it', () => {
    const result = generate(['a.md'], { '': { title: 'Top' } });
    assert.deepEqual(result.nav, ['a.md']);
    assert.match(result.notes[0]?.message ?? '', /'title' in the docs folder's file has no effect/);
  });
});

describe('awesome-pages nav', () => {
  it('should order the named entries and leave out the entries not named when there is no rest entry', () => {
    assert.deepEqual(generate(FILES, { '': { nav: ['b.md', 'guide', 'index.md'] } }).nav, ['b.md', { Guide: ['guide/index.md', 'guide/setup.md', 'guide/usage.md'] }, 'index.md']);
  });

  it('should put the remaining entries, in their order, where `...` stands', () => {
    assert.deepEqual(generate(FILES, { '': { nav: ['b.md', '...', 'index.md'] } }).nav, ['b.md', 'a.md', { Guide: ['guide/index.md', 'guide/setup.md', 'guide/usage.md'] }, { Zeta: ['zeta/z.md'] }, 'index.md']);
  });

  it('should give an entry its title (`Title: name`) for a page and for a folder', () => {
    assert.deepEqual(generate(FILES, { '': { nav: [{ Start: 'index.md' }, { Manual: 'guide' }] } }).nav, [{ Start: 'index.md' }, { Manual: ['guide/index.md', 'guide/setup.md', 'guide/usage.md'] }]);
  });

  it('should make a titled entry that names no item a link', () => {
    assert.deepEqual(generate(['a.md'], { '': { nav: ['...', { GitHub: 'https://github.com/x' }, { Other: '../elsewhere/' }] } }).nav, ['a.md', { GitHub: 'https://github.com/x' }, { Other: '../elsewhere/' }]);
  });

  it('should warn about an entry that names no item, and not with strict: false', () => {
    const result = generate(['guide/a.md'], { guide: { nav: ['a.md', 'gone.md'] } });
    assert.deepEqual(result.nav, [{ Guide: ['guide/a.md'] }]);
    assert.deepEqual(result.notes.map((note) => note.folder), ['guide']);
    assert.match(result.notes[0]?.message ?? '', /nav entry 'gone\.md' is not found: no page or folder of 'guide\/' has that name/);
    assert.deepEqual(generate(['guide/a.md'], { guide: { nav: ['a.md', 'gone.md'] } }, { strict: false }).notes, []);
  });

  it('should match entries against the names in the folder only, not paths below it', () => {
    const result = generate(['guide/a.md'], { '': { nav: ['guide/a.md'] } });
    assert.deepEqual(result.nav, []);
    assert.equal(result.notes.length, 1);
  });

  it('should group entries into a section (`Title: [entries]`)', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { nav: ['a.md', { More: ['c.md', '...'] }] } }).nav, ['a.md', { More: ['c.md', 'b.md'] }]);
  });

  it('should read the old `arrange:` as a nav of names with the rest at the end', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { arrange: ['c.md'] } }).nav, ['c.md', 'a.md', 'b.md']);
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { arrange: ['...', 'a.md'] } }).nav, ['b.md', 'c.md', 'a.md']);
  });
});

describe('awesome-pages rest filters', () => {
  const srcs = ['intro-1.md', 'intro-2.md', 'page-10.md', 'page-9.md', 'summary.md', 'pages/x.md'];

  it('should give each remaining item to the first filter its base name matches (glob), the catch-all taking the others', () => {
    assert.deepEqual(generate(srcs, { '': { nav: ['... | intro-*.md', 'summary.md', '...'] } }).nav, ['intro-1.md', 'intro-2.md', 'summary.md', 'page-10.md', 'page-9.md', { Pages: ['pages/x.md'] }]);
  });

  it('should filter by regular expression with `regex=`, searched anywhere in the name', () => {
    assert.deepEqual(generate(srcs, { '': { nav: ['...|regex=page-[0-9]+', 'summary.md'] } }).nav, ['page-10.md', 'page-9.md', 'summary.md']);
  });

  it('should accept `glob=` and match folders by their names', () => {
    assert.deepEqual(generate(srcs, { '': { nav: ['... | glob=page*'] } }).nav, ['page-10.md', 'page-9.md', { Pages: ['pages/x.md'] }]);
  });

  it('should leave out the remaining items no rest entry matches', () => {
    assert.deepEqual(generate(srcs, { '': { nav: ['... | intro-*'] } }).nav, ['intro-1.md', 'intro-2.md']);
  });

  it('should not give an item named elsewhere in the nav to a filter', () => {
    assert.deepEqual(generate(srcs, { '': { nav: ['... | intro-*', 'intro-1.md'] } }).nav, ['intro-2.md', 'intro-1.md']);
  });
});

describe('awesome-pages hide', () => {
  it("should leave a hidden folder's section out of the nav, its pages staying pages not in the nav", () => {
    const result = generate(FILES, { guide: { hide: true } });
    assert.deepEqual(result.nav, ['index.md', 'a.md', 'b.md', { Zeta: ['zeta/z.md'] }]);
    const built = buildNav(undefined, pages(FILES), { generate: () => result.nav });
    assert.deepEqual(built.notInNav, ['guide/index.md', 'guide/setup.md', 'guide/usage.md']);
  });

  it('should hide the folders below a hidden folder too, and keep a folder shown with hide: false', () => {
    assert.deepEqual(generate(['a/b/c.md', 'x.md'], { a: { hide: true }, 'a/b': { hide: false } }).nav, ['x.md']);
    assert.deepEqual(generate(['a/b.md'], { a: { hide: false } }).nav, [{ A: ['a/b.md'] }]);
  });

  it('should leave out a section all of whose pages are hidden or not named', () => {
    assert.deepEqual(generate(['a/b/c.md', 'x.md'], { 'a/b': { hide: true } }).nav, ['x.md']);
    assert.deepEqual(generate(['a/b.md', 'x.md'], { a: { nav: [] } }).nav, ['x.md']);
  });
});

describe('awesome-pages collapse', () => {
  const srcs = ['one/index.md', 'two/a.md', 'two/b.md', 'deep/er/x.md'];

  it('should not collapse by default', () => {
    assert.deepEqual(generate(srcs, {}).nav, [{ Deep: [{ Er: ['deep/er/x.md'] }] }, { One: ['one/index.md'] }, { Two: ['two/a.md', 'two/b.md'] }]);
  });

  it('should replace every single-page section by its page with collapse_single_pages, levels deep', () => {
    assert.deepEqual(generate(srcs, {}, { collapseSinglePages: true }).nav, ['deep/er/x.md', 'one/index.md', { Two: ['two/a.md', 'two/b.md'] }]);
  });

  it('should let a .pages file turn collapse_single_pages on or off for its folder and those below', () => {
    assert.deepEqual(generate(srcs, { deep: { collapse_single_pages: true } }).nav, ['deep/er/x.md', { One: ['one/index.md'] }, { Two: ['two/a.md', 'two/b.md'] }]);
    assert.deepEqual(generate(srcs, { deep: { collapse_single_pages: false } }, { collapseSinglePages: true }).nav, [{ Deep: [{ Er: ['deep/er/x.md'] }] }, 'one/index.md', { Two: ['two/a.md', 'two/b.md'] }]);
  });

  it('should collapse one folder only with `collapse`, not the folders below it', () => {
    assert.deepEqual(generate(srcs, { deep: { collapse: true } }).nav, [{ Er: ['deep/er/x.md'] }, { One: ['one/index.md'] }, { Two: ['two/a.md', 'two/b.md'] }]);
    assert.deepEqual(generate(srcs, { one: { collapse: false } }, { collapseSinglePages: true }).nav, ['deep/er/x.md', { One: ['one/index.md'] }, { Two: ['two/a.md', 'two/b.md'] }]);
  });

  it('should not collapse a section of two pages', () => {
    assert.deepEqual(generate(['two/a.md', 'two/b.md'], { two: { collapse: true } }).nav, [{ Two: ['two/a.md', 'two/b.md'] }]);
  });
});

describe('awesome-pages ordering', () => {
  const srcs = ['index.md', 'b.md', 'A.md', 'page-10.md', 'page-9.md', 'c/x.md'];

  it('should sort pages and folders together by name with order: asc, index included', () => {
    assert.deepEqual(generate(srcs, { '': { order: 'asc' } }).nav, ['A.md', 'b.md', { C: ['c/x.md'] }, 'index.md', 'page-10.md', 'page-9.md']);
  });

  it('should sort descending with order: desc', () => {
    assert.deepEqual(generate(srcs, { '': { order: 'desc' } }).nav, ['page-9.md', 'page-10.md', 'index.md', { C: ['c/x.md'] }, 'b.md', 'A.md']);
  });

  it('should sort numbers by value with sort_type: natural (ascending when order is not set)', () => {
    assert.deepEqual(generate(srcs, { '': { sort_type: 'natural' } }).nav, ['A.md', 'b.md', { C: ['c/x.md'] }, 'index.md', 'page-9.md', 'page-10.md']);
    assert.deepEqual(generate(srcs, { '': { sort_type: 'natural', order: 'desc' } }).nav, ['page-10.md', 'page-9.md', 'index.md', { C: ['c/x.md'] }, 'b.md', 'A.md']);
  });

  it('should sort by title with order_by: title, a folder by its section title', () => {
    const titles = { 'index.md': 'Welcome', 'b.md': 'Apples', 'A.md': 'Zebras', 'page-10.md': 'Mangos', 'page-9.md': 'Kiwis' };
    assert.deepEqual(generate(srcs, { '': { order_by: 'title' }, c: { title: 'Bananas' } }, {}, titles).nav, ['b.md', { Bananas: ['c/x.md'] }, 'page-9.md', 'page-10.md', 'index.md', 'A.md']);
  });

  it('should sort ignoring case with ignore_case', () => {
    assert.deepEqual(generate(['B.md', 'a.md', 'C.md'], { '': { order: 'asc' } }).nav, ['B.md', 'C.md', 'a.md']);
    assert.deepEqual(generate(['B.md', 'a.md', 'C.md'], { '': { order: 'asc', ignore_case: true } }).nav, ['a.md', 'B.md', 'C.md']);
    assert.deepEqual(generate(['B.md', 'a.md', 'C.md'], {}, { order: 'asc', ignoreCase: true }).nav, ['a.md', 'B.md', 'C.md']);
  });

  it('should take the plugin options as defaults for every folder, a .pages setting over them, and not inherit a parent .pages order', () => {
    assert.deepEqual(generate(['b.md', 'a.md', 'f/y.md', 'f/x.md'], {}, { order: 'desc' }).nav, [{ F: ['f/y.md', 'f/x.md'] }, 'b.md', 'a.md']);
    assert.deepEqual(generate(['b.md', 'a.md', 'f/y.md', 'f/x.md'], { f: { order: 'asc' } }, { order: 'desc' }).nav, [{ F: ['f/x.md', 'f/y.md'] }, 'b.md', 'a.md']);
    assert.deepEqual(generate(['b.md', 'a.md', 'f/y.md', 'f/x.md'], { '': { order: 'desc' } }).nav, [{ F: ['f/x.md', 'f/y.md'] }, 'b.md', 'a.md']);
  });

  it('should sort before arranging, so `...` keeps the sorted order', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { order: 'desc', nav: ['a.md', '...'] } }).nav, ['a.md', 'c.md', 'b.md']);
  });
});

describe('awesome-pages through buildNav', () => {
  it('should give pages their nav titles and sections their index pages', () => {
    const nav = generate(['guide/index.md', 'guide/a.md'], { guide: { title: 'Guide!', nav: [{ Alpha: 'a.md' }, '...'] } }).nav;
    const built = buildNav(undefined, pages(['guide/index.md', 'guide/a.md']), { generate: () => nav });
    const section = built.items[0];
    assert.equal(section?.kind, 'section');
    assert.equal(section?.title, 'Guide!');
    assert.deepEqual(built.pagesInOrder.map((page) => [page.src, page.title]), [['guide/a.md', 'Alpha'], ['guide/index.md', 'Index']]);
    assert.equal(section?.kind === 'section' ? section.index?.src : undefined, 'guide/index.md');
  });

  it('should hand the generator only the pages not in not_in_nav', () => {
    let seen: string[] = [];
    buildNav(undefined, pages(['a.md', 'drafts/b.md']), { notInNav: ['drafts/'], generate: (shown) => ((seen = shown.map((page) => page.src)), []) });
    assert.deepEqual(seen, ['a.md']);
  });

  it('should keep a generated relative link a link, with no nav validation message', () => {
    const built = buildNav(undefined, pages(['a.md']), { generate: () => ['a.md', { Other: '../elsewhere/' }, { Root: '/abs/' }] });
    assert.deepEqual(built.items.at(-1), { kind: 'link', title: 'Root', url: '/abs/' });
    assert.deepEqual([built.missing, built.absoluteLinks], [[], []]);
  });
});
