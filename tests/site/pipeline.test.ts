/**
 * The site pipeline one stage at a time (src/site/stages/): each stage gets the outputs of the
 * stages before it — from a small project on disk where it reads files, built by hand where it
 * does not — so a failure names the stage. prepareSite's own test (stages.test.ts) checks them
 * wired together.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { discoverStage } from '../../src/site/stages/discover.ts';
import { linkStage } from '../../src/site/stages/links.ts';
import { metaStage } from '../../src/site/stages/meta.ts';
import { loadStage, type LoadedSite } from '../../src/site/stages/load.ts';
import { modelStage, snippetBasePaths } from '../../src/site/stages/model.ts';
import { navStage } from '../../src/site/stages/nav.ts';
import { renderStage, unsupportedExtensionMessage } from '../../src/site/stages/render.ts';
import { tagStage } from '../../src/site/stages/tags.ts';
import { htmlText } from '../../src/shared/page-html.ts';

/** A project folder with `mkdocs.yml` (site_name added) and the given files under it. */
function project(config: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-pipeline-'));
  writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: Pipeline\n${config}`);
  mkdirSync(path.join(root, 'docs'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

function load(config: string, files: Record<string, string> = {}, siteDir?: string): LoadedSite {
  return loadStage({ configFile: path.join(project(config, files), 'mkdocs.yml'), siteDir });
}

/** A render result as the render stage hands it on, with only the fields a test cares about. */
function result(fields: Partial<RenderResult>): RenderResult {
  return { html: '', toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [], ...fields };
}

const pages = (...srcs: string[]) => srcs.map((src) => ({ src, url: src === 'index.md' ? '' : `${src.replace(/\.md$/, '')}/`, dest: '', isIndex: src.endsWith('index.md') }));

describe('load stage', () => {
  test('should resolve the project, the output folder (site_dir or -d) and the plugins', () => {
    const site = load('site_dir: out\nplugins:\n  - meta\n');
    assert.equal(site.outDir, path.join(site.projectDir, 'out'));
    assert.equal(site.plugins.metaFile, '.meta.yml');
    assert.equal(site.configFile, path.join(site.projectDir, 'mkdocs.yml'));
    const elsewhere = load('', {}, '/tmp/elsewhere-site');
    assert.equal(elsewhere.outDir, '/tmp/elsewhere-site');
  });

  test('should place a value of the config at its line and column in mkdocs.yml', () => {
    const site = load('nav:\n  - Home: index.md\n  - missing.md\n');
    assert.deepEqual(site.placeOf(['nav', 1]), { file: site.configFile, line: 4, column: 5 });
  });

  test('should pass on the config and plugins messages with their place', () => {
    const site = load('theme:\n  name: material\n  features:\n    - no.such.feature\n');
    const message = site.messages.find((m) => m.message.includes('no.such.feature'));
    assert.ok(message, JSON.stringify(site.messages));
    assert.equal(message.file, site.configFile);
    assert.equal(message.line, 5);
  });

  test('should place a plugin\'s option warnings at its entry under plugins:, in either form', () => {
    const listed = load('plugins:\n  - search\n  - awesome-pages:\n      no_such_option: 1\n');
    const message = listed.messages.find((m) => m.message.includes('no_such_option'));
    assert.deepEqual(message && [message.file, message.line], [listed.configFile, 4]);
    const mapped = load('plugins:\n  search: {}\n  awesome-pages:\n    no_such_option: 1\n');
    const again = mapped.messages.find((m) => m.message.includes('no_such_option'));
    assert.deepEqual(again && [again.file, again.line], [mapped.configFile, 4]);
    assert.equal(listed.pluginPlace('redirects'), undefined);
    assert.equal(load('plugins:\n  - search\n  - redirects\n').pluginPlace('redirects')?.line, 4);
  });
});

describe('discover stage', () => {
  test('should find pages at MkDocs URLs, assets and static files, and index them for links', () => {
    const site = load('', { 'docs/index.md': '# Home\n', 'docs/a b.md': 'x', 'docs/img/logo.png': 'png', 'docs/.hidden.md': 'no' });
    const files = discoverStage(site);
    assert.deepEqual(files.pages.map((p) => [p.src, p.url]), [['index.md', ''], ['a b.md', 'a%20b/']]);
    assert.ok(files.index.docsFiles.has('img/logo.png'));
    assert.ok(files.staticFiles.some((f) => f.to === 'img/logo.png'));
    assert.equal(files.index.pages.get('a b.md')?.url, 'a%20b/');
  });

  test('should report a problem with the file, absolute, and go on', () => {
    const site = load('', { 'docs/index.md': '# Home\n', 'docs/index.markdown': '# Other\n' });
    const files = discoverStage(site);
    assert.equal(files.pages.length, 1);
    assert.equal(files.messages.length, 1);
    assert.ok(path.isAbsolute(files.messages[0]?.file ?? ''), JSON.stringify(files.messages));
  });
});

describe('render stage', () => {
  test('should render every page in discovery order with its title, ids and links', async () => {
    const site = load('', { 'docs/index.md': '# Home\n\n[next](b.md#part)\n', 'docs/b.md': '---\ntitle: B\n---\n## Part\n' });
    const rendered = await renderStage(site, discoverStage(site));
    assert.deepEqual([...rendered.results.keys()], ['index.md', 'b.md']);
    assert.equal(rendered.results.get('index.md')?.title, 'Home');
    assert.deepEqual(rendered.results.get('index.md')?.links.map((l) => l.href), ['b.md#part']);
    assert.ok(rendered.results.get('b.md')?.ids.includes('part'));
    assert.equal(rendered.reused, 0);
  });

  test('should warn once, at its mkdocs.yml entry, about an include extension option it does not support', async () => {
    const site = load('markdown_extensions:\n  - mdx_include:\n      encoding: latin-1\n', { 'docs/index.md': '# Home\n', 'docs/b.md': '# B\n' });
    const rendered = await renderStage(site, discoverStage(site));
    const warnings = rendered.messages.filter((m) => m.message.includes('latin-1'));
    assert.equal(warnings.length, 1);
    // At the `- mdx_include:` line of the mkdocs.yml written for the test.
    assert.equal(warnings[0]?.line, readFileSync(site.configFile, 'utf8').split('\n').indexOf('  - mdx_include:') + 1);
    assert.ok(!rendered.messages.some((m) => m.message.includes('is not supported; its syntax stays as text')));
  });

  test("should tell how to write Python-Markdown 2's name(option=value) form, at its entry, and name other unknown extensions plainly", async () => {
    const site = load('markdown_extensions:\n  - codehilite(guess_lang=true, linenums = false)\n  - toc(permalink=true)\n  - no_such_ext\n', { 'docs/index.md': '# Home\n' });
    const said = (await renderStage(site, discoverStage(site))).messages.filter((m) => m.message.startsWith('markdown extension'));
    assert.deepEqual(said.map((m) => [m.line, m.column]), [[3, 5], [4, 5], [5, 5]]);
    assert.equal(said[0]?.message, 'markdown extension "codehilite(guess_lang=true, linenums = false)" is written in the name(option=value) form Python-Markdown 3.0 removed (MkDocs cannot load it either); write it as `- codehilite:` with `guess_lang: true`, `linenums: false` under it; its syntax stays as text');
    assert.equal(said[2]?.message, 'markdown extension "no_such_ext" is not supported; its syntax stays as text');
    assert.match(unsupportedExtensionMessage('abbr()'), /write it as `- abbr:`; its syntax/);
  });

  test("should warn, at the i18n plugin's mkdocs.yml entry, that admonition_translations title nothing without the admonition extension", async () => {
    const site = load('plugins:\n  - search\n  - i18n:\n      languages:\n        - {locale: en, default: true, name: English}\n        - {locale: fr, name: Français, admonition_translations: {note: Remarque}}\n', { 'docs/index.md': '# Home\n', 'docs/index.fr.md': '# Accueil\n' });
    const said = (await renderStage(site, discoverStage(site))).messages.filter((m) => m.message.includes('admonition_translations'));
    assert.equal(said.length, 1, JSON.stringify(said));
    // At the `- i18n:` line of the mkdocs.yml written for the test (site_name is line 1).
    assert.deepEqual([said[0]?.file, said[0]?.line], [site.configFile, 4]);
  });

  test('should count the base_path of markdown_include and mdx_include among the folders serve re-renders for', () => {
    const site = load('markdown_extensions:\n  - markdown_include.include:\n      base_path: docs\n  - mdx_include:\n      base_path: src\n');
    assert.deepEqual(snippetBasePaths(site.config, site.projectDir), [path.join(site.projectDir, 'docs'), path.join(site.projectDir, 'src')]);
  });

  test('should reuse the pages of the cache it is given when nothing changed', async () => {
    const site = load('', { 'docs/index.md': '# Home\n', 'docs/b.md': '# B\n' });
    const files = discoverStage(site);
    const first = await renderStage(site, files);
    const second = await renderStage(site, files, { cache: first.cache });
    assert.equal(second.reused, 2);
    assert.ok(second.messages.some((m) => m.severity === 'info' && m.message.startsWith('2 of 2 pages are unchanged')));
    assert.equal(second.results.get('b.md')?.html, first.results.get('b.md')?.html);
  });

  test('should warn, at its line in mkdocs.yml, about an extension it does not support', async () => {
    const site = load('markdown_extensions:\n  - toc\n  - no_such_extension\n', { 'docs/index.md': '# Home\n' });
    const rendered = await renderStage(site, discoverStage(site));
    const message = rendered.messages.find((m) => m.message.includes('no_such_extension'));
    assert.equal(message?.line, 4);
  });

  test('should say which pages it rendered and which it took from the cache', async () => {
    const site = load('', { 'docs/index.md': '# Home\n', 'docs/b.md': '# B\n' });
    const files = discoverStage(site);
    const first = await renderStage(site, files);
    writeFileSync(path.join(site.config.docs_dir, 'b.md'), '# B again\n');
    const second = await renderStage(site, files, { cache: first.cache, icons: first.icons });
    assert.deepEqual(first.rendered, ['index.md', 'b.md']);
    assert.deepEqual(second.rendered, ['b.md']);
    assert.equal(second.icons, first.icons, 'the icon index given is used');
  });
});

describe('meta stage', () => {
  test('should apply the meta plugin folder defaults to each page, leaving the render stage output as it was', async () => {
    const site = load('plugins:\n  - meta\n', { 'docs/guide/a.md': '# A\n', 'docs/guide/.meta.yml': 'status: new\n' });
    const files = discoverStage(site);
    const rendered = await renderStage(site, files);
    const meta = metaStage(site, files, rendered.results);
    assert.equal(meta.results.get('guide/a.md')?.meta['status'], 'new');
    assert.equal(rendered.results.get('guide/a.md')?.meta['status'], undefined);
  });

  test('should leave pages as they are without meta files', () => {
    const results = new Map([['a.md', result({ meta: { title: 'A' } })]]);
    const site = load('');
    assert.equal(metaStage(site, { metaFiles: [] }, results).results.get('a.md'), results.get('a.md'));
  });

  test('should write the git-revision-date-localized dates after the folder defaults, from the history a last run read (serve) without asking git', () => {
    const site = load('plugins:\n  - meta\n  - git-revision-date-localized\n', { 'docs/.meta.yml': 'locale: de\n' });
    const results = new Map([['a.md', result({})]]);
    const history = { kind: 'read' as const, files: new Map([['a.md', { updated: 0, updatedHash: 'h', created: 0, createdHash: 'h' }]]), refFiles: [], shallow: false, last: undefined };
    // The project is outside any repository: had git been asked, the stage would report an error.
    const meta = metaStage(site, { metaFiles: ['.meta.yml'] }, results, { history: { history, builtAt: 0 } });
    assert.deepEqual(meta.messages, []);
    assert.equal(meta.results.get('a.md')?.meta['git_revision_date_localized_raw_date'], '1. Januar 1970', 'in the locale a .meta.yml gave');
    assert.equal(meta.history, history);
    assert.equal(results.get('a.md')?.meta['git_revision_date_localized'], undefined, 'the render stage output stays as it was');
  });

  test("should wrap images in glightbox's links after the folder defaults, leaving out the pages a .meta.yml turns it off for", () => {
    const site = load('plugins:\n  - meta\n  - glightbox\n', { 'docs/off/.meta.yml': 'glightbox: false\n' });
    const image = '<p><img alt="A" src="a.png"></p>';
    const results = new Map([['a.md', result({ html: image })], ['off/b.md', result({ html: image })]]);
    const meta = metaStage(site, { metaFiles: ['off/.meta.yml'] }, results);
    assert.match(htmlText(meta.results.get('a.md')?.html ?? ''), /^<p><a class="glightbox" data-type="image"/);
    assert.equal(meta.results.get('off/b.md')?.html, image);
    assert.equal(results.get('a.md')?.html, image, 'the render stage output stays as it was');
  });
});

describe('nav stage', () => {
  const site = load('nav:\n  - Start: index.md\n  - First: b.md\n  - Again: b.md\n  - gone.md\nnot_in_nav: |\n  c.md\n');
  const results = new Map([
    ['index.md', result({ title: 'Welcome' })],
    ['b.md', result({ meta: { title: 'Bee', icon: 'material/home' } })],
    ['c.md', result({ title: 'See' })],
  ]);
  const stage = navStage(site, { pages: pages('index.md', 'b.md', 'c.md'), pagesFiles: [] }, results);

  test('should take a page title from the nav first (a page listed twice keeps its first title, as MkDocs reuses the Page), then the page', () => {
    assert.equal(stage.titles.get('index.md'), 'Start');
    assert.equal(stage.titles.get('b.md'), 'First');
    assert.equal(stage.titles.get('c.md'), 'See');
  });

  test('should build the tree with page icons and the reading order', () => {
    assert.deepEqual(stage.nav.pagesInOrder.map((p) => p.title), ['Start', 'First', 'First']);
    const b = stage.nav.items.find((item) => item.kind === 'page' && item.src === 'b.md');
    assert.equal(b?.kind === 'page' ? b.icon : undefined, 'material/home');
  });

  test("should report a missing nav entry at its place in mkdocs.yml, at validation's level", () => {
    const missing = stage.messages.find((m) => m.message.includes('gone.md'));
    assert.equal(missing?.severity, 'warning');
    assert.equal(missing?.line, 6);
    // c.md is listed in not_in_nav: not reported as omitted.
    assert.ok(!stage.messages.some((m) => m.message.includes('c.md')), JSON.stringify(stage.messages));
  });
});

describe('nav stage with awesome-pages', () => {
  const files = { 'docs/a.md': '', 'docs/b.md': '', 'docs/guide/c.md': '', 'docs/.pages': 'nav:\n  - b.md\n  - gone.md\n  - ...\n', 'docs/guide/.pages': 'title: The Guide\n' };
  const results = new Map([['a.md', result({ title: 'A' })], ['b.md', result({ title: 'B' })], ['guide/c.md', result({ title: 'C' })]]);

  test("should build the nav the .pages files shape, and warn at the file of a missing entry", () => {
    const site = load('plugins:\n  - awesome-pages\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.deepEqual(stage.nav.items.map((item) => item.title), ['B', 'A', 'The Guide']);
    assert.deepEqual(stage.messages.map((message) => [message.severity, path.relative(site.config.docs_dir, message.file ?? '')]), [['warning', '.pages']]);
    assert.match(stage.messages[0]?.message ?? '', /awesome-pages: nav entry 'gone\.md' is not found/);
  });

  test("should fill the '...' entry of mkdocs.yml's own nav with the generated pages it does not name, and name no page as left out", () => {
    const site = load('nav:\n  - a.md\n  - ...\nplugins:\n  - awesome-pages\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.deepEqual(stage.nav.items.map((item) => item.title), ['A', 'B', 'The Guide']);
    assert.ok(!stage.messages.some((message) => /not supported|not in the "nav"/.test(message.message)), JSON.stringify(stage.messages));
  });

  test("should use mkdocs.yml's own nav as written when it has no '...' entry", () => {
    const site = load('nav:\n  - a.md\nplugins:\n  - awesome-pages\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.deepEqual(stage.nav.items.map((item) => item.title), ['A']);
    assert.ok(stage.messages.some((message) => /page b\.md exists but is not in the "nav"/.test(message.message)), JSON.stringify(stage.messages));
  });

  test('should leave the .pages files unread when the plugin is off', () => {
    const site = load('', files);
    assert.deepEqual(navStage(site, discoverStage(site), results).nav.items.map((item) => item.title), ['A', 'B', 'Guide']);
  });
});

describe('nav stage with awesome-nav', () => {
  const files = { 'docs/a.md': '', 'docs/b.md': '', 'docs/guide/c.md': '', 'docs/.nav.yml': 'sort:\n  by: title\nnav:\n  - "*"\n  - gone-*.md\n', 'docs/guide/.nav.yml': 'title: The Guide\n' };
  // Sorting by title reads front matter titles only (b.md's), else the file name (a.md's H1 is not read).
  const results = new Map([['a.md', result({ title: 'Zulu' })], ['b.md', result({ title: 'B', meta: { title: 'Alpha' } })], ['guide/c.md', result({ title: 'C' })]]);

  test('should replace mkdocs.yml\'s nav with the one the .nav.yml files make (warned at its first entry), sorting by front matter title, and warn at the line of a pattern that matches nothing', () => {
    const site = load('nav:\n  - a.md\nplugins:\n  - awesome-nav\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.deepEqual(stage.nav.items.map((item) => item.title), ['Alpha', 'Zulu', 'The Guide']);
    assert.deepEqual(
      stage.messages.map((message) => [path.basename(message.file ?? ''), message.line, message.message.replace(/ (with|doesn).*$/, '')]),
      [
        ['mkdocs.yml', 3, "awesome-nav: 'nav' config from mkdocs.yml is being replaced"],
        ['.nav.yml', 5, "awesome-nav: The nav item 'gone-*.md'"],
      ],
    );
  });

  test('should say the .nav.yml files are not applied with the i18n plugin', () => {
    const site = load('plugins:\n  - awesome-nav\n  - i18n:\n      languages:\n        - {locale: en, default: true, name: English}\n        - {locale: fr, name: Français}\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.ok(stage.messages.some((message) => /awesome-nav: with the i18n plugin, the \.nav\.yml files are not applied/.test(message.message)));
  });
});

describe('nav stage with i18n (suffix structure)', () => {
  test("should find mkdocs.yml's plain nav paths in the default language's suffixed files, and name a fallback copy left out of a language's nav by the file it is read from", () => {
    // EpicFight's docs name `page1.md` for `page1.en.md`; the French nav (its own) leaves out guide/b.md, of which French has the English copy.
    const config = 'nav:\n  - index.md\n  - guide/page1.md\n  - guide/b.md\nplugins:\n  - i18n:\n      docs_structure: suffix\n      fallback_to_default: true\n      languages:\n        - {locale: en, default: true, name: English}\n        - {locale: fr, name: Français, nav: [index.md, guide/page1.md]}\n';
    const site = load(config, { 'docs/index.md': '', 'docs/guide/page1.en.md': '', 'docs/guide/b.md': '', 'docs/index.fr.md': '' });
    const stage = navStage(site, discoverStage(site), new Map());
    assert.ok(!stage.messages.some((message) => /not found in the documentation files/.test(message.message)), JSON.stringify(stage.messages));
    const leftOut = stage.messages.filter((message) => /exists but is not in the "nav"/.test(message.message));
    assert.deepEqual(leftOut.map((message) => [message.message, path.relative(site.config.docs_dir, message.file ?? '')]), [['page guide/b.md exists but is not in the "nav" configuration', 'guide/b.md']]);
  });
});

describe('nav stage with literate-nav and section-index', () => {
  const files = { 'docs/a.md': '', 'docs/guide/intro.md': '', 'docs/guide/c.md': '', 'docs/SUMMARY.md': '# Nav\n\n* [A](a.md)\n* [Gone](gone.md)\n* [Guide](guide/intro.md)\n    * guide/*.md\n' };
  const results = new Map([['a.md', result({ title: 'A' })], ['guide/intro.md', result({ title: 'Intro' })], ['guide/c.md', result({ title: 'C' })]]);

  test("should build the nav SUMMARY.md writes, report a missing page at its line, and leave SUMMARY.md out without a word", () => {
    const site = load('plugins:\n  - section-index\n  - literate-nav\n', files);
    const stage = navStage(site, discoverStage(site), results);
    assert.deepEqual(stage.nav.items.map((item) => item.title), ['A', 'Gone', 'Guide']);
    const guide = stage.nav.items[2];
    assert.equal(guide?.kind === 'section' ? guide.page?.src : undefined, 'guide/intro.md');
    assert.equal(stage.titles.get('guide/intro.md'), 'Guide');
    const notFound = stage.messages.find((message) => /'gone\.md'/.test(message.message));
    assert.deepEqual([path.relative(site.config.docs_dir, notFound?.file ?? ''), notFound?.line], ['SUMMARY.md', 4]);
    assert.ok(!stage.messages.some((message) => /SUMMARY\.md exists but is not in the "nav"/.test(message.message)));
  });
});

describe("render and nav stages with Material's typeset plugin", () => {
  const files = { 'docs/index.md': '# The `home` page\n\n## A *part*\n', 'docs/own.md': '---\ntitle: Own\n---\n# The `own` page\n', 'docs/named.md': '# The `named` page\n' };

  test("should give the ToC entries their headings' HTML, and the nav the first H1's where nothing else titles the page", async () => {
    const site = load('plugins:\n  - typeset\nnav:\n  - index.md\n  - own.md\n  - Named: named.md\n', files);
    assert.equal(site.plugins.typeset, true);
    const discovered = discoverStage(site);
    const rendered = await renderStage(site, discovered);
    assert.equal(rendered.results.get('index.md')?.toc[0]?.children[0]?.html, 'A <em>part</em>');
    const stage = navStage(site, discovered, rendered.results);
    const typesets = stage.nav.pagesInOrder.map((page) => [page.title, page.typeset]);
    assert.deepEqual(typesets, [['The home page', 'The <code>home</code> page'], ['Own', undefined], ['Named', undefined]]);
    // The page's plain title is unchanged: the window title, search and the footer read it.
    assert.equal(stage.titles.get('index.md'), 'The home page');
  });

  test('should give no HTML without the plugin, or with it disabled, and warn of an option it does not have', async () => {
    for (const config of ['', 'plugins:\n  - typeset:\n      enabled: false\n']) {
      const site = load(config, files);
      assert.equal(site.plugins.typeset, false);
      const rendered = await renderStage(site, discoverStage(site));
      assert.equal(rendered.results.get('index.md')?.toc[0]?.html, undefined);
    }
    const odd = load('plugins:\n  - material/typeset:\n      depth: 2\n', files);
    assert.equal(odd.plugins.typeset, true);
    assert.ok(odd.plugins.messages.some((message) => message.message === "typeset plugin: its only option is 'enabled'; 'depth' ignored"));
  });
});

describe('tags stage', () => {
  test('should hand the render results on untouched when the plugin is off', () => {
    const site = load('');
    const results = new Map([['index.md', result({ meta: { tags: ['x'] } })]]);
    const tagged = tagStage(site, { pages: pages('index.md') }, results, { titles: new Map() });
    assert.equal(tagged.results, results);
    assert.deepEqual(tagged.tagsOf('index.md'), []);
  });

  test('should fill a listing into a copy and give each page its tags', async () => {
    const site = load('plugins:\n  - tags\n', { 'docs/index.md': '---\ntags: [Guide]\n---\n# Home\n', 'docs/tags.md': '# Tags\n\n<!-- material/tags -->\n' });
    const files = discoverStage(site);
    const rendered = await renderStage(site, files);
    const before = rendered.results.get('tags.md')?.html;
    const tagged = tagStage(site, files, rendered.results, { titles: new Map([['index.md', 'Home'], ['tags.md', 'Tags']]) });
    assert.equal(rendered.results.get('tags.md')?.html, before, 'the render stage output is not changed');
    assert.match(htmlText(tagged.results.get('tags.md')?.html ?? ''), /id="tag:guide"/);
    assert.ok(tagged.results.get('tags.md')?.ids.includes('tag:guide'));
    assert.deepEqual(tagged.tagsOf('index.md').map((t) => t.name), ['Guide']);
  });
});

describe('link stage', () => {
  const site = load('validation:\n  links:\n    anchors: warn\n');
  const index = { pages: new Map([['index.md', { url: '' }], ['b.md', { url: 'b/' }]]), docsFiles: new Set(['img/a.png']), files: new Set(['img/a.png']) };
  const staticFiles = [{ from: '/abs/docs/img/a.png', to: 'img/a.png' }];

  test('should report a missing page and a missing anchor at their line and column', () => {
    const results = new Map([
      ['index.md', result({ links: [{ href: 'nope.md', line: 3, column: 2 }, { href: 'b.md#there', line: 5, column: 1 }, { href: 'b.md#here', line: 6, column: 1 }] })],
      ['b.md', result({ ids: ['here'] })],
    ]);
    const checked = linkStage(site, { index, staticFiles }, results);
    assert.deepEqual(checked.messages.map((m) => [path.basename(m.file ?? ''), m.line, m.column, m.severity]), [['index.md', 3, 2, 'warning'], ['index.md', 5, 1, 'warning']]);
  });

  test('should add nothing and report nothing for links that resolve', () => {
    const results = new Map([['index.md', result({ links: [{ href: 'b.md' }, { href: 'img/a.png' }, { href: 'https://example.org/' }] })], ['b.md', result({})]]);
    const checked = linkStage(site, { index, staticFiles }, results);
    assert.deepEqual(checked.messages, []);
    assert.deepEqual(checked.aliases, []);
  });
});

describe('model stage', () => {
  // The icon index comes from a render stage of its own.
  let icons: Awaited<ReturnType<typeof renderStage>>['icons'];
  before(async () => {
    const site = load('', { 'docs/index.md': '# x\n' });
    icons = (await renderStage(site, discoverStage(site))).icons;
  });

  test('should make one page model per rendered page with titles, neighbours and edit links', () => {
    const site = load('site_url: https://example.org/docs/\nrepo_url: https://git.example.org/r/\nedit_uri: edit/main/docs/\n');
    const list = pages('index.md', 'b.md');
    const results = new Map([['index.md', result({ html: '<p>home</p>' })], ['b.md', result({ html: '<p>b</p>', meta: { hide: ['toc'] } })]]);
    const navigation = navStage(site, { pages: list, pagesFiles: [] }, results);
    const made = modelStage(site, { pages: list, staticFiles: [] }, { icons }, navigation, { results, tagsOf: () => [] }, { aliases: [{ from: '/x', to: 'y' }] });
    assert.deepEqual(made.model.pages.map((p) => [p.src, p.title, p.route]), [['index.md', 'Home', made.model.pages[0]?.route], ['b.md', 'B', made.model.pages[1]?.route]]);
    assert.notEqual(made.model.pages[0]?.route, made.model.pages[1]?.route);
    assert.equal(made.model.pages[0]?.next?.url, 'b/');
    assert.equal(made.model.pages[1]?.previous?.url, '');
    assert.deepEqual(made.model.pages[1]?.hide, ['toc']);
    assert.equal(made.model.pages[1]?.editUrl, 'https://git.example.org/r/edit/main/docs/b.md');
    assert.equal(made.base, '/docs/');
    assert.equal(made.siteUrl, 'https://example.org/docs/');
    assert.deepEqual(made.staticFiles, [{ from: '/x', to: 'y' }]);
    assert.ok(made.watch.includes(site.configFile) && made.watch.includes(site.config.docs_dir));
  });
});

