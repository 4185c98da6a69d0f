/**
 * The tags plugin's options beyond the basics (src/site/tags.ts, tags-listing.ts, tags-allowed.ts,
 * plugins.ts): nested tags (`tags_hierarchy`), `tags_allowed`, shadow tags, `listings_toc`, the
 * `tags` template variable, and one warning per option we do not implement.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { applyTags } from '../../src/site/plugins.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import { tagLine } from '../../src/site/tags-allowed.ts';
import { featuredTags, findListings, markListings, populateListings, type Listing, type TaggedPage } from '../../src/site/tags-listing.ts';
import { disallowedTags, expandTag, isShadowTag, tagsOptions, type TagsOptions } from '../../src/site/tags.ts';
import { ext, renderPage } from '../helpers/render.ts';

function options(raw: Record<string, unknown> = {}, serve = false): TagsOptions {
  const read = tagsOptions([{ name: 'tags', options: raw }], [], {}, serve).options;
  assert.ok(read);
  return read;
}
const problems = (raw: Record<string, unknown>) => tagsOptions([{ name: 'tags', options: raw }], [], {}).problems;

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tags-options-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('tagsOptions: the newer options', () => {
  test('should read Material\'s defaults: flat tags, any tag allowed, shadow tags hidden in a build, listings in the ToC', () => {
    const read = options();
    assert.deepEqual([read.hierarchy, read.allowed, read.shadow.show, read.listingsToc, read.variable], [undefined, undefined, false, true, 'tags']);
  });

  test('should nest tags on / or the separator given, only with tags_hierarchy: true', () => {
    assert.equal(options({ tags_hierarchy: true }).hierarchy, '/');
    assert.equal(options({ tags_hierarchy: true, tags_hierarchy_separator: '.' }).hierarchy, '.');
    assert.equal(options({ tags_hierarchy_separator: '.' }).hierarchy, undefined);
  });

  test('should show shadow tags in serve unless shadow_on_serve is off, and in a build only with shadow: true', () => {
    assert.deepEqual([options({}, true).shadow.show, options({ shadow_on_serve: false }, true).shadow.show], [true, false]);
    assert.deepEqual([options({ shadow: true }).shadow.show, options({ shadow: true, shadow_on_serve: false }, true).shadow.show], [true, true]);
  });

  test('should read tags_allowed as Python writes its scalars, and an empty list as no list', () => {
    assert.deepEqual([...(options({ tags_allowed: ['HTML5', 2024, true] }).allowed ?? [])], ['HTML5', '2024', 'True']);
    assert.equal(options({ tags_allowed: [] }).allowed, undefined);
    assert.match(problems({ tags_allowed: 'HTML5' }).join(), /tags_allowed must be a list/);
  });

  test('should warn once for each option it does not implement, and not for one set to its no-op value', () => {
    const said = problems({ listings_layout: 'cards', export: true, export_only: true, tags_cloud: 1 });
    assert.deepEqual(said.map((p) => p.replace(/^tags plugin: (\S+).*$/, '$1')), ['listings_layout', 'unknown']);
    assert.match(said[1] ?? '', /unknown option 'tags_cloud'/);
    assert.deepEqual(problems({ listings_layout: 'default', export: false, export_only: false, shadow: true, listings_toc: false, tags_name_variable: 'labels' }), []);
  });
});

describe('nested and shadow tags', () => {
  test('should expand a nested tag into its parents, each with its full name, and leave flat tags alone', () => {
    assert.deepEqual(expandTag('Guide/Rust/Async', '/'), ['Guide', 'Guide/Rust', 'Guide/Rust/Async']);
    assert.deepEqual(expandTag('a.b', '.'), ['a', 'a.b']);
    assert.deepEqual(expandTag('Guide/Rust', undefined), ['Guide/Rust']);
  });

  test('should know a shadow tag by name, prefix or suffix, and a tag nested under one', () => {
    const shadow = options({ tags_hierarchy: true, shadow_tags: ['Draft'], shadow_tags_prefix: '_', shadow_tags_suffix: 'Internal' });
    assert.deepEqual(['Draft', '_wip', 'TeamInternal', 'Draft/Part', 'Guide', 'Guide/Draft2'].map((tag) => isShadowTag(tag, shadow)), [true, true, true, true, false, false]);
    assert.equal(isShadowTag('Draft/Part', options({ shadow_tags: ['Draft'] })), false, 'flat tags do not inherit');
  });

  test('should list the tags tags_allowed lacks, and none without the option', () => {
    assert.deepEqual(disallowedTags(['CSS', 'Typo'], options({ tags_allowed: ['CSS'] })), ['Typo']);
    assert.deepEqual(disallowedTags(['Typo'], options()), []);
  });
});

describe('tagLine', () => {
  test('should find a tag in a block list, a flow list or in quotes', () => {
    assert.deepEqual(tagLine('---\ntitle: X\ntags:\n  - Setup\n  - Typo\n---\n# X\n', 'tags', 'Typo'), { line: 5, exact: true });
    assert.deepEqual(tagLine('---\ntags: [Setup, Typo]\n---\n', 'tags', 'Typo'), { line: 2, exact: true });
    assert.deepEqual(tagLine('---\ntags:\n- "Typo"\n---\n', 'tags', 'Typo'), { line: 3, exact: true });
  });

  test('should not take another key\'s value or a longer tag for the tag', () => {
    assert.deepEqual(tagLine('---\ntags:\n  - Typos\ntitle: Typo\n---\n', 'tags', 'Typo'), { line: 2, exact: false });
  });

  test('should say nothing without front matter or without the key (a .meta.yml gave the tag)', () => {
    assert.equal(tagLine('# Page\n', 'tags', 'Typo'), undefined);
    assert.equal(tagLine('---\ntitle: X\n---\n', 'tags', 'Typo'), undefined);
  });
});

const taggedPages: TaggedPage[] = [
  { src: 'rust.md', url: 'rust/', title: 'Rust', tags: ['Guide/Rust'] },
  { src: 'async.md', url: 'async/', title: 'Async', tags: ['Guide/Rust/Async'] },
  { src: 'guide.md', url: 'guide/', title: 'Guide', tags: ['Guide'] },
  { src: 'draft.md', url: 'draft/', title: 'Draft', tags: ['Draft', 'Guide'], shadow: ['Draft'] },
  { src: 'tags.md', url: 'tags/', title: 'Tags', tags: [] },
];
const directive = { directive: 'material/tags', depth: 6, listings: true };
const base = (more: Partial<Listing> = {}): Listing => ({ page: taggedPages[4]!, id: 'md-tags-listing-0-', scope: false, include: undefined, exclude: undefined, toc: true, shadow: false, hierarchy: '/', ...more });

describe('listings of nested and shadow tags', () => {
  test('should include and exclude a nested tag through its parent', () => {
    assert.deepEqual(featuredTags(base({ include: ['Guide'] }), taggedPages[1]!), ['Guide/Rust/Async']);
    assert.deepEqual(featuredTags(base({ exclude: ['Guide/Rust'] }), taggedPages[1]!), []);
    assert.deepEqual(featuredTags(base({ include: ['Guide'], hierarchy: undefined }), taggedPages[1]!), [], 'flat tags match exactly');
  });

  test('should leave shadow tags out unless the listing shows them', () => {
    assert.deepEqual(featuredTags(base(), taggedPages[3]!), ['Guide']);
    assert.deepEqual(featuredTags(base({ shadow: true }), taggedPages[3]!), ['Draft', 'Guide']);
  });

  test('should draw a nested tag inside its parent\'s list, one heading level down, and nest its ToC entry', () => {
    const nested = options({ tags_hierarchy: true, shadow_tags: ['Draft'] });
    const page = renderPage(markListings('# Tags\n\n<!-- material/tags -->\n', 'tags.md', directive), [ext('attr_list'), ext('toc')], { path: 'tags.md' });
    const found = findListings(taggedPages[4]!, page.html, nested);
    const filled = populateListings(page.html, page.toc, found.listings, taggedPages, nested);
    assert.equal(filled.html, [
      '<h1 id="tags">Tags</h1>',
      '<h2 id="tag:guide"><span class="md-tag">Guide</span></h2>',
      '<ul>\n<li><a href="../draft/">Draft</a></li>\n<li><a href="../guide/">Guide</a></li>',
      '<li style="list-style-type:none"><h3 id="tag:guiderust"><span class="md-tag">Guide/Rust</span></h3>',
      '<ul>\n<li><a href="../rust/">Rust</a></li>',
      '<li style="list-style-type:none"><h4 id="tag:guiderustasync"><span class="md-tag">Guide/Rust/Async</span></h4>',
      '<ul>\n<li><a href="../async/">Async</a></li>\n</ul></li>\n</ul></li>\n</ul>',
    ].join('\n'));
    const toc = filled.toc[0]?.children ?? [];
    assert.deepEqual([toc.map((e) => [e.level, e.name]), toc[0]?.children.map((e) => [e.level, e.name]), toc[0]?.children[0]?.children.map((e) => [e.level, e.name])], [[[2, 'Guide']], [[3, 'Guide/Rust']], [[4, 'Guide/Rust/Async']]]);
    assert.deepEqual(filled.ids, ['tag:guide', 'tag:guiderust', 'tag:guiderustasync']);
  });

  test('should mark a shown shadow tag md-tag-shadow, and keep listings out of the ToC with listings_toc: false', () => {
    const shown = options({ shadow: true, shadow_tags: ['Draft'], listings_toc: false });
    const page = renderPage(markListings('# Tags\n\n<!-- material/tags -->\n', 'tags.md', directive), [ext('attr_list'), ext('toc')], { path: 'tags.md' });
    const found = findListings(taggedPages[4]!, page.html, shown);
    const filled = populateListings(page.html, page.toc, found.listings, taggedPages, shown);
    assert.match(filled.html, /<h2 id="tag:draft"><span class="md-tag md-tag-shadow">Draft<\/span><\/h2>/);
    assert.deepEqual(filled.toc[0]?.children, []);
  });

  test('should warn about a listing\'s unknown setting and a layout it cannot draw', () => {
    const html = `<h6 id="md-tags-listing-0-${Buffer.from('{ layout: cards, colour: red }').toString('hex')}/slug">x</h6>`;
    assert.deepEqual(findListings(taggedPages[4]!, html, options()).problems, ["tags listing: unknown setting 'colour', ignored", "tags listing: layout 'cards' is not supported; the default layout is drawn"]);
  });
});

describe('applyTags with shadow tags and tags_allowed', () => {
  const rendered = () => new Map<string, RenderResult>([['a.md', renderPage('---\ntags: [Draft, Guide]\n---\n# A\n', [ext('toc')])]]);
  const pages = [{ src: 'a.md', url: 'a/', title: 'A' }];

  test('should not draw a shadow tag in a build, and draw it marked when shadow tags are shown', () => {
    assert.deepEqual(applyTags(rendered(), pages, options({ shadow_tags: ['Draft'] }), '/docs').tagsOf('a.md').map((tag) => tag.name), ['Guide']);
    const shown = applyTags(rendered(), pages, options({ shadow_tags: ['Draft'] }, true), '/docs').tagsOf('a.md');
    assert.deepEqual(shown.map((tag) => [tag.name, tag.shadow]), [['Draft', true], ['Guide', undefined]]);
  });

  test('should warn at the front matter line of a tag tags_allowed lacks, and keep the tag', () => {
    const docs = path.join(project({ 'docs/a.md': '---\ntitle: A\ntags:\n  - Guide\n  - Draft\n---\n# A\n' }), 'docs');
    const result = applyTags(rendered(), pages, options({ tags_allowed: ['Guide'] }), docs);
    assert.deepEqual(result.messages.map((m) => [m.severity, m.file, m.line, m.message]), [['warning', path.join(docs, 'a.md'), 5, "tag 'Draft' is not in the tags plugin's tags_allowed (Guide)"]]);
    assert.deepEqual(result.tagsOf('a.md').map((tag) => tag.name), ['Draft', 'Guide']);
  });
});

describe('a site with the tags plugin', () => {
  test('should give custom_dir templates the page\'s tags in `tags` (or tags_name_variable), and page.meta.tags', async () => {
    const root = project({
      'docs/index.md': '---\ntags: [Setup]\n---\n# Home\n',
      'docs/tags.md': '# Tags\n\n<!-- material/tags -->\n',
      'overrides/main.html': '{% extends "base.html" %}\n{% block announce %}{% for tag in labels %}{{ tag.name }}>{{ tag.url | url }}>{{ tag.links[0].title }}{% endfor %}|{{ page.meta.tags | join(",") }}|{{ tags is defined }}{% endblock %}',
      'mkdocs.yml': 'site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\nplugins:\n  - tags:\n      tags_name_variable: labels\n',
    });
    const prepared = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const home = prepared.model.pages.find((page) => page.src === 'index.md');
    const announce = (home?.overrides?.blocks.announce ?? []).map((s) => (s.kind === 'html' ? s.html : '')).join('');
    assert.equal(announce, 'Setup>/tags/#tag:setup>Tags|Setup|false');
  });

  test('should report a refused tag at its page and line, as a warning (which --strict turns into a failure)', async () => {
    const root = project({
      'docs/index.md': '---\ntags:\n  - Setup\n  - Stup\n---\n# Home\n',
      'mkdocs.yml': 'site_name: T\nplugins:\n  - tags:\n      tags_allowed: [Setup]\n',
    });
    const prepared = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const refused = prepared.messages.filter((m) => /tags_allowed/.test(m.message));
    assert.deepEqual(refused.map((m) => [m.severity, path.relative(root, m.file ?? ''), m.line]), [['warning', path.join('docs', 'index.md'), 4]]);
  });
});
