/**
 * mkdocs-awesome-nav 3 (src/nav/awesome-nav.ts, awesome-nav-config.ts, natsort.ts): the nav a
 * site's files and `.nav.yml` settings make. Expected navs follow the plugin's documented examples
 * (lukasgeiter.github.io/mkdocs-awesome-nav, features/*) and its source's rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awesomeNav3Config, parseNavYml, type NavYml, type PageRef } from '../../src/nav/index.ts';
import { compareNatsort, natsortKey } from '../../src/nav/natsort.ts';

function pages(srcs: readonly string[]): PageRef[] {
  return srcs.map((src) => ({ src, url: src.replace(/\.md$/, '/'), title: src }));
}

/** `.nav.yml` values by folder, parsed as the site parses them (a problem fails the test). */
function configs(files: Readonly<Record<string, unknown>>): Map<string, NavYml> {
  return new Map(
    Object.entries(files).map(([folder, data]) => {
      const parsed = parseNavYml(data);
      if (!parsed.config) throw new Error(parsed.problem.message);
      return [folder, parsed.config];
    }),
  );
}

function generate(srcs: readonly string[], files: Readonly<Record<string, unknown>> = {}, frontMatter: Readonly<Record<string, string>> = {}) {
  return awesomeNav3Config(pages(srcs), configs(files), { frontMatterTitle: (src) => frontMatter[src] });
}

const DOCS_EXAMPLE = ['getting-started.md', 'support.md', 'guides/authentication.md', 'guides/error-handling.md'];

describe('awesome-nav without .nav.yml files', () => {
  it('should put the index page first, then pages in natural path order, then folders', () => {
    assert.deepEqual(generate(['b.md', 'page-10.md', 'guides/x.md', 'page-9.md', 'index.md', 'about.md']).nav, ['index.md', 'about.md', 'b.md', 'page-9.md', 'page-10.md', { Guides: ['guides/x.md'] }]);
  });

  it('should take README.md as the index page too', () => {
    assert.deepEqual(generate(['a.md', 'README.md']).nav, ['README.md', 'a.md']);
  });
});

describe('awesome-nav nav entries', () => {
  it('should place pages, folders, sections, the rest of the files and links (the documented example)', () => {
    const nav = ['getting-started.md', 'guides', { 'More Resources': ['*', { MkDocs: 'https://mkdocs.org' }] }];
    assert.deepEqual(generate(DOCS_EXAMPLE, { '': { nav } }).nav, [
      'getting-started.md',
      { Guides: ['guides/authentication.md', 'guides/error-handling.md'] },
      { 'More Resources': ['support.md', { MkDocs: 'https://mkdocs.org' }] },
    ]);
  });

  it('should give named pages priority over a pattern written before them', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { nav: ['*', 'a.md'] } }).nav, ['b.md', 'c.md', 'a.md']);
  });

  it('should title a page or a folder from its entry, and make a titled name that is no file a link', () => {
    const nav = [{ Help: 'support.md' }, { 'All guides': 'guides' }, { Elsewhere: 'other.md' }];
    assert.deepEqual(generate(DOCS_EXAMPLE, { '': { nav } }).nav, [{ Help: 'support.md' }, { 'All guides': ['guides/authentication.md', 'guides/error-handling.md'] }, { Elsewhere: 'other.md' }]);
  });

  it('should name files in other folders, and flatten a folder with a pattern over its children', () => {
    assert.deepEqual(generate(DOCS_EXAMPLE, { '': { nav: ['guides/*', 'support.md'] } }).nav, ['guides/authentication.md', 'guides/error-handling.md', 'support.md']);
  });

  it('should match extglob patterns', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { nav: ['@(c|a).md'] } }).nav, ['a.md', 'c.md']);
  });

  it('should match only folders with a trailing slash', () => {
    assert.deepEqual(generate(['x.md', 'x/a.md'], { '': { nav: ['*/'] } }).nav, [{ X: ['x/a.md'] }]);
  });

  it("should not enter a folder again that its own .nav.yml names ('.', './'): reported at its entry as matching nothing, as at the top level", () => {
    for (const self of ['.', './', { Again: '.' }]) {
      const { nav, notes } = generate(['index.md', 'g/a.md'], { g: { nav: [self, '*'] } });
      const written = typeof self === 'string' ? self : '.';
      assert.deepEqual(nav, ['index.md', { G: typeof self === 'string' ? ['g/a.md'] : [{ Again: '.' }, 'g/a.md'] }], JSON.stringify(self));
      if (typeof self === 'string') assert.deepEqual(notes, [{ kind: 'no_matches', folder: 'g', at: ['nav', 0], message: `The nav item '${written}' doesn't match any files or directories` }]);
    }
  });

  it('should report a pattern that matches nothing, at its entry, unless ignore_no_matches', () => {
    const { nav, notes } = generate(['a.md'], { '': { nav: ['a.md', 'missing.md', { glob: 'none-*', ignore_no_matches: true }] } });
    assert.deepEqual(nav, ['a.md']);
    assert.deepEqual(notes, [{ kind: 'no_matches', folder: '', at: ['nav', 1], message: "The nav item 'missing.md' doesn't match any files or directories" }]);
  });

  it("should use a folder's own nav, relative to it, when it is reached", () => {
    assert.deepEqual(generate(DOCS_EXAMPLE, { guides: { nav: ['error-handling.md', '*'] } }).nav, ['getting-started.md', 'support.md', { Guides: ['guides/error-handling.md', 'guides/authentication.md'] }]);
  });

  it('should append the unmatched files after the nav with append_unmatched, inherited below', () => {
    assert.deepEqual(generate(DOCS_EXAMPLE, { '': { nav: ['support.md'], append_unmatched: true }, guides: { nav: ['error-handling.md'] } }).nav, ['support.md', 'getting-started.md', { Guides: ['guides/error-handling.md', 'guides/authentication.md'] }]);
  });
});

describe('awesome-nav sorting', () => {
  it('should sort descending, sections still last (the documented example)', () => {
    assert.deepEqual(generate(DOCS_EXAMPLE, { '': { sort: { direction: 'desc' } } }).nav, ['support.md', 'getting-started.md', { Guides: ['guides/error-handling.md', 'guides/authentication.md'] }]);
  });

  it('should put sections first, or mix them in', () => {
    const files = ['a.md', 'm/x.md', 'z.md'];
    assert.deepEqual(generate(files, { '': { sort: { sections: 'first' } } }).nav, [{ M: ['m/x.md'] }, 'a.md', 'z.md']);
    assert.deepEqual(generate(files, { '': { sort: { sections: 'mixed' } } }).nav, ['a.md', { M: ['m/x.md'] }, 'z.md']);
  });

  it('should sort numbers as text with type alphabetical', () => {
    assert.deepEqual(generate(['page-2.md', 'page-10.md'], { '': { sort: { type: 'alphabetical' } } }).nav, ['page-10.md', 'page-2.md']);
  });

  it('should sort by front matter title, else file name, with by: title', () => {
    assert.deepEqual(generate(['a.md', 'b.md', 'c.md'], { '': { sort: { by: 'title' } } }, { 'a.md': 'Zulu', 'c.md': 'Alpha' }).nav, ['c.md', 'b.md', 'a.md']);
  });

  it('should sort by file name over folders with by: filename', () => {
    assert.deepEqual(generate(['x/b.md', 'y/a.md'], { '': { nav: ['*/*'], sort: { by: 'filename' } } }).nav, ['y/a.md', 'x/b.md']);
  });

  it('should put capitals first only among equal letters (natural), or after all lowercase (alphabetical) unless ignore_case', () => {
    const files = ['B.md', 'a.md', 'C.md'];
    assert.deepEqual(generate(files).nav, ['a.md', 'B.md', 'C.md']);
    assert.deepEqual(generate(files, { '': { sort: { type: 'alphabetical' } } }).nav, ['B.md', 'C.md', 'a.md']);
    assert.deepEqual(generate(files, { '': { sort: { type: 'alphabetical', ignore_case: true } } }).nav, ['a.md', 'B.md', 'C.md']);
  });

  it("should inherit the sort from the folder above, field by field, and let a glob entry's sort apply to its matches", () => {
    assert.deepEqual(generate(['g/a.md', 'g/b.md'], { '': { sort: { direction: 'desc' } } }).nav, [{ G: ['g/b.md', 'g/a.md'] }]);
    assert.deepEqual(generate(['a.md', 'b.md', 'p/1.md', 'p/2.md'], { '': { nav: ['*.md', { glob: 'p/*', sort: { direction: 'desc' } }] } }).nav, ['a.md', 'b.md', 'p/2.md', 'p/1.md']);
  });
});

describe('awesome-nav titles, hiding, ignoring, flattening', () => {
  it("should title a folder by its parent's entry over its own title, and its own title over its name", () => {
    assert.deepEqual(generate(['g/a.md'], { g: { title: 'Own' } }).nav, [{ Own: ['g/a.md'] }]);
    assert.deepEqual(generate(['g/a.md'], { '': { nav: [{ Parent: 'g' }] }, g: { title: 'Own' } }).nav, [{ Parent: ['g/a.md'] }]);
  });

  it('should keep folder names with preserve_directory_names, and take the index page title with use_index_title', () => {
    assert.deepEqual(generate(['my-guide/a.md'], { '': { preserve_directory_names: true } }).nav, [{ 'my-guide': ['my-guide/a.md'] }]);
    assert.deepEqual(generate(['g/index.md'], { '': { use_index_title: true } }, { 'g/index.md': 'The G' }).nav, [{ 'The G': ['g/index.md'] }]);
  });

  it('should hide a folder whose file says hide, from patterns only', () => {
    assert.deepEqual(generate(['a.md', 'api/x.md'], { api: { hide: true } }).nav, ['a.md']);
    assert.deepEqual(generate(['a.md', 'api/x.md'], { '': { nav: ['api'] }, api: { hide: true } }).nav, [{ Api: ['api/x.md'] }]);
  });

  it('should leave out what ignore patterns match at any depth, `/x` only in the folder, and keep the parent patterns with $inherit', () => {
    const files = ['a.md', 'a.hidden.md', 'g/b.md', 'g/b.hidden.md', 'g/c.md'];
    assert.deepEqual(generate(files, { '': { ignore: '*.hidden.md' } }).nav, ['a.md', { G: ['g/b.md', 'g/c.md'] }]);
    assert.deepEqual(generate(files, { '': { ignore: '/*.hidden.md' } }).nav, ['a.md', { G: ['g/b.hidden.md', 'g/b.md', 'g/c.md'] }]);
    assert.deepEqual(generate(files, { '': { ignore: '*.hidden.md' }, g: { ignore: 'c.md' } }).nav, ['a.md', { G: ['g/b.hidden.md', 'g/b.md'] }]);
    assert.deepEqual(generate(files, { '': { ignore: '*.hidden.md' }, g: { ignore: ['$inherit', 'c.md'] } }).nav, ['a.md', { G: ['g/b.md'] }]);
    assert.deepEqual(generate(files, { '': { ignore: 'g/' } }).nav, ['a.hidden.md', 'a.md']);
  });

  it('should flatten single-child folders (inherited), never nav sections, and leave out empty folders', () => {
    const files = ['arch/arch.md', 'g/a.md', 'g/b.md'];
    assert.deepEqual(generate(files, { '': { flatten_single_child_sections: true } }).nav, ['arch/arch.md', { G: ['g/a.md', 'g/b.md'] }]);
    assert.deepEqual(generate(files, { '': { flatten_single_child_sections: true }, arch: { flatten_single_child_sections: false } }).nav, [{ Arch: ['arch/arch.md'] }, { G: ['g/a.md', 'g/b.md'] }]);
    assert.deepEqual(generate(['a.md'], { '': { flatten_single_child_sections: true, nav: [{ S: ['a.md'] }] } }).nav, [{ S: ['a.md'] }]);
    assert.deepEqual(generate(['a.md', 'g/x.md'], { g: { nav: [{ glob: 'none', ignore_no_matches: true }] } }).nav, ['a.md']);
  });

  it("should note a title or hide in the docs folder's file, which do nothing", () => {
    assert.deepEqual(generate(['a.md'], { '': { title: 'Top', hide: true } }).notes.map((note) => note.kind), ['root_title', 'root_hide']);
  });
});

describe('parseNavYml', () => {
  it('should read an empty file as the defaults', () => {
    assert.deepEqual(parseNavYml(null), { config: { hide: false, sort: {} }, unknown: [] });
  });

  it('should refuse a wrong value, naming it and where it is', () => {
    assert.deepEqual(parseNavYml({ sort: { direction: 'up' } }).problem, { message: `'sort.direction' must be asc or desc, found "up" (a string)`, at: ['sort', 'direction'] });
    assert.deepEqual(parseNavYml({ nav: ['a.md', { A: 'x', B: 'y' }] }).problem?.at, ['nav', 1]);
    assert.deepEqual(parseNavYml({ hide: 'yes' }).problem?.at, ['hide']);
    assert.deepEqual(parseNavYml({ ignore: ['ok', ''] }).problem?.at, ['ignore']);
  });

  it('should skip unknown keys and say which', () => {
    assert.deepEqual(parseNavYml({ tilte: 'x', sort: { order: 'desc' }, nav: [{ glob: '*', sortt: {} }] }).unknown, [['tilte'], ['sort', 'order'], ['nav', 0, 'sortt']]);
  });

  it('should read a mapping with a glob key as a pattern with options', () => {
    assert.deepEqual(parseNavYml({ nav: [{ glob: '*.md', flatten_single_child_sections: true, ignore_no_matches: true }] }).config?.nav, [{ kind: 'pattern', glob: '*.md', options: { flattenSingleChildSections: true, preserveDirectoryNames: undefined, sort: {}, ignore: undefined, appendUnmatched: undefined }, ignoreNoMatches: true, at: ['nav', 0] }]);
  });
});

describe('natsortKey', () => {
  const sorted = (values: string[], options = {}) => [...values].sort((a, b) => compareNatsort(natsortKey(a, options), natsortKey(b, options)));

  it('should compare digit runs as numbers and group letters case-insensitively, capitals first', () => {
    assert.deepEqual(sorted(['b', 'a10', 'a9', 'B', 'A']), ['A', 'a9', 'a10', 'B', 'b']);
    assert.deepEqual(sorted(['10', '9a', 'x']), ['9a', '10', 'x']);
  });

  it("should compare digit runs past 2^53 exactly, as Python's int does (20-digit ids and timestamps)", () => {
    assert.deepEqual(sorted(['run-12345678901234567893', 'run-12345678901234567891', 'run-12345678901234567892']), ['run-12345678901234567891', 'run-12345678901234567892', 'run-12345678901234567893']);
    assert.ok(compareNatsort(natsortKey('a007'), natsortKey('a7')) === 0, 'leading zeros: the same number');
  });

  it('should compare paths component by component, extensions split off', () => {
    assert.deepEqual(sorted(['a-b.md', 'a.md', 'a/z.md'], { path: true }), ['a.md', 'a/z.md', 'a-b.md']);
    assert.deepEqual(sorted(['v1.10.md', 'v1.9.md'], { path: true }), ['v1.9.md', 'v1.10.md']);
  });
});
