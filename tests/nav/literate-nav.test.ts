import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGlobber, literateNavConfig, navPathKey, type LiterateNavOptions, type NavConfig } from '../../src/nav/index.ts';
import { createNavFileReader, literateNavPlugin, withTabLength } from '../../src/site/literate-nav.ts';

/**
 * The plugin's own golden cases (tests/nav/**.yml of oprypin/mkdocs-literate-nav): `files` are
 * the docs (content for nav files), the result is compared with the plugin's `output` (an
 * untitled `{null: x}` entry is our bare `x`).
 */
function literate(files: Readonly<Record<string, string | null>>, options: Partial<LiterateNavOptions & { tabLength: number; nav: NavConfig }> = {}) {
  const plugin = literateNavPlugin([{ name: 'literate-nav', options: { tab_length: options.tabLength ?? 4 } }]).options;
  assert.ok(plugin);
  const reader = createNavFileReader(plugin, '/docs', '/');
  const navFile = options.navFile ?? 'SUMMARY.md';
  const srcs = Object.keys(files);
  return literateNavConfig(options.nav, createGlobber(srcs), (dir) => {
    const src = dir === '.' ? navFile : `${dir}/${navFile}`;
    const text = files[src];
    if (text === undefined) return undefined;
    return { src, list: reader.parse(src, text ?? '') };
  }, { navFile, implicitIndex: options.implicitIndex ?? false });
}

describe('literate-nav: links and sections', () => {
  it('should turn links into titled entries and a linked title with a nested list into a section led by that page (README)', () => {
    const result = literate({
      'SUMMARY.md': '* [Frob](index.md)\n* [Baz](baz.md)\n* [Borgs](borgs/index.md)\n    * [Bar](borgs/bar.md)\n    * [Foo](borgs/foo.md)\n',
      'index.md': null, 'baz.md': null, 'borgs/index.md': null, 'borgs/bar.md': null, 'borgs/foo.md': null,
    });
    assert.deepEqual(result.nav, [{ Frob: 'index.md' }, { Baz: 'baz.md' }, { Borgs: ['borgs/index.md', { Bar: 'borgs/bar.md' }, { Foo: 'borgs/foo.md' }] }]);
    assert.deepEqual(result.notes, []);
    assert.deepEqual(result.navFiles, ['SUMMARY.md']);
  });

  it('should read ordered lists and plain section titles (test_section_with_link)', () => {
    const result = literate({ 'SUMMARY.md': '1. [Section 1](section1.md)\n    * [Item1](item1.md)\n    * [Item2](item2.md)\n2. Section 2\n    * [Item](section2/item.md)\n' });
    assert.deepEqual(result.nav, [{ 'Section 1': ['section1.md', { Item1: 'item1.md' }, { Item2: 'item2.md' }] }, { 'Section 2': [{ Item: 'section2/item.md' }] }]);
  });

  it('should keep external links as written (test_preserves_url)', () => {
    const result = literate({ 'SUMMARY.md': '- [hi](https://example.org/)\n- hello\n    - [Foo](http://example.com/)\n    - [other](test.md)\n' });
    assert.deepEqual(result.nav, [{ hi: 'https://example.org/' }, { hello: [{ Foo: 'http://example.com/' }, { other: 'test.md' }] }]);
  });

  it('should keep spaces in paths and strip markup from link titles (test_unquote)', () => {
    const result = literate({ 'SUMMARY.md': '* [Baz *with* space](baz with space.md)\n', 'baz with space.md': null });
    assert.deepEqual(result.nav, [{ 'Baz with space': 'baz with space.md' }]);
  });

  it('should resolve links relative to the nav file folder, `..` included', () => {
    const result = literate({ 'SUMMARY.md': '* [Sub](sub/)\n', 'sub/SUMMARY.md': '* [A](a.md)\n* [Up](../top.md)\n', 'sub/a.md': null, 'top.md': null });
    assert.deepEqual(result.nav, [{ Sub: [{ A: 'sub/a.md' }, { Up: 'top.md' }] }]);
  });

  it('should take the last list of the file, or the first after a <!--nav--> line', () => {
    assert.deepEqual(literate({ 'SUMMARY.md': '# Nav\n\n* [A](a.md)\n\nText\n\n* [B](b.md)\n' }).nav, [{ B: 'b.md' }]);
    assert.deepEqual(literate({ 'SUMMARY.md': '* [A](a.md)\n\n<!--nav-->\n\n* [B](b.md)\n\nText\n\n* [C](c.md)\n' }).nav, [{ B: 'b.md' }]);
  });

  it('should not take a list inside a code block', () => {
    const result = literate({ 'SUMMARY.md': '* [A](a.md)\n\nText\n\n    * [Code](code.md)\n', 'a.md': null });
    assert.deepEqual(result.nav, [{ A: 'a.md' }]);
  });
});

describe('literate-nav: what it refuses', () => {
  it('should report a title without content and leave the item out (test_empty_section)', () => {
    const result = literate({ 'SUMMARY.md': '1. Section 1\n2. Section 2\n    * [Item](section2/item.md)\n' });
    assert.deepEqual(result.nav, [{ 'Section 2': [{ Item: 'section2/item.md' }] }]);
    assert.equal(result.notes.length, 1);
    assert.equal(result.notes[0]?.severity, 'error');
    assert.equal(result.notes[0]?.file, 'SUMMARY.md');
    assert.equal(result.notes[0]?.line, 1);
    assert.match(result.notes[0]?.message ?? '', /'Section 1' is neither a link, nor a section/);
  });

  it('should report text after a link (test_text_after) and a second link in one item', () => {
    const result = literate({ 'SUMMARY.md': '* [A](a.md) and more\n* [B](b.md) [C](c.md)\n* [D](d.md)\n' });
    assert.deepEqual(result.nav, [{ D: 'd.md' }]);
    assert.equal(result.notes.length, 2);
    assert.match(result.notes[0]?.message ?? '', /expected no text after <a href="a.md">A<\/a>, found 'and more'/);
  });

  it('should report a loose list, whose items are paragraphs, as the plugin does', () => {
    const result = literate({ 'SUMMARY.md': '* [A](a.md)\n\n* [B](b.md)\n' });
    assert.deepEqual(result.nav, []);
    assert.equal(result.notes.length, 2);
  });
});

describe('literate-nav: folders', () => {
  it("should put a folder's own nav file under a link ending in `/` (README: nav cross-link)", () => {
    const result = literate({ 'SUMMARY.md': '* [Baz](baz.md)\n* [Borgs](borgs/)\n', 'baz.md': null, 'borgs/SUMMARY.md': '* [Bar](bar.md)\n* [Foo](foo.md)\n', 'borgs/bar.md': null, 'borgs/foo.md': null });
    assert.deepEqual(result.nav, [{ Baz: 'baz.md' }, { Borgs: [{ Bar: 'borgs/bar.md' }, { Foo: 'borgs/foo.md' }] }]);
    assert.deepEqual(result.navFiles, ['SUMMARY.md', 'borgs/SUMMARY.md']);
  });

  it('should infer a folder without a nav file, recursively, in MkDocs order', () => {
    const result = literate({ 'SUMMARY.md': '* [API](api/)\n', 'api/Foo.md': null, 'api/Bar/index.md': null, 'api/Bar/Baz.md': null });
    assert.deepEqual(result.nav, [{ API: ['api/Foo.md', { Bar: ['api/Bar/index.md', 'api/Bar/Baz.md'] }] }]);
  });

  it('should keep a link to a missing folder as a plain path, for MkDocs to report (test_missing)', () => {
    assert.deepEqual(literate({ 'SUMMARY.md': '* [Foo](foo/)\n', 'bar/SUMMARY.md': '* [Section 2](/)\n' }).nav, [{ Foo: 'foo' }]);
  });

  it('should refuse a folder that includes itself and keep the link as written (test_recursion)', () => {
    const result = literate({ 'SUMMARY.md': '* [Self](./)\n* [A](a.md)\n', 'a.md': null });
    assert.deepEqual(result.nav, [{ Self: './' }, { A: 'a.md' }]);
    assert.equal(result.notes[0]?.severity, 'warning');
  });

  it("should put a folder's index page first with implicit_index (test_implicit_index_borgs)", () => {
    const files = { 'SUMMARY.md': '* [Borgs](borgs/)\n', 'borgs/index.md': null, 'borgs/SUMMARY.md': '* [Bar](bar.md)\n', 'borgs/bar.md': null };
    assert.deepEqual(literate(files, { implicitIndex: true }).nav, [{ Borgs: ['borgs/index.md', { Bar: 'borgs/bar.md' }] }]);
    assert.deepEqual(literate(files).nav, [{ Borgs: [{ Bar: 'borgs/bar.md' }] }]);
  });

  it('should use the index page as the nav file and still list it with implicit_index (test_implicit_index_as_nav)', () => {
    const result = literate({ 'index.md': '* [Baz](baz.md)\n', 'baz.md': null }, { navFile: 'index.md', implicitIndex: true });
    assert.deepEqual(result.nav, ['index.md', { Baz: 'baz.md' }]);
  });
});

describe('literate-nav: wildcards', () => {
  it('should list what a wildcard matches and nothing named before it (README example)', () => {
    const files = {
      'index.md': null, 'changelog.md': null, 'credits.md': null, 'license.md': null, 'usage/bar.md': null, 'usage/baz.md': null, 'usage/foo.md': null,
      'tips/stuff.md': null, 'tips/other-stuff.md': null, 'api/Foo.md': null, 'api/Bar/index.md': null, 'api/Bar/Baz.md': null,
      'SUMMARY.md': '- [Welcome](index.md)\n- Usage\n    - [Foo](usage/foo.md)\n    - usage/*.md\n- */\n- *.md\n- [API docs](api/)\n- [License](license.md)\n',
    };
    assert.deepEqual(literate(files).nav, [
      { Welcome: 'index.md' },
      { Usage: [{ Foo: 'usage/foo.md' }, 'usage/bar.md', 'usage/baz.md'] },
      { Tips: ['tips/other-stuff.md', 'tips/stuff.md'] },
      'changelog.md',
      'credits.md',
      { 'API docs': ['api/Foo.md', { Bar: ['api/Bar/index.md', 'api/Bar/Baz.md'] }] },
      { License: 'license.md' },
    ]);
  });

  it('should list folders only with a trailing `/` (test_dirs_then_files)', () => {
    const result = literate({ 'SUMMARY.md': '- */\n- *.md\n', 'item1.md': null, 'item2.md': null, 'section2/item.md': null });
    assert.deepEqual(result.nav, [{ Section2: ['section2/item.md'] }, 'item1.md', 'item2.md']);
  });

  it('should skip the nav files it read (test_skips_nav_file)', () => {
    const result = literate({ 'SUMMARY.md': '- *.md\n- [Sub](subdir/)\n- subother/*\n', 'foo.md': null, 'subdir/SUMMARY.md': '- *\n', 'subdir/bar.md': null, 'subother/baz.md': null });
    assert.deepEqual(result.nav, ['foo.md', { Sub: ['subdir/bar.md'] }, 'subother/baz.md']);
  });

  it('should keep a wildcard matching nothing as written, and drop one whose matches are all listed (test_non_matching, test_no_files)', () => {
    assert.deepEqual(literate({ 'SUMMARY.md': '- [A](a.md)\n- a*.md\n- b*.md\n', 'a.md': null }).nav, [{ A: 'a.md' }, 'b*.md']);
    assert.deepEqual(literate({ 'SUMMARY.md': '- *\n' }).nav, []);
  });

  it('should match part by part, never across a folder, with ? and [classes]', () => {
    const globber = createGlobber(['a1.md', 'a2.md', 'b.md', 'x/a3.md']);
    assert.deepEqual(globber.glob('a?.md'), ['a1.md', 'a2.md']);
    assert.deepEqual(globber.glob('[!a]*'), ['b.md', 'x']);
    assert.deepEqual(globber.glob('*/a*'), ['x/a3.md']);
  });

  it('should read a reversed range ([z-a]) in a SUMMARY.md wildcard or a nav: entry as matching nothing, as Python 3.9+ does, not stop', () => {
    const summary = literate({ 'SUMMARY.md': '- [A](a.md)\n- [z-a]*.md\n- [!z-a]*.md\n', 'a.md': null, 'z.md': null, 'b.md': null });
    assert.deepEqual(summary.nav, [{ A: 'a.md' }, '[z-a]*.md', 'b.md', 'z.md']);
    assert.deepEqual(summary.notes, []);
    assert.deepEqual(literate({ 'a.md': null, 'z.md': null }, { nav: ['[z-a]*', 'a.md'] }).nav, ['[z-a]*', 'a.md']);
  });
});

describe('literate-nav: mkdocs.yml nav (hybrid)', () => {
  it('should read the root nav file over mkdocs.yml nav, and mkdocs.yml nav without one', () => {
    const files = { 'SUMMARY.md': '* [A](a.md)\n', 'a.md': null, 'b.md': null };
    assert.deepEqual(literate(files, { nav: ['b.md'] }).nav, [{ A: 'a.md' }]);
    assert.deepEqual(literate({ 'a.md': null, 'b.md': null }, { nav: ['b.md'] }).nav, ['b.md']);
  });

  it('should resolve wildcards and `Title: folder/` entries of mkdocs.yml (test_slash_without_nav, test_wildcard_slash, test_slash_with_nav)', () => {
    assert.deepEqual(literate({ 'index.md': null, 'a.md': null }, { nav: ['*'] }).nav, ['index.md', 'a.md']);
    assert.deepEqual(literate({ 'a.md': null, 'foo/c.md': null }, { nav: ['*/'] }).nav, [{ Foo: ['foo/c.md'] }]);
    const result = literate({ 'index.md': null, 'borgs/SUMMARY.md': '* [Bar](bar.md)\n', 'borgs/bar.md': null }, { nav: [{ Frob: 'index.md' }, { Borgs: 'borgs/' }] });
    assert.deepEqual(result.nav, [{ Frob: 'index.md' }, { Borgs: [{ Bar: 'borgs/bar.md' }] }]);
    // An entry keeps its mkdocs.yml place; one from a nav file its file and line.
    assert.deepEqual(result.origins.get(navPathKey([0, 'Frob'])), { nav: [0, 'Frob'] });
    assert.deepEqual(result.origins.get(navPathKey([1, 'Borgs', 0, 'Bar'])), { file: 'borgs/SUMMARY.md', line: 1 });
  });

  it('should infer the whole nav with neither a nav file nor mkdocs.yml nav', () => {
    assert.deepEqual(literate({ 'index.md': null, 'z.md': null, 'guide/a.md': null }).nav, ['index.md', 'z.md', { Guide: ['guide/a.md'] }]);
  });
});

describe('literate-nav: options', () => {
  it('should nest by tab_length spaces (2 here), as the plugin tells Python-Markdown', () => {
    const result = literate({ 'SUMMARY.md': '* Guide\n  * [A](a.md)\n  * Deep\n    * [B](b.md)\n' }, { tabLength: 2 });
    assert.deepEqual(result.nav, [{ Guide: [{ A: 'a.md' }, { Deep: [{ B: 'b.md' }] }] }]);
    assert.equal(withTabLength('* a\n  * b\n     c', 2), '* a\n    * b\n         c');
  });

  it('should read its options, name wrong ones and take mdx_truly_sane_lists nesting', () => {
    const read = literateNavPlugin([{ name: 'literate-nav', options: { nav_file: 'a/b.md', implicit_index: 'yes', markdown_extensions: ['mdx_truly_sane_lists'], other: 1 } }]);
    assert.deepEqual(read.options, { navFile: 'SUMMARY.md', implicitIndex: false, tabLength: 2, extensions: [] });
    assert.equal(read.problems.length, 3);
    assert.equal(literateNavPlugin([{ name: 'literate-nav', options: { enabled: false } }]).options, undefined);
  });
});
