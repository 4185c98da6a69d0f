/**
 * tests/fixtures/extradata-site built end to end with the CLI: pages rendered as Jinja templates
 * by the markdownextradata plugin (after macros, in the order of plugins:) with config.extra and
 * the _data folders' JSON and YAML files, an undefined variable kept, fenced code rendered too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { EXTRADATA_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

/** The page's content: what is inside Material's article. */
function article(file: string): string {
  const html = readFileSync(path.join(site.dir, file), 'utf8');
  const start = html.indexOf('>', html.indexOf('<article')) + 1;
  return html.slice(start, html.indexOf('</article>', start));
}

describe('building tests/fixtures/extradata-site', () => {
  before(async () => {
    site = await sharedSite(EXTRADATA_SITE);
  });

  test('should render config.extra, a JSON file beside mkdocs.yml and a nested YAML file of docs/_data', () => {
    const html = article('index.html');
    assert.match(html, /^<h1 id="widget-21">Widget 2\.1<\/h1>\n/);
    assert.match(html, /<p>Released 2026-11-02; supported: 2\.1 2\.0<\/p>/);
    assert.match(html, /<p>Led by Ada \(maintainer\), on Extra Data Site\.<\/p>/);
  });

  test("should keep an undefined variable as written (Jinja's DebugUndefined)", () => {
    assert.match(article('index.html'), /<p>Left as written: \{\{ not_defined \}\}\.<\/p>/);
  });

  test('should render the templates inside fenced code too, as the plugin renders the whole page', () => {
    const html = article('index.html');
    assert.match(html, /Widget 2\.1/);
    assert.doesNotMatch(html.slice(html.indexOf('<pre')), /\{\{/);
  });

  test('should render a front matter title, in the nav as in the page', () => {
    const html = readFileSync(path.join(site.dir, 'about/index.html'), 'utf8');
    assert.match(html, /<title>About Widget - Extra Data Site<\/title>/);
    assert.match(html, /class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">About Widget<\/span>/);
  });

  test('should build without warnings', () => {
    assert.doesNotMatch(site.stderr + site.stdout, /WARNING/);
  });
});
