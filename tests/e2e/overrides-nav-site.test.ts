/**
 * tests/fixtures/overrides-nav built end to end: a site's nav-item.html, tabs-item.html and
 * actions.html are drawn in Material's places (the primary sidebar's nav, the tabs bar, the
 * article's actions) inside our own nav.html and tabs.html, each page with its own active item;
 * its path-item.html inside our path.html (navigation.path), its alternate.html and palette.html
 * in the header.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { between } from '../helpers/html-between.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { OVERRIDES_NAV } from '../helpers/sites.ts';

let site: BuiltSite;
let home: string;
let first: string;
before(async () => {
  site = await sharedSite(OVERRIDES_NAV);
  home = readFileSync(path.join(site.dir, 'index.html'), 'utf8');
  first = readFileSync(path.join(site.dir, 'guide/first/index.html'), 'utf8');
});

const sidebar = (html: string) => between(html, 'data-md-type="navigation">', 'data-md-type="toc"');
const squash = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ');

describe('a site that overrides Material\'s nav partials', () => {
  test('should draw the site\'s nav items inside our nav.html in the primary sidebar, titles cut at "{ #"', () => {
    const nav = squash(sidebar(home));
    assert.match(nav, /^<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer"><a href="\/" [^>]*class="md-nav__button md-logo"[^>]*><svg/);
    assert.match(nav, /<div class="md-nav__source"><a href="https:\/\/github.com\/example\/nav"/, 'our source partial where nav.html includes it');
    assert.match(nav, /<ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item md-nav__item--active" data-level="1" data-parent="none"><a href="\/" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">Home<\/span><\/a>/);
    assert.doesNotMatch(nav, /md-ellipsis">[^<]*\{ #/, 'no title keeps its id');
    assert.match(nav, /<a href="https:\/\/example.org\/" class="md-nav__link md-nav__link--external"><span class="md-ellipsis">Elsewhere<\/span><\/a>/);
    assert.doesNotMatch(nav, /data-md-level="0"[^]*data-md-level="0"/, 'one primary nav: ours is replaced, not added to');
  });

  test('should give the current page its toc where the site\'s item includes partials/toc.html', () => {
    assert.match(squash(sidebar(home)), /md-nav__link--active"><span class="md-ellipsis">Home<\/span><\/a><nav class="md-nav md-nav--secondary md-nav--integrated" aria-label="Table of contents: [^"]*"><ul class="md-nav__list"><li class="md-nav__item"><a href="#start"/);
  });

  test('should mark the page\'s own item and its section active on another page, the index page as the section\'s link', () => {
    const nav = squash(sidebar(first));
    assert.match(nav, /<li class="md-nav__item" data-level="1"><a href="\/" class="md-nav__link"><span class="md-ellipsis">Home<\/span><\/a><\/li>/);
    assert.match(nav, /<li class="md-nav__item md-nav__item--active md-nav__item--nested" data-level="1"><input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2" checked><a href="\/guide\/" class="md-nav__link"><span class="md-ellipsis">Guide<\/span><\/a>/);
    assert.match(nav, /<li class="md-nav__item md-nav__item--active" data-level="2" data-parent="Guide"><a href="\/guide\/first\/" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">First steps<\/span><\/a>/);
    assert.match(nav, /<li class="md-nav__item" data-level="2"><a href="\/guide\/second\/" class="md-nav__link"><span class="md-ellipsis">Second<\/span><\/a><\/li>/);
    assert.equal((nav.match(/md-nav__link--active/g) ?? []).length, 1);
  });

  test('should draw the site\'s tabs inside our tabs.html under the header, the page\'s tab active', () => {
    const tabs = (html: string) => squash(between(html, '<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs">', '</nav>')).trim();
    assert.equal(tabs(home), '<div class="md-grid"><ul class="md-tabs__list"><li class="md-tabs__item fixture-tab md-tabs__item--active"><a href="/" class="md-tabs__link">Home</a></li><li class="md-tabs__item fixture-tab"><a href="/guide/" class="md-tabs__link">Guide</a></li><li class="md-tabs__item fixture-tab"><a href="https://example.org/" class="md-tabs__link">Elsewhere</a></li></ul></div>');
    assert.match(tabs(first), /<li class="md-tabs__item fixture-tab md-tabs__item--active"><a href="\/guide\/" class="md-tabs__link">Guide<\/a><\/li>/);
    assert.ok(home.indexOf('<nav class="md-tabs"') < home.indexOf('<main'), 'above the main area');
  });

  test('should draw the site\'s actions at the top of the article, for each page', () => {
    for (const [html, src] of [[home, 'index.md'], [first, 'guide/first.md']] as const) {
      const article = squash(between(html, '<article class="md-content__inner md-typeset" data-pagefind-body>', '</article>'));
      assert.ok(article.startsWith(`<button class="md-content__button fixture-copy" data-page="${src}">Copy page</button><a href="https://github.com/example/nav/edit/main/docs/${src}" title="Edit this page" class="md-content__button md-icon" rel="edit"><svg`), article.slice(0, 200));
      assert.equal((article.match(/rel="edit"/g) ?? []).length, 1, 'our own edit link is replaced');
    }
  });

  test('should draw the site\'s breadcrumbs inside our path.html above the article, a section leading to its first page', () => {
    const crumbs = squash(between(first, '<nav class="md-path" aria-label="Navigation">', '</nav>')).trim();
    assert.equal(crumbs, '<ol class="md-path__list"><li class="md-path__item fixture-crumb"><a href="/" class="md-path__link">Home</a></li><li class="md-path__item fixture-crumb"><a href="/guide/" class="md-path__link">Guide</a></li></ol>');
    assert.ok(first.indexOf('<nav class="md-path"') < first.indexOf('<article'), 'before the article, in the content');
    assert.doesNotMatch(home, /class="md-path"/, 'the home page has one crumb: none drawn, as Material\'s path.html');
  });

  test('should draw the site\'s language selector and palette toggle in the header, in place of ours', () => {
    const header = squash(between(home, '<header', '</header>'));
    assert.match(header, /<div class="md-header__option fixture-alternate"><div class="md-select"><button class="md-header__button md-icon" aria-label="Select language"><svg[^]*<a href="\/en\/" hreflang="en" class="md-select__link">\[EN\] English<\/a><\/li><li class="md-select__item"><a href="\/fr\/" hreflang="fr" class="md-select__link">\[FR\] Français<\/a>/);
    assert.match(header, /<form class="md-header__option fixture-palette" data-md-component="palette"><input class="md-option" data-md-color-media="" data-md-color-scheme="default" [^>]*id="__palette_0"><label class="md-header__button md-icon" title="Switch to dark mode" for="__palette_1" hidden><svg/);
    assert.equal((header.match(/data-md-component="palette"/g) ?? []).length, 1, 'ours is not drawn too');
    assert.equal((header.match(/class="md-select"/g) ?? []).length, 1);
  });

  test('should draw the site\'s search partial after our search button, in place of our dialog', () => {
    const header = squash(between(home, '<header', '</header>'));
    assert.match(header, /<label class="md-header__button md-icon" for="__search" title="[^"]*"><svg[^]*<\/label><div class="md-search fixture-search" data-md-component="search" role="dialog"><form class="md-search__form" name="search" action="https:\/\/example.org\/search"><input type="text" class="md-search__input" name="q" placeholder="Search"><\/form><\/div>/);
    assert.doesNotMatch(home, /<dialog class="md-search"/);
  });

  test('should warn, naming the file and line 1 (no element there could carry them), that its search.html lacks the hooks our search script needs, and nothing else', () => {
    const output = site.stdout + site.stderr;
    assert.match(output, /tests\/fixtures\/overrides-nav\/theme\/partials\/search\.html:1: warning: partials\/search\.html lacks Material's search hooks: no element carries data-md-component="search-result" \(or class md-search-result\) and none is there to carry it; no element carries class md-search-result__list and none is there to carry it \(the warning points at line 1: no element here could carry a hook\)\. Our search script finds its parts by them, so this search box never shows results/);
    assert.match(output, / 1 warnings, 0 errors/);
  });
});
