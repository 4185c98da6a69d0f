/**
 * Material's tags plugin without a build: its options, each page's tags, the listing directive
 * pass and the listings filled in from the rendered HTML (src/site/tags.ts, tags-listing.ts,
 * plugins.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { RenderResult, TocEntry } from '../../src/markdown/index.ts';
import { applyTags, sitePlugins } from '../../src/site/plugins.ts';
import { rendererFor, renderPages, type RenderSettings } from '../../src/site/render-pages.ts';
import { closestListing, featuredTags, findListings, markListings, populateListings, type Listing, type TaggedPage } from '../../src/site/tags-listing.ts';
import { pageTags, sortTags, tagAnchor, tagsOptions, type TagsOptions } from '../../src/site/tags.ts';
import { ext, renderPage } from '../helpers/render.ts';
import { htmlText } from '../../src/shared/page-html.ts';

function options(raw: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): TagsOptions {
  const read = tagsOptions([{ name: 'tags', options: raw }], [], extra).options;
  assert.ok(read);
  return read;
}

const directive = { directive: 'material/tags', depth: 6, listings: true };

describe('tagsOptions', () => {
  test('should read Material 9.7\'s defaults when the plugin is listed without options', () => {
    const read = options();
    assert.deepEqual([read.drawTags, read.property, read.format, read.listings, read.directive, read.depth, read.tagsFile], [true, 'tags', 'tag:{slug}', true, 'material/tags', 6, undefined]);
  });

  test('should find the plugin under its material/ name and not when it is disabled or absent', () => {
    assert.ok(tagsOptions([{ name: 'material/tags', options: {} }], [], {}).options);
    assert.equal(tagsOptions([{ name: 'tags', options: { enabled: false } }], [], {}).options, undefined);
    assert.equal(tagsOptions([{ name: 'search', options: {} }], [], {}).options, undefined);
  });

  test('should place listings at the toc extension\'s deepest level', () => {
    assert.equal(tagsOptions([{ name: 'tags', options: {} }], [ext('toc', { toc_depth: '2-4' })], {}).options?.depth, 4);
    assert.equal(tagsOptions([{ name: 'tags', options: {} }], [ext('toc', { toc_depth: 3 })], {}).options?.depth, 3);
  });

  test('should read the sort orders Material ships, reversed or not, and report others', () => {
    const read = tagsOptions([{ name: 'tags', options: {
      tags_sort_by: '!!python/name:material.plugins.tags.tag_name_casefold',
      tags_sort_reverse: true,
      listings_sort_by: { python: 'name', value: 'material.plugins.tags.item_url' },
      listings_tags_sort_by: '!!python/name:my.own.key',
    } }], [], {});
    assert.deepEqual([read.options?.tagsSort, read.options?.listingsSort, read.options?.listingTagsSort], [{ by: 'casefold', reverse: true }, { by: 'url', reverse: false }, { by: 'name', reverse: false }]);
    assert.match(read.problems.join(), /listings_tags_sort_by must name one of/);
    assert.deepEqual(sortTags(['b', 'A', 'a', 'C'], { by: 'casefold', reverse: false }), ['A', 'a', 'b', 'C']);
    assert.deepEqual(sortTags(['b', 'A', 'a', 'C'], { by: 'casefold', reverse: true }), ['C', 'b', 'A', 'a']);
  });

  test('should report a tags_slugify it does not know and keep the default', () => {
    const read = tagsOptions([{ name: 'tags', options: { tags_slugify: '!!python/name:my.slugify' } }], [], {});
    assert.equal(read.problems.length, 1);
    assert.equal(read.options ? tagAnchor('Getting Started', read.options) : '', 'tag:getting-started');
  });
});

describe('sitePlugins', () => {
  const config = (plugins: Array<{ name: string; options: Record<string, unknown> }>, extensions = [ext('toc')]) => ({ plugins, markdown_extensions: extensions, extra: {}, config_file_path: '/p/mkdocs.yml' });

  test('should add attr_list when the tags plugin is on, as Material does, and only then', () => {
    assert.deepEqual(sitePlugins(config([{ name: 'tags', options: {} }])).extensions.map((spec) => spec.name), ['toc', 'attr_list']);
    assert.deepEqual(sitePlugins(config([{ name: 'tags', options: {} }], [ext('attr_list')])).extensions.map((spec) => spec.name), ['attr_list']);
    assert.deepEqual(sitePlugins(config([{ name: 'search', options: {} }])).extensions.map((spec) => spec.name), ['toc']);
  });

  test('should name the meta file the meta plugin reads, and none without the plugin', () => {
    assert.equal(sitePlugins(config([{ name: 'meta', options: {} }])).metaFile, '.meta.yml');
    assert.equal(sitePlugins(config([{ name: 'material/meta', options: { meta_file: '**/defaults.yml' } }])).metaFile, 'defaults.yml');
    assert.equal(sitePlugins(config([{ name: 'meta', options: { enabled: false } }])).metaFile, undefined);
  });

  test('should run the plugins of an enabled group, and not those of a disabled one', () => {
    const group = (enabled: boolean) => sitePlugins(config([{ name: 'group', options: { enabled, plugins: { meta: {}, tags: {} } } }]));
    assert.deepEqual([group(true).metaFile, group(true).tags?.directive], ['.meta.yml', 'material/tags']);
    assert.deepEqual([group(false).metaFile, group(false).tags], [undefined, undefined]);
    assert.equal(sitePlugins(config([{ name: 'material/group', options: { plugins: ['meta'] } }])).metaFile, '.meta.yml');
  });
});

describe('pageTags', () => {
  test('should deduplicate and sort a page\'s tags by code point, as Python sorts', () => {
    assert.deepEqual(pageTags({ tags: ['beta', 'Alpha', 'beta', 'Zulu'] }, { property: 'tags' }), { tags: ['Alpha', 'Zulu', 'beta'], problem: undefined });
  });

  test('should write numbers and booleans as Python does', () => {
    assert.deepEqual(pageTags({ tags: [2024, true, 1.5] }, { property: 'tags' }).tags, ['1.5', '2024', 'True']);
  });

  test('should report tags that are not a list, or hold a mapping, and give no tags', () => {
    assert.match(pageTags({ tags: 'Alpha' }, { property: 'tags' }).problem ?? '', /must be a list/);
    assert.match(pageTags({ tags: ['a', { b: 1 }] }, { property: 'tags' }).problem ?? '', /index 1/);
    assert.deepEqual(pageTags({ title: 'x' }, { property: 'tags' }), { tags: [], problem: undefined });
  });
});

describe('markListings', () => {
  test('should turn the directive into a placeholder heading at the given depth', () => {
    assert.equal(markListings('# T\n<!-- material/tags -->\n', 'tags.md', directive), '# T\n###### md-tags-listing-0-/name { #md-tags-listing-0-/slug }\n');
  });

  test('should keep a directive\'s arguments in the id and number several directives', () => {
    const marked = markListings('<!-- material/tags { include: [A] } -->\n\n<!--material/tags-->', 'a.md', { ...directive, depth: 3 });
    assert.equal(marked, `### md-tags-listing-0-${Buffer.from('{ include: [A] }').toString('hex')}/name { #md-tags-listing-0-${Buffer.from('{ include: [A] }').toString('hex')}/slug }\n\n### md-tags-listing-1-/name { #md-tags-listing-1-/slug }`);
  });

  test('should remove directives when listings are off and leave other comments alone', () => {
    assert.equal(markListings('a\n<!-- material/tags -->\n<!-- other -->\n', 'a.md', { ...directive, listings: false }), 'a\n\n<!-- other -->\n');
  });

  test('should put the directive in place of tags_file\'s [TAGS], or at its end, on that page only', () => {
    const legacy = { ...directive, tagsFile: 'tags.md' };
    assert.match(markListings('# Tags\n\n[TAGS]\n', 'tags.md', legacy), /^# Tags\n\n###### md-tags-listing-0-\/name/);
    assert.match(markListings('# Tags\n', 'tags.md', legacy), /^# Tags\n\n###### md-tags-listing-0-/);
    assert.equal(markListings('# Other [TAGS]\n', 'other.md', legacy), '# Other [TAGS]\n');
  });

  test('should give a tags_extra_files page a listing of its tags only', () => {
    const extra = { ...directive, extraFiles: { 'setup.md': ['Setup', 'Install'] } };
    const args = Buffer.from('{"include":["Setup","Install"]}').toString('hex');
    assert.equal(markListings('# Setup tags\n', 'setup.md', extra), `# Setup tags\n\n###### md-tags-listing-0-${args}/name { #md-tags-listing-0-${args}/slug }`);
    assert.equal(findListings(pages[4]!, `<h6 id="md-tags-listing-0-${args}/slug">`, { ...options(), depth: 6, listingsMap: {} }).listings[0]?.include?.join(), 'Setup,Install');
  });
});

const pages: TaggedPage[] = [
  { src: 'index.md', url: '', title: 'Home', tags: ['Home'] },
  { src: 'guide/b.md', url: 'guide/b/', title: 'Beta', tags: ['Guide', 'Setup'] },
  { src: 'guide/a.md', url: 'guide/a/', title: 'Alpha', tags: ['Guide'] },
  { src: 'guide/tags.md', url: 'guide/tags/', title: 'Guide tags', tags: ['Guide'] },
  { src: 'tags.md', url: 'tags/', title: 'Tags', tags: [] },
];
const listing = (page: TaggedPage, more: Partial<Listing> = {}): Listing => ({ page, id: 'md-tags-listing-0-', scope: false, include: undefined, exclude: undefined, toc: true, shadow: false, hierarchy: undefined, ...more });

describe('listings', () => {
  test('should show every tag of other pages, and none of the listing\'s own page', () => {
    const all = listing(pages[3] ?? pages[0]!);
    assert.deepEqual(featuredTags(all, pages[1]!), ['Guide', 'Setup']);
    assert.deepEqual(featuredTags(all, pages[3]!), []);
  });

  test('should follow scope, include and exclude', () => {
    const scoped = listing(pages[3]!, { scope: true });
    assert.deepEqual([featuredTags(scoped, pages[0]!), featuredTags(scoped, pages[2]!)], [[], ['Guide']]);
    assert.deepEqual(featuredTags(listing(pages[4]!, { include: ['Setup'] }), pages[1]!), ['Setup']);
    assert.deepEqual(featuredTags(listing(pages[4]!, { exclude: ['Setup'] }), pages[1]!), []);
  });

  test('should link a tag to the listing closest to the page', () => {
    const top = listing(pages[4]!);
    const guide = listing(pages[3]!, { id: 'md-tags-listing-1-' });
    assert.equal(closestListing(pages[2]!, 'Guide', [top, guide]), guide);
    assert.equal(closestListing(pages[0]!, 'Home', [top, guide]), top);
    assert.equal(closestListing(pages[2]!, 'Nowhere', [top, guide]), undefined);
  });

  test('should read a listing\'s inline settings and a listings_map name back from the HTML', () => {
    const html = (args: string) => `<h6 id="md-tags-listing-0-${Buffer.from(args).toString('hex')}/slug">x</h6>`;
    const found = findListings(pages[4]!, html('{ include: [Setup], toc: false }'), { ...options(), depth: 6, listingsMap: { mine: { scope: true } } });
    assert.deepEqual([found.listings[0]?.include, found.listings[0]?.toc], [['Setup'], false]);
    assert.equal(findListings(pages[4]!, html('mine'), { ...options(), depth: 6, listingsMap: { mine: { scope: true } } }).listings[0]?.scope, true);
    assert.match(findListings(pages[4]!, html('missing'), { ...options(), depth: 6, listingsMap: {} }).problems[0] ?? '', /no listings_map entry named 'missing'/);
  });
});

describe('populateListings', () => {
  const rendered = (source: string): RenderResult => renderPage(markListings(source, 'tags.md', directive), [ext('attr_list'), ext('toc', { permalink: true })], { path: 'tags.md' });

  test('should put each tag as a heading one level below the heading above, with its pages sorted by title', () => {
    const page = rendered('# Tags\n\n<!-- material/tags -->\n');
    const found = findListings(pages[4]!, page.html, options());
    const filled = populateListings(page.html, page.toc, found.listings, pages, options());
    assert.equal(filled.html, [
      '<h1 id="tags">Tags<a class="headerlink" href="#tags" title="Permanent link">¶</a></h1>',
      '<h2 id="tag:guide"><span class="md-tag">Guide</span><a class="headerlink" href="#tag:guide" title="Permanent link">¶</a></h2>',
      '<ul>\n<li><a href="../guide/a/">Alpha</a></li>\n<li><a href="../guide/b/">Beta</a></li>\n<li><a href="../guide/tags/">Guide tags</a></li>\n</ul>',
      '<h2 id="tag:home"><span class="md-tag">Home</span><a class="headerlink" href="#tag:home" title="Permanent link">¶</a></h2>',
      '<ul>\n<li><a href="../">Home</a></li>\n</ul>',
      '<h2 id="tag:setup"><span class="md-tag">Setup</span><a class="headerlink" href="#tag:setup" title="Permanent link">¶</a></h2>',
      '<ul>\n<li><a href="../guide/b/">Beta</a></li>\n</ul>',
    ].join('\n'));
    const toc: TocEntry[] = filled.toc;
    assert.deepEqual(toc[0]?.children.map((entry) => [entry.level, entry.id, entry.name]), [[2, 'tag:guide', 'Guide'], [2, 'tag:home', 'Home'], [2, 'tag:setup', 'Setup']]);
    assert.deepEqual(filled.ids, ['tag:guide', 'tag:home', 'tag:setup']);
  });

  test('should nest under a second-level heading at the third level, and leave the ToC alone with toc: false', () => {
    const page = rendered('# Tags\n\n## Setup only\n\n<!-- material/tags { include: [Setup], toc: false } -->\n');
    const found = findListings(pages[4]!, page.html, options());
    const filled = populateListings(page.html, page.toc, found.listings, pages, options({}, { tags: { Setup: 'setup' } }));
    assert.match(filled.html, /<h3 id="tag:setup"><span class="md-tag md-tag-icon md-tag--setup">Setup<\/span>/);
    assert.doesNotMatch(filled.html, /tag:guide|md-tags-listing/);
    assert.deepEqual(filled.toc[0]?.children.map((entry) => entry.id), ['setup-only']);
    assert.deepEqual(filled.toc[0]?.children[0]?.children, []);
  });

  test('should escape a tag name in the heading and keep it as text in the ToC', () => {
    const page = rendered('# Tags\n\n<!-- material/tags -->\n');
    const odd: TaggedPage[] = [{ src: 'x.md', url: 'x/', title: 'Q&A <1>', tags: ['R&D <x>'] }];
    const filled = populateListings(page.html, page.toc, findListings(pages[4]!, page.html, options()).listings, odd, options());
    assert.match(filled.html, /<h2 id="tag:rd"><span class="md-tag">R&amp;D &lt;x&gt;<\/span>/);
    assert.match(filled.html, /<li><a href="..\/x\/">Q&amp;A &lt;1&gt;<\/a><\/li>/);
    assert.equal(filled.toc[0]?.children[0]?.name, 'R&D <x>');
  });

  test('should order a listing\'s tags and pages as listings_tags_sort and listings_sort say', () => {
    const page = rendered('# Tags\n\n<!-- material/tags -->\n');
    const order = options({ listings_tags_sort_reverse: true, listings_sort_by: '!!python/name:material.plugins.tags.item_url', listings_sort_reverse: true });
    const filled = populateListings(page.html, page.toc, findListings(pages[4]!, page.html, order).listings, pages, order);
    assert.deepEqual([...filled.html.matchAll(/id="tag:(\w+)"/g)].map((m) => m[1]), ['setup', 'home', 'guide']);
    assert.match(filled.html, /<li><a href="..\/guide\/tags\/">Guide tags<\/a><\/li>\n<li><a href="..\/guide\/b\/">Beta<\/a><\/li>\n<li><a href="..\/guide\/a\/">Alpha<\/a><\/li>/);
  });

  test('should leave nothing of a listing that shows no tag', () => {
    const page = rendered('# Tags\n\n<!-- material/tags { include: [Nothing] } -->\n');
    const filled = populateListings(page.html, page.toc, findListings(pages[4]!, page.html, options()).listings, pages, options());
    assert.equal(filled.html, '<h1 id="tags">Tags<a class="headerlink" href="#tags" title="Permanent link">¶</a></h1>\n');
    assert.deepEqual(filled.toc[0]?.children, []);
  });

  test('should not take a directive inside fenced code for a listing', () => {
    const page = rendered('# Tags\n\n```\n<!-- material/tags -->\n```\n');
    assert.deepEqual(findListings(pages[4]!, page.html, options()).listings, []);
  });
});

describe('applyTags', () => {
  test('should fill listings in, drop the placeholder\'s anchor and permalink, and give each page its tag links', () => {
    const render = (src: string, source: string) => renderPage(markListings(source, src, directive), [ext('attr_list'), ext('toc', { permalink: true })], { path: src });
    const rendered = new Map<string, RenderResult>([
      ['tags.md', render('tags.md', '# Tags\n\n<!-- material/tags -->\n')],
      ['a.md', render('a.md', '---\ntags: [Zeta, Alpha]\n---\n# A\n')],
      ['b.md', render('b.md', '---\ntags: Alpha\n---\n# B\n')],
    ]);
    const result = applyTags(rendered, [{ src: 'tags.md', url: 'tags/', title: 'Tags' }, { src: 'a.md', url: 'a/', title: 'A' }, { src: 'b.md', url: 'b/', title: 'B' }], options(), '/docs');
    assert.deepEqual(result.tagsOf('a.md').map((tag) => [tag.name, tag.listing?.url, tag.listing?.anchor]), [['Alpha', 'tags/', 'tag:alpha'], ['Zeta', 'tags/', 'tag:zeta']]);
    assert.deepEqual(result.tagsOf('tags.md'), []);
    assert.deepEqual(rendered.get('tags.md')?.ids, ['tags', 'tag:alpha', 'tag:zeta']);
    assert.deepEqual(rendered.get('tags.md')?.links.map((link) => link.href), ['#tags']);
    assert.deepEqual(result.messages.map((m) => [m.file, m.message.slice(0, 30)]), [['/docs/b.md', "front matter 'tags' must be a "]]);
  });

  test('should draw a page\'s tags in tags_sort order', () => {
    const rendered = new Map<string, RenderResult>([['a.md', renderPage('---\ntags: [alpha, Zeta, beta]\n---\n# A\n', [ext('toc')])]]);
    const drawn = applyTags(rendered, [{ src: 'a.md', url: 'a/', title: 'A' }], options({ tags_sort_by: '!!python/name:material.plugins.tags.tag_name_casefold', tags_sort_reverse: true }), '/docs').tagsOf('a.md');
    assert.deepEqual(drawn.map((tag) => tag.name), ['Zeta', 'beta', 'alpha']);
  });

  test('should draw no tags when the tags option is off, yet fill listings in', () => {
    const rendered = new Map<string, RenderResult>([['a.md', renderPage('---\ntags: [A]\n---\n# A\n', [ext('toc')])]]);
    assert.deepEqual(applyTags(rendered, [{ src: 'a.md', url: 'a/', title: 'A' }], options({ tags: false }), '/docs').tagsOf('a.md'), []);
  });
});

describe('renderPages and listing directives', () => {
  test('should mark directives in the render threads as in the main thread, after the front matter', async () => {
    const docsDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'tags-threads-')), 'docs');
    mkdirSync(docsDir, { recursive: true });
    const sources = Array.from({ length: 6 }, (_, i) => `p${i}.md`);
    for (const src of sources) writeFileSync(path.join(docsDir, src), '---\ntitle: <!-- material/tags -->\n---\n# P\n\n<!-- material/tags -->\n');
    const settings: RenderSettings = { extensions: [ext('attr_list'), ext('toc')], projectDir: docsDir, docsDir, iconDirs: [], links: { pages: new Map(), docsFiles: new Set(), files: new Set() }, listings: directive };
    const rendered = await renderPages(settings, rendererFor(settings), sources, { threads: 2 });
    const pages = [...rendered.pages.values()];
    assert.deepEqual(rendered.messages, []);
    assert.ok(pages.every((page) => htmlText(page.result.html).includes('<h6 id="md-tags-listing-0-/slug">md-tags-listing-0-/name</h6>')), htmlText(pages[0]?.result.html ?? 'no page'));
    assert.ok(pages.every((page) => page.result.meta['title'] === '<!-- material/tags -->'));
  });
});
