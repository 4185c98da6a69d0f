/**
 * tests/fixtures/macros-site built end to end with the CLI: pages rendered as Jinja templates by
 * the macros plugin before Markdown (variables, an include, a loop over YAML data), a page that
 * opts out, and a main.py whose macros cannot run here.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { runBuildCommand } from '../helpers/cli-run.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { MACROS_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

/** The page's content: what is inside Material's article. */
function article(file: string): string {
  const html = readFileSync(path.join(site.dir, file), 'utf8');
  const start = html.indexOf('>', html.indexOf('<article')) + 1;
  return html.slice(start, html.indexOf('</article>', start));
}

describe('building tests/fixtures/macros-site', () => {
  before(async () => {
    site = await sharedSite(MACROS_SITE);
  });

  test('should render config.extra, config, front matter and page variables before Markdown', () => {
    const html = article('index.html');
    assert.match(html, /^<h1 id="widget-21">Widget 2\.1<\/h1>\n/);
    // page.title is the raw first heading, as MkDocs gives it to plugins before rendering.
    assert.match(html, /<p>Welcome to Macros Site, written for administrators on the page "\{\{ product \}\} \{\{ version \}\}"\.<\/p>/);
    // The rendered first heading is the page's title, in the nav as elsewhere.
    assert.match(readFileSync(path.join(site.dir, 'index.html'), 'utf8'), /<a href="\/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">Widget 2\.1<\/span>/);
  });

  test('should include a file from include_dir, whose Markdown the renderer then sees', () => {
    assert.match(article('index.html'), /<div class="admonition note">\n<p class="admonition-title">Support<\/p>\n<p>Widget 2\.1 is supported until further notice\.<\/p>\n<\/div>/);
  });

  test('should loop over include_yaml data, in list and {key: file} form', () => {
    const html = article('index.html');
    assert.match(html, /<ul>\n<li>\n<p><strong>Ann<\/strong> \(lead\)<\/p>\n<\/li>\n<li>\n<p><strong>Bob<\/strong><\/p>\n<\/li>\n<\/ul>/);
    assert.match(html, /<tbody>\n<tr>\n<td>2\.1<\/td>\n<td>2026-11-02<\/td>\n<\/tr>\n<tr>\n<td>2\.0<\/td>\n<td>2026-06-15<\/td>\n<\/tr>\n<\/tbody>/);
  });

  test('should keep an undefined variable and a raw block as written (on_undefined: keep)', () => {
    assert.match(article('index.html'), /<p>Left as written: \{\{ not_a_variable \}\} and \{\{ literal \}\}\.<\/p>$/);
  });

  test('should leave a page with render_macros: false alone', () => {
    assert.equal(article('guide/raw/index.html'), '<h1 id="raw-page">Raw page</h1>\n<p>This page shows {{ product }} as written.</p>');
  });

  test("should warn once about main.py at the plugin's entry, and keep the page that calls its macro as written, warned at its line", () => {
    const output = site.stderr + site.stdout;
    assert.match(output, /macros-site\/mkdocs\.yml:16:5: warning: macros plugin: the Python module main\.py cannot run here/);
    assert.equal(output.match(/main\.py cannot run here/g)?.length, 1);
    assert.match(output, /macros-site\/docs\/guide\/python\.md:5:4: warning: macros plugin: 'shout' is undefined: no variable or macro has that name \(a macro of main\.py\? Python cannot run here\); the page is kept as written/);
    assert.match(article('guide/python/index.html'), /<p>Before the call\.<\/p>\n<p>\{\{ shout\('hello'\) \}\}<\/p>$/);
    assert.doesNotMatch(output, /plugin 'macros' is not supported/);
  });

  test('should fail with --strict on those warnings, as any warning does', async () => {
    const result = await runBuildCommand(['build', '-f', 'tests/fixtures/macros-site/mkdocs.yml', '-d', mkdtempSync(path.join(os.tmpdir(), 'macros-strict-')), '--strict']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /aborted with 2 warning\(s\) and 0 error\(s\) in strict mode/);
  });
});
