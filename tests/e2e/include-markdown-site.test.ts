/**
 * tests/fixtures/include-markdown-site built end to end with the CLI: a section of the project's
 * README included in two pages at different depths (its relative link and image rewritten for
 * each), a file included with a heading offset, one indented inside an admonition, and a missing
 * file warned at the page's line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { runBuildCommand } from '../helpers/cli-run.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { INCLUDE_MARKDOWN_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

/** The page's content: what is inside Material's article. */
function article(file: string): string {
  const html = readFileSync(path.join(site.dir, file), 'utf8');
  const start = html.indexOf('>', html.indexOf('<article')) + 1;
  return html.slice(start, html.indexOf('</article>', start));
}

describe('building tests/fixtures/include-markdown-site', () => {
  before(async () => {
    site = await sharedSite(INCLUDE_MARKDOWN_SITE);
  });

  test("should include the README's section between its markers, its link and image rewritten for the home page", () => {
    assert.equal(article('index.html'), '<h1 id="home">Home</h1>\n<p>Widget draws <a href="guide/usage/#charts">charts</a> from plain text.</p>\n<p><img src="img/logo.svg" alt="Widget logo"></p>');
  });

  test('should rewrite the same section for a page one folder down', () => {
    assert.match(article('guide/install/index.html'), /^<h1 id="install">Install<\/h1>\n<p>Widget draws <a href="\.\.\/usage\/#charts">charts<\/a> from plain text\.<\/p>\n<p><img src="\.\.\/\.\.\/img\/logo\.svg" alt="Widget logo"><\/p>\n/);
  });

  test('should indent an include inside an admonition so that all of it stays in the admonition', () => {
    assert.match(
      article('guide/install/index.html'),
      /<div class="admonition tip">\n<p class="admonition-title">Before you start<\/p>\n<p>Check your version first:<\/p>\n<ul>\n<li>run <code>widget --version<\/code>;<\/li>\n<li>read the <a href="\.\.\/usage\/">usage<\/a>\.<\/li>\n<\/ul>\n<\/div>\n<p>After the tip\.<\/p>$/,
    );
  });

  test("should move the included file's headings one level down, in the page and its table of contents", () => {
    assert.equal(article('guide/usage/index.html'), '<h1 id="usage">Usage</h1>\n<h2 id="options">Options</h2>\n<h3 id="colour">Colour</h3>\n<p>Any CSS colour.</p>\n<h2 id="charts">Charts</h2>\n<p>Charts are drawn from text.</p>');
    assert.match(readFileSync(path.join(site.dir, 'guide/usage/index.html'), 'utf8'), /<a href="#colour" class="md-nav__link">/);
  });

  test('should warn about a missing file at its line and keep the directive as text; the plugin is supported', () => {
    const output = site.stderr + site.stdout;
    assert.match(output, /include-markdown-site\/docs\/broken\.md:3: warning: include-markdown plugin: no file found for 'missing\.txt' \(relative to docs_dir\); the directive is left as written/);
    assert.equal(article('broken/index.html'), '<h1 id="broken">Broken</h1>\n<p>{% include "missing.txt" %}</p>');
    assert.doesNotMatch(output, /plugin 'include-markdown' is not supported/);
    assert.doesNotMatch(output, /warning: (?!include-markdown plugin: no file found for 'missing)/);
  });

  test('should fail with --strict on that warning, as any warning does', async () => {
    const result = await runBuildCommand(['build', '-f', 'tests/fixtures/include-markdown-site/mkdocs.yml', '-d', mkdtempSync(path.join(os.tmpdir(), 'include-markdown-strict-')), '--strict']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /aborted with 1 warning\(s\) and 0 error\(s\) in strict mode/);
  });
});
