/**
 * The build pipeline stage by stage, in process and without Astro, on the same fixture the
 * end-to-end build test builds with the CLI (tests/fixtures/basic-site): reading page bytes,
 * titles, prepareSite's model (URLs, rendered Markdown, rewritten links, site info, nav,
 * previous/next, edit links), its link warnings with file:line:col, static files, message
 * formatting, and the sitemap writer. A failure here names the stage; the end-to-end test
 * only says the site came out wrong.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pluginFiles } from '../../src/integration/plugin-files.ts';
import { formatMessage, MessageLog } from '../../src/site/messages.ts';
import { failedPageHtml, readPageSource } from '../../src/site/page-source.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import { ownTitle, titleFromFileName, typesetTitle } from '../../src/site/titles.ts';
import type { TocEntry } from '../../src/markdown/index.ts';
import { REPO } from '../helpers/build-site.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const FIXTURE = path.join(REPO, 'tests/fixtures/basic-site');

describe('stage 1: reading a page', () => {
  test('should drop a leading BOM and keep valid UTF-8 as it is', () => {
    assert.deepEqual(readPageSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9])), { value: 'aé' });
  });

  test('should not fail on invalid UTF-8 but replace it and say at which byte and line', () => {
    assert.deepEqual(readPageSource(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a])), { value: 'a\nb\uFFFD\n', invalid: { offset: 3, line: 2 } });
  });

  test('should show the source of a page that failed as escaped text, never as markup', () => {
    const html = failedPageHtml('boom <x>', '<script>alert(1)</script>');
    assert.match(html, /could not be rendered<\/p><p>boom &lt;x&gt;<\/p>/);
    assert.doesNotMatch(html, /<script>/);
  });
});

describe('stage 2: titles', () => {
  test('should prefer the nav title, then front matter, then the first H1, then the file name', () => {
    assert.deepEqual(ownTitle({ navTitle: 'Nav', meta: { title: 'Meta' }, h1: 'H1', src: 'a.md' }), { title: 'Nav', textTitle: false });
    assert.deepEqual(ownTitle({ meta: { title: ' Meta ' }, h1: 'H1', src: 'a.md' }), { title: 'Meta', textTitle: false });
    // Only the first H1's title is text (drawn escaped); the others are HTML as written.
    assert.deepEqual(ownTitle({ meta: { title: '' }, h1: 'H1', src: 'a.md' }), { title: 'H1', textTitle: true });
    assert.deepEqual(ownTitle({ meta: {}, h1: undefined, src: 'getting_started-now.md' }), { title: 'Getting started now', textTitle: false });
  });

  test('should not name an index page "Index" but after its folder, or Home at the root', () => {
    assert.equal(titleFromFileName('index.md'), 'Home');
    assert.equal(titleFromFileName('guide/index.md'), 'Guide');
    assert.equal(titleFromFileName('guide/README.md'), 'Guide');
  });
});

const site = await prepareSite({ configFile: path.join(FIXTURE, 'mkdocs.yml'), siteDir: mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-stages-')) });

describe('stage 2: typeset titles (Material\'s typeset plugin)', () => {
  const entry = (level: number, id: string, html: string | undefined, children: TocEntry[] = []): TocEntry => ({ level, id, name: id, html, children });
  test("should take the first level-1 ToC entry's HTML as the page's title HTML", () => {
    assert.equal(typesetTitle({}, [entry(1, 'a', 'The <code>a</code>', [entry(2, 'b', '<em>b</em>')]), entry(1, 'c', 'C')]), 'The <code>a</code>');
  });
  test('should skip a level-1 heading without HTML (data-toc-label) and find a later one', () => {
    assert.equal(typesetTitle({}, [entry(1, 'a', undefined), entry(1, 'c', '<em>C</em>')]), '<em>C</em>');
  });
  test('should give none when front matter names a title, even an empty one, as the plugin checks', () => {
    assert.equal(typesetTitle({ title: 'Own' }, [entry(1, 'a', 'A')]), undefined);
    assert.equal(typesetTitle({ title: '' }, [entry(1, 'a', 'A')]), undefined);
  });
  test('should give none without an H1, or without the plugin (no entry has HTML)', () => {
    assert.equal(typesetTitle({}, [entry(2, 'a', '<code>a</code>')]), undefined);
    assert.equal(typesetTitle({}, [entry(1, 'a', undefined)]), undefined);
  });
});

describe('stage 3: prepareSite on tests/fixtures/basic-site', () => {
  const page = (src: string) => {
    const found = site.model.pages.find((p) => p.src === src);
    assert.ok(found, `${src} is in the model`);
    return found;
  };

  test('should give every page its use_directory_urls URL and output file', () => {
    assert.deepEqual(site.model.pages.map((p) => [p.src, p.url, p.dest]).sort(), [
      ['guide/index.md', 'guide/', 'guide/index.html'],
      ['guide/setup.md', 'guide/setup/', 'guide/setup/index.html'],
      ['index.md', '', 'index.html'],
      ['orphan.md', 'orphan/', 'orphan/index.html'],
    ]);
  });

  test('should take the base path and origin from site_url', () => {
    assert.equal(site.base, '/guide/');
    assert.equal(site.siteUrl, 'https://example.org/guide/');
  });

  test('should render each page\'s Markdown with the configured extensions', () => {
    assert.match(htmlText(page('guide/setup.md').html), /<div class="admonition note">/);
    assert.match(htmlText(page('guide/setup.md').html), /class="headerlink"/, 'toc permalink: true');
  });

  test('should title pages from the nav, then front matter, then the first H1', () => {
    assert.equal(page('guide/setup.md').title, 'Setting up');
    assert.equal(page('orphan.md').title, 'Orphan from front matter');
    assert.equal(page('guide/index.md').title, 'The guide');
  });

  test('should rewrite .md links to URLs relative to the page, keeping the anchor', () => {
    assert.match(htmlText(page('index.md').html), /href="guide\/setup\/#install"/);
    assert.match(htmlText(page('guide/index.md').html), /href="\.\.\/"/);
  });

  test('should link previous and next pages in nav order, and not an orphan', () => {
    assert.equal(page('guide/index.md').previous?.url, '');
    assert.equal(page('guide/index.md').next?.url, 'guide/setup/');
    assert.equal(page('orphan.md').previous, undefined);
    assert.equal(page('orphan.md').next, undefined);
  });

  test('should build the edit link from repo_url and edit_uri', () => {
    assert.equal(page('guide/setup.md').editUrl, 'https://github.com/example/basic/edit/main/docs/guide/setup.md');
  });

  test('should keep the nav\'s sections and external links', () => {
    assert.deepEqual(site.model.site.nav.map((node) => [node.kind, node.title]), [['page', 'Home'], ['section', 'Guide'], ['link', 'External']]);
  });

  test('should warn about a missing page and a missing anchor at the link\'s line and column', () => {
    const warnings = site.messages.filter((m) => m.severity === 'warning').map((m) => formatMessage(m, FIXTURE));
    assert.ok(warnings.includes('docs/guide/setup.md:6:5: warning: link to "missing.md": the page guide/missing.md does not exist'), warnings.join('\n'));
    assert.ok(warnings.some((w) => /^docs\/guide\/setup\.md:6:\d+: warning: link to "\.\.\/index\.md#nope": index\.md has no anchor "#nope"$/.test(w)), warnings.join('\n'));
    assert.equal(warnings.length, 2);
  });

  test('should list docs_dir\'s other files as static files at their docs-relative path', () => {
    assert.ok(site.staticFiles.some((file) => file.to === 'img/logo.svg' && file.from === path.join(FIXTURE, 'docs/img/logo.svg')));
    assert.ok(!site.staticFiles.some((file) => file.to.endsWith('.md')), 'no Markdown among static files');
  });

  test('stage 4 should make a sitemap with every page\'s absolute URL', () => {
    const xml = pluginFiles(site).files.find((file) => file.to === 'sitemap.xml')?.text ?? '';
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    assert.deepEqual(locs, ['https://example.org/guide/', 'https://example.org/guide/guide/', 'https://example.org/guide/guide/setup/', 'https://example.org/guide/orphan/']);
  });
});

describe('build messages', () => {
  test('should print path:line:col relative to the working folder, then severity and message', () => {
    assert.equal(formatMessage({ severity: 'error', message: 'bad', file: '/p/docs/a.md', line: 3, column: 7 }, '/p'), 'docs/a.md:3:7: error: bad');
  });

  test('should not print a column without a line, nor a place without a file', () => {
    assert.equal(formatMessage({ severity: 'warning', message: 'w', file: '/p/a.md', column: 7 }, '/p'), 'a.md: warning: w');
    assert.equal(formatMessage({ severity: 'info', message: 'i' }, '/p'), 'info: i');
  });

  test('should count messages by severity', () => {
    const log = new MessageLog();
    log.add({ severity: 'warning', message: 'a' });
    log.add({ severity: 'warning', message: 'b' });
    log.add({ severity: 'error', message: 'c' });
    assert.deepEqual([log.count('warning'), log.count('error'), log.count('info')], [2, 1, 0]);
  });
});
