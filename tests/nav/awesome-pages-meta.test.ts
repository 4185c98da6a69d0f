import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp, parsePagesMeta, parseRest } from '../../src/nav/awesome-pages-meta.ts';

describe('parsePagesMeta', () => {
  it('should read every key of a .pages file', () => {
    const parsed = parsePagesMeta({ title: 'Guide', order: 'desc', sort_type: 'natural', order_by: 'title', hide: false, collapse: true, collapse_single_pages: false, ignore_case: true });
    assert.deepEqual(parsed.meta, { title: 'Guide', nav: undefined, order: 'desc', sortType: 'natural', orderBy: 'title', hide: false, collapse: true, collapseSinglePages: false, ignoreCase: true });
  });

  it('should read an empty file as no settings', () => {
    assert.deepEqual(parsePagesMeta(null), { meta: {} });
    assert.deepEqual(parsePagesMeta(undefined), { meta: {} });
  });

  it('should read nav entries: names, rest entries, titled names and links, sections', () => {
    const nav = parsePagesMeta({ nav: ['a.md', '... | b-*', { Title: 'c.md' }, { More: ['d.md', '...'] }] }).meta?.nav;
    assert.deepEqual(
      nav?.map((entry) => (entry.kind === 'rest' ? [entry.kind, entry.value, entry.filter?.pattern] : entry.kind === 'entry' ? [entry.kind, entry.name, entry.title] : [entry.kind, entry.title, entry.children.length])),
      [['entry', 'a.md', undefined], ['rest', '... | b-*', 'b-*'], ['entry', 'c.md', 'Title'], ['section', 'More', 2]],
    );
  });

  it('should prefer nav over arrange when both are written', () => {
    const nav = parsePagesMeta({ nav: ['a.md'], arrange: ['b.md'] }).meta?.nav;
    assert.equal(nav?.length, 1);
  });

  it('should refuse an unknown key, naming it', () => {
    assert.deepEqual(parsePagesMeta({ tilte: 'x' }).problem?.at, ['tilte']);
    assert.match(parsePagesMeta({ tilte: 'x' }).problem?.message ?? '', /unknown key 'tilte'; the keys are title, nav/);
  });

  it('should refuse a value of the wrong type, naming the key', () => {
    assert.deepEqual(parsePagesMeta({ title: 3 }).problem, { message: "'title' must be a string, found number 3", at: ['title'] });
    assert.deepEqual(parsePagesMeta({ hide: 'yes' }).problem?.at, ['hide']);
    assert.deepEqual(parsePagesMeta({ order: 'up' }).problem?.message, "'order' must be asc or desc, found 'up'");
    assert.deepEqual(parsePagesMeta({ sort_type: 'alpha' }).problem?.at, ['sort_type']);
    assert.deepEqual(parsePagesMeta({ order_by: 'date' }).problem?.at, ['order_by']);
    assert.deepEqual(parsePagesMeta({ nav: 'a.md' }).problem?.at, ['nav']);
    assert.deepEqual(parsePagesMeta({ arrange: [{ A: 'a.md' }] }).problem?.at, ['arrange']);
  });

  it('should refuse a nav entry that is neither a name, a titled name or link, nor a section, at its place', () => {
    assert.deepEqual(parsePagesMeta({ nav: ['a.md', 3] }).problem?.at, ['nav', 1]);
    assert.deepEqual(parsePagesMeta({ nav: [{ A: 'a.md', B: 'b.md' }] }).problem?.at, ['nav', 0]);
    assert.deepEqual(parsePagesMeta({ nav: [{ More: ['a.md', 4] }] }).problem?.at, ['nav', 0, 'More', 1]);
  });

  it('should refuse the same rest entry twice, and accept two different filters', () => {
    assert.match(parsePagesMeta({ nav: ['...', 'a.md', '...'] }).problem?.message ?? '', /the rest entry '\.\.\.' is written twice/);
    assert.equal(parsePagesMeta({ nav: ['... | a*', '... | b*', '...'] }).problem, undefined);
  });

  it('should refuse a rest filter that is not a valid regular expression', () => {
    assert.match(parsePagesMeta({ nav: ['... | regex=page-[0-9'] }).problem?.message ?? '', /is not a valid regular expression/);
  });

  it('should refuse a file that is not a mapping', () => {
    assert.match(parsePagesMeta(['a.md']).problem?.message ?? '', /must be a YAML mapping/);
    assert.match(parsePagesMeta('title').problem?.message ?? '', /must be a YAML mapping/);
  });
});

describe('parseRest', () => {
  it('should read `...` with and without filters, spaces optional', () => {
    assert.deepEqual(parseRest('...'), { filter: undefined });
    assert.equal(parseRest('...|page-*.md')?.filter?.type, 'glob');
    assert.equal(parseRest('... | glob=page-*.md')?.filter?.pattern, 'page-*.md');
    assert.equal(parseRest('... | regex=page-[0-9]+.md')?.filter?.type, 'regex');
  });

  it('should read and drop a `| flat` flag, keeping the filter after it', () => {
    assert.deepEqual(parseRest('... | flat'), { filter: undefined });
    assert.equal(parseRest('... | flat | *.md')?.filter?.pattern, '*.md');
  });

  it('should not read a name that only starts with dots as a rest entry', () => {
    assert.equal(parseRest('....md'), undefined);
    assert.equal(parseRest('..'), undefined);
  });

  it("should accept Python's named groups in a regex", () => {
    assert.ok(parseRest('... | regex=(?P<n>[0-9]+)')?.filter?.regex.test('page-12'));
  });
});

describe('globToRegExp', () => {
  it('should match `*`, `?` and classes within a name', () => {
    assert.ok(globToRegExp('intro-*.md').test('intro-one.md'));
    assert.ok(!globToRegExp('intro-*.md').test('intro-one.txt'));
    assert.ok(globToRegExp('page-?.md').test('page-1.md'));
    assert.ok(!globToRegExp('page-?.md').test('page-10.md'));
    assert.ok(globToRegExp('[ab]*.md').test('b.md'));
    assert.ok(!globToRegExp('[!ab]*.md').test('b.md'));
  });

  it('should take dots and other regex characters literally', () => {
    assert.ok(!globToRegExp('a.md').test('abmd'));
    assert.ok(globToRegExp('a+(b).md').test('a+(b).md'));
  });

  it('should read `**/` as any number of folders, none too, as wcmatch\'s GLOBSTAR does', () => {
    assert.ok(globToRegExp('guide/**/*.md').test('guide/a.md'));
    assert.ok(globToRegExp('guide/**/*.md').test('guide/x/y/a.md'));
    assert.ok(!globToRegExp('guide/**/*.md').test('other/a.md'));
    assert.ok(globToRegExp('**').test('a/b.md'));
  });

  it('should not match a dotfile with a leading wildcard', () => {
    assert.ok(!globToRegExp('*').test('.hidden'));
  });
});
