/**
 * mkdocs-exclude-search's rules (src/site/exclude-search.ts) and options
 * (src/site/exclude-search-options.ts): which records of a page its `exclude` patterns leave out
 * of the index and its `ignore` entries keep, with the plugin's own matching and its quirks; the
 * index it applies to is tested end to end in tests/e2e/search-plugin.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { excludeSearchOptions } from '../../src/site/exclude-search-options.ts';
import { excludeSearchRules, pageExclusion } from '../../src/site/exclude-search.ts';

/** What the rules leave out of the page at `url`, for the ids given: [intro, ...excluded ids]. */
function leftOut(options: { exclude?: string[]; ignore?: string[]; excludeTags?: boolean }, url: string, ids: string[]): string[] | undefined {
  const exclusion = pageExclusion(excludeSearchRules({ exclude: options.exclude ?? [], ignore: options.ignore ?? [], excludeTags: options.excludeTags ?? false }), url);
  return exclusion && [...(exclusion.intro ? ['(page)'] : []), ...ids.filter(exclusion.section)];
}

describe('mkdocs-exclude-search\'s rules', () => {
  test('a file pattern leaves out a page and all its sections; a glob the pages under a folder, but not its index page', () => {
    assert.deepEqual(leftOut({ exclude: ['first.md'] }, 'first/', ['a', 'b']), ['(page)', 'a', 'b']);
    assert.deepEqual(leftOut({ exclude: ['dir/*'] }, 'dir/second/', ['a']), ['(page)', 'a']);
    assert.deepEqual(leftOut({ exclude: ['dir/*'] }, 'dir/sub/third/', ['a']), ['(page)', 'a'], 'fnmatch\'s * crosses slashes');
    assert.equal(leftOut({ exclude: ['dir/*'] }, 'dir/', ['a']), undefined, 'dir/index.md is the record dir/');
    assert.equal(leftOut({ exclude: ['first.md'] }, 'firstly/', ['a']), undefined);
  });

  test('file.md#id leaves out that section only', () => {
    assert.deepEqual(leftOut({ exclude: ['guide.md#secrets'] }, 'guide/', ['intro', 'secrets']), ['secrets']);
  });

  test('ignore keeps a section of an excluded page, and the page\'s own record with it', () => {
    assert.deepEqual(leftOut({ exclude: ['private/*'], ignore: ['private/faq.md#public'] }, 'private/faq/', ['public', 'internal']), ['internal']);
    assert.deepEqual(leftOut({ exclude: ['private/*'], ignore: ['private/faq.md#public'] }, 'private/other/', ['public']), ['(page)', 'public'], 'only on the page it names');
  });

  test('the home page and top-level pages without directory URLs are always kept, as records without a slash', () => {
    assert.equal(leftOut({ exclude: ['*'] }, '', ['a']), undefined);
    assert.equal(leftOut({ exclude: ['*'] }, 'about.html', ['a']), undefined);
  });

  test('exclude_tags leaves out every record of a page whose path holds tags.html', () => {
    assert.deepEqual(leftOut({ excludeTags: true }, 'blog/tags.html', ['a']), ['(page)', 'a']);
    assert.equal(leftOut({ excludeTags: true }, 'tags/', ['a']), undefined);
  });
});

describe('mkdocs-exclude-search\'s options', () => {
  const entry = (options: Record<string, unknown>) => [{ name: 'exclude-search', options }];

  test('are read as rules, a single string as one entry', () => {
    const { rules, problems } = excludeSearchOptions(entry({ exclude: 'a.md', exclude_tags: false }), true);
    assert.deepEqual(problems, []);
    assert.ok(rules && pageExclusion(rules, 'a/')?.intro === true);
  });

  test('do nothing without the search plugin, or with nothing to exclude (a note, as the plugin\'s log says)', () => {
    assert.equal(excludeSearchOptions(entry({ exclude: ['a.md'] }), false).rules, undefined);
    assert.deepEqual(excludeSearchOptions(entry({}), true), { rules: undefined, problems: [{ severity: 'info', message: 'No excluded search entries selected for mkdocs-exclude-search.' }] });
    assert.deepEqual(excludeSearchOptions(entry({ exclude: ['a.md'], enabled: false }), true), { rules: undefined, problems: [] });
  });

  test('warn about an ignore entry without a section, a value of the wrong kind and an unknown option, and go on', () => {
    const { rules, problems } = excludeSearchOptions(entry({ exclude: ['a.md'], ignore: ['b.md', 'a.md#x'], exclude_tag: true, exclude_tags: false }), true);
    assert.ok(rules);
    assert.deepEqual(problems.map((problem) => problem.message), [
      "exclude-search plugin: unknown option 'exclude_tag'; ignored",
      "exclude-search plugin: ignore entry 'b.md' names no section (file.md#heading-id); left out",
    ]);
    assert.deepEqual(excludeSearchOptions(entry({ exclude: [1] }), true).problems.map((problem) => problem.message), ["exclude-search plugin: 'exclude' should be a list of strings; ignored", 'No excluded search entries selected for mkdocs-exclude-search.']);
  });
});
