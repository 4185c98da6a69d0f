/**
 * tests/fixtures/typeset-site built end to end with the CLI: Material's typeset plugin draws
 * headings' HTML in the nav and the ToC, while the window title and the footer stay plain text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { TYPESET_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

function read(file: string): string {
  return readFileSync(path.join(site.dir, file), 'utf8');
}

/** The markup between two markers of a built page. */
function region(file: string, from: string, to: string): string {
  const html = read(file);
  const start = html.indexOf(from);
  assert.notEqual(start, -1, `${from} in ${file}`);
  return html.slice(start, html.indexOf(to, start));
}

const sidebar = (file: string) => region(file, 'md-sidebar--primary', 'md-sidebar--secondary');
const toc = (file: string) => region(file, 'md-sidebar--secondary', '</nav></div></div></div>');

describe('building tests/fixtures/typeset-site', () => {
  before(async () => {
    site = await sharedSite(TYPESET_SITE);
  });

  test("should draw a page's first H1 with its code as the page's nav title, on every page", () => {
    for (const file of ['index.html', 'cli/index.html', 'named/index.html']) {
      assert.match(sidebar(file), /<a href="\/cli\/" class="md-nav__link[^"]*"[^>]*><span class="md-ellipsis"><span class="md-typeset">The <code>uv run<\/code> command<\/span><\/span><\/a>/, file);
    }
  });

  test('should keep the plain title of a page the nav titles and of a page whose front matter names its title', () => {
    const html = sidebar('index.html');
    assert.match(html, /<a href="\/named\/" class="md-nav__link"><span class="md-ellipsis">Named<\/span><\/a>/);
    assert.match(html, /<a href="\/meta\/" class="md-nav__link"><span class="md-ellipsis">Meta title<\/span><\/a>/);
    assert.doesNotMatch(html, /<code>named<\/code>|<code>meta<\/code>/);
  });

  test("should draw the ToC entries with their headings' HTML, without toc's permalinks or ids", () => {
    const html = toc('cli/index.html');
    assert.match(html, /<a href="#options-for-scripts" class="md-nav__link"><span class="md-ellipsis"><span class="md-typeset">Options for <em>scripts<\/em><\/span><\/span><\/a>/);
    assert.match(html, /<a href="#the-with-flag" class="md-nav__link"><span class="md-ellipsis"><span class="md-typeset">The <code>--with<\/code> flag<\/span><\/span><\/a>/);
    // The nested list is named by the plain text.
    assert.match(html, /<nav class="md-nav" aria-label="Options for scripts">/);
    assert.doesNotMatch(html, /headerlink|¶/);
  });

  test('should keep the label of a heading named by data-toc-label', () => {
    assert.match(toc('cli/index.html'), /<a href="#a-long-heading-name" class="md-nav__link"><span class="md-ellipsis">Short label<\/span><\/a>/);
  });

  test('should keep the window title and the footer plain text', () => {
    assert.match(read('cli/index.html'), /<title>The uv run command - Typeset<\/title>/);
    assert.match(read('index.html'), /<div class="md-ellipsis">The uv run command<\/div>/);
  });

  test('should leave the headings in the article as they are, permalinks included', () => {
    assert.match(read('cli/index.html'), /<h2 id="options-for-scripts">Options for <em>scripts<\/em><a class="headerlink" href="#options-for-scripts" title="Permanent link">¶<\/a><\/h2>/);
  });
});
