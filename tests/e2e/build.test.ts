/**
 * One small site built end to end with the real CLI (once per run, shared), checked file by file:
 * pages at MkDocs' URLs, titles, links rewritten under site_url's path, assets, 404, sitemap,
 * canonical and description, and the warnings for a broken link and anchor with file:line.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { BASIC_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');

describe('building tests/fixtures/basic-site', () => {
  before(async () => {
    site = await sharedSite(BASIC_SITE);
  });

  test('should write every page at its use_directory_urls location', () => {
    for (const file of ['index.html', 'guide/index.html', 'guide/setup/index.html', 'orphan/index.html', '404.html', 'sitemap.xml']) {
      assert.ok(existsSync(path.join(site.dir, file)), `${file} is missing`);
    }
  });

  test('should put the rendered Markdown in Material\'s article', () => {
    assert.match(read('guide/setup/index.html'), /<article class="md-content__inner md-typeset"[^>]*>[\s\S]*<div class="admonition note">/);
  });

  test('should publish no Mermaid for a site whose pages have no pre.mermaid block', () => {
    // No page of it has a diagram: the site must not grow by Mermaid's 3.5 MB.
    assert.equal(existsSync(path.join(site.dir, 'assets/theme/boot.js')), true);
    assert.equal(existsSync(path.join(site.dir, 'assets/theme/mermaid')), false);
  });

  test('should give the page\'s script our helper for its lazily loaded parts, not Vite\'s (src/integration/preload-helper.ts)', () => {
    const src = /<script type="module" src="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
    // The site is published under site_url's path, /guide/.
    const script = read(src.replace(/^\/guide\//, ''));
    assert.match(script, /import\(/, 'it loads parts lazily');
    assert.match(script, /modulepreload/);
    assert.doesNotMatch(script, /vite:preloadError|csp-nonce/, 'Vite\'s helper is left out');
  });

    test('should take the title from the nav, then front matter, then the first H1', () => {
    // The page's title (nav) is the nav's; the header's topic and its <title> (Material's
    // htmltitle) take the front matter's title first, as Material's header.html does.
    assert.match(read('guide/setup/index.html'), /data-md-component="header-topic"><span class="md-ellipsis">Setup from front matter<\/span>/);
    assert.match(read('guide/index.html'), /data-md-component="header-topic"><span class="md-ellipsis">The guide<\/span>/);
    assert.match(read('guide/setup/index.html'), /<span class="md-ellipsis">\s*Setting up\s*<\/span>/);
    assert.match(read('guide/setup/index.html'), /<title>Setup from front matter - Basic Site<\/title>/);
    assert.match(read('orphan/index.html'), /<title>Orphan from front matter - Basic Site<\/title>/);
    assert.match(read('guide/index.html'), /<title>The guide - Basic Site<\/title>/);
    // The theme's own not-found page has no page, as in MkDocs: the site name alone.
    assert.match(read('404.html'), /<title>Basic Site<\/title>/);
  });

  test('should rewrite .md links to page URLs relative to the page', () => {
    const home = read('index.html');
    assert.match(home, /href="guide\/setup\/#install"/);
    assert.match(home, /href="guide\/"/);
    assert.match(read('guide/index.html'), /href="\.\.\/"/);
  });

  test('should copy static files and write canonical, description and favicon under the base path', () => {
    assert.ok(existsSync(path.join(site.dir, 'img/logo.svg')));
    const home = read('index.html');
    assert.match(home, /<link rel="canonical" href="https:\/\/example\.org\/guide\/">/);
    assert.match(home, /<meta name="description" content="The home page of the basic site\.">/);
    assert.match(home, /<link rel="icon" href="\/guide\/img\/favicon\.png">/);
  });

  test('should write the redirects plugin\'s pages, relative to where they stand', () => {
    assert.match(read('setup/index.html'), /<meta http-equiv="refresh" content="0; url=\.\.\/guide\/setup\/#install">/);
    assert.match(read('old/changes/index.html'), /<link rel="canonical" href="https:\/\/example\.org\/changelog\/">/);
    // They are not pages: the search index counts only the site's four.
    assert.match(site.stdout, /search: 4 pages indexed/);
  });

  test('should list every page in the sitemap with its absolute URL', () => {
    const sitemap = read('sitemap.xml');
    for (const url of ['https://example.org/guide/', 'https://example.org/guide/guide/setup/', 'https://example.org/guide/orphan/']) {
      assert.ok(sitemap.includes(`<loc>${url}</loc>`), url);
    }
  });

  test('should warn about a missing page and a missing anchor with file:line:col', () => {
    assert.match(site.stderr, /docs\/guide\/setup\.md:6:5: warning: link to "missing\.md": the page guide\/missing\.md does not exist/);
    assert.match(site.stderr, /docs\/guide\/setup\.md:6:\d+: warning: link to "\.\.\/index\.md#nope": index\.md has no anchor "#nope"/);
  });

  test('should end with a summary line of pages, warnings, errors and seconds', () => {
    assert.match(site.stdout, /built 4 pages, 2 warnings, 0 errors in \d+\.\d+s/);
  });
});
