/**
 * tests/fixtures/literate-nav built end to end with the CLI: the nav written in SUMMARY.md files
 * (mkdocs-literate-nav, with implicit_index), its sections led by pages made section pages by
 * mkdocs-section-index, drawn as Material draws them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { LITERATE_NAV_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

function read(file: string): string {
  return readFileSync(path.join(site.dir, file), 'utf8');
}

/** The primary sidebar's markup of a built page. */
function sidebar(file: string): string {
  const html = read(file);
  const start = html.indexOf('md-sidebar--primary');
  return html.slice(start, html.indexOf('md-sidebar--secondary', start));
}

/** The sidebar's entries in order: `link Title -> href` for a link, `section Title` for a bare section label. */
function entries(file: string): string[] {
  return [...sidebar(file).matchAll(/<(a|label) (?:href="([^"]*)" )?class="md-nav__link[^"]*"[^>]*>(?:\s*<span class="md-(?:ellipsis|visually-hidden)">([^<]*)<\/span>)?/g)]
    .filter((match) => match[3] !== undefined && !(match[1] === 'label' && match[0].includes('visually-hidden')))
    .map((match) => (match[1] === 'a' ? `link ${match[3] ?? ''} -> ${match[2] ?? ''}` : `section ${match[3] ?? ''}`));
}

describe('building tests/fixtures/literate-nav', () => {
  before(async () => {
    site = await sharedSite(LITERATE_NAV_SITE);
  });

  test('should draw the nav the SUMMARY.md files write: links, the guide folder, the wildcards, an external link', () => {
    assert.deepEqual(entries('index.html'), [
      'link Home -> /',
      'link Guide -> /guide/',
      'link Installing -> /guide/install/',
      'link Using it -> /guide/usage/',
      'link Reference -> /reference/overview/',
      'link Deep -> /reference/deep/one/',
      'link API -> /reference/api/',
      'link CLI -> /reference/cli/',
      'link Notes -> /notes/a/',
      'link Note B -> /notes/b/',
      'link Project site -> https://example.org/',
    ]);
  });

  test("should draw a section page as Material's index link: md-nav__container with the page's link and the toggle beside it", () => {
    const html = sidebar('guide/install/index.html');
    assert.match(html, /<div class="md-nav__link md-nav__container md-nav__link--index"><a href="\/guide\/" class="md-nav__link"><span class="md-ellipsis">Guide<\/span><\/a><label class="md-nav__link" for="__nav_2"/);
    // The guide is open on its pages; on the section page itself its link is the current one.
    assert.match(html, /id="__nav_2" checked/);
    assert.match(sidebar('guide/index.html'), /<a href="\/guide\/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">Guide<\/span>/);
    assert.match(sidebar('guide/index.html'), /id="__nav_2" checked/);
  });

  test("should give the section page the section's title, and read it in the section's place", () => {
    assert.match(read('guide/index.html'), /<title>Guide - Literate Nav<\/title>/);
    const footer = read('guide/install/index.html');
    assert.match(footer, /md-footer__link--prev" rel="prev">[\s\S]*?<div class="md-ellipsis">Guide<\/div>/);
    assert.match(footer, /md-footer__link--next" rel="next">[\s\S]*?<div class="md-ellipsis">Using it<\/div>/);
  });

  test('should show the section page as a crumb above its pages (navigation.path), none above itself', () => {
    assert.match(read('guide/install/index.html'), /<ol class="md-path__list"><li class="md-path__item"><a href="\/" class="md-path__link"><span class="md-ellipsis">Home<\/span><\/a><\/li><li class="md-path__item"><a href="\/guide\/install\/" class="md-path__link"><span class="md-ellipsis">Guide<\/span>/);
    assert.doesNotMatch(read('guide/index.html'), /md-path__list/);
  });

  test('should build the nav files and the page no entry names, keeping them out of the nav', () => {
    assert.ok(existsSync(path.join(site.dir, 'SUMMARY/index.html')));
    assert.ok(existsSync(path.join(site.dir, 'orphan/index.html')));
    assert.doesNotMatch(sidebar('index.html'), /SUMMARY|orphan/i);
    assert.match(site.stdout + site.stderr, /page orphan\.md exists but is not in the "nav" configuration/);
    assert.doesNotMatch(site.stdout + site.stderr, /page (guide\/)?SUMMARY\.md exists but is not in the "nav"/);
  });
});
