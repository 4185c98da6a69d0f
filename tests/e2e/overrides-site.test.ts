/**
 * tests/fixtures/overrides-site built end to end: a site's custom_dir templates land in
 * Material 9.7's places (base.html: the announce bar inside `aside.md-banner >
 * div.md-banner__inner.md-grid.md-typeset`, the outdated bar in a hidden `md-banner--warning`
 * when extra.version is set, head blocks in the head, hero above the main area, content in the
 * article, footer after the main area), `{{ super() }}` keeps ours, and a block that cannot
 * render is a located warning with our default in its place.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { between } from '../helpers/html-between.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { BASIC_SITE, OVERRIDES_PARTIALS, OVERRIDES_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
let home: string;
let landing: string;
before(async () => {
  site = await sharedSite(OVERRIDES_SITE);
  home = readFileSync(path.join(site.dir, 'index.html'), 'utf8');
  landing = readFileSync(path.join(site.dir, 'landing/index.html'), 'utf8');
});

describe('a site with custom_dir template overrides', () => {
  test('should put the announce block in Material\'s banner, with the dismiss button, before the header', () => {
    const bar = between(home, '<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">', '</div></aside></div>');
    assert.match(bar, /^<button class="md-banner__button md-icon" aria-label="Don't show this again"><svg/);
    assert.match(bar, /<p class="announce-text">Version 2 is out: <a href="\/landing\/">Next<\/a><\/p>/);
    assert.ok(home.indexOf('data-md-component="announce"') < home.indexOf('<header class="md-header'));
  });

  test('should put the outdated block in a hidden warning banner because extra.version is set', () => {
    const bar = between(home, '<div data-md-color-scheme="default" data-md-component="outdated" hidden><aside class="md-banner md-banner--warning"><div class="md-banner__inner md-grid md-typeset">', '</div></aside></div>');
    assert.match(bar, /You are not viewing the latest version\.\s*<a href="\.\.\/"><strong>Go to latest<\/strong><\/a>/);
  });

  test('should draw the head blocks in the head: the site title, its meta after ours (super), extrahead', () => {
    const head = between(home, '<head>', '</head>');
    assert.match(head, /<title>Home · Overrides Fixture<\/title>/);
    assert.equal((head.match(/<title>/g) ?? []).length, 1, 'the site title replaces ours');
    assert.match(head, /<meta charset="utf-8">[^]*<link rel="icon" href="data:,">\s*<meta name="theme-color" content="#3f51b5">/);
    assert.match(head, /<meta name="x-override" content="\/">/);
  });

  test('should keep our footer where the footer block calls super(), after the site\'s own HTML', () => {
    assert.match(home, /<\/main>\s*<div class="before-footer">A &lt;b&gt;bold&lt;\/b&gt; footnote<\/div>\s*<footer class="md-footer">/);
  });

  test('should draw a site\'s partials in their places: copyright in the footer, comments after the content, logo in the header', () => {
    assert.match(between(home, '<div class="md-footer-meta__inner md-grid">', '</footer>'), /^<div class="md-copyright">\s*<div class="md-copyright__highlight">Copyright &copy; Example<\/div>\s*Built from custom_dir\s*<\/div>/);
    assert.match(between(home, '<article', '</article>'), /<h2 id="section">Section<\/h2>\s*<h2 id="__comments">Comments<\/h2>\s*<div class="comments-here" data-page="index.md"><\/div>\s*$/);
    assert.match(between(home, '<header class="md-header', '</header>'), /data-md-component="logo"><span class="custom-logo">OF<\/span>\s*<\/a>/);
    assert.doesNotMatch(between(landing, '<article', '</article>'), /__comments/, 'the comments partial draws nothing without comments: true');
  });

  test('should draw the site\'s palette.html for its list of one palette, as Material\'s header.html includes it for any list', () => {
    const header = between(home, '<header class="md-header', '</header>');
    assert.match(header, /<form class="md-header__option fixture-palette-one" data-md-component="palette"><span data-md-color-scheme="default">teal<\/span><\/form>/);
  });

  test('should draw the site\'s search.html (Material\'s markup, tweaked) in place of our dialog, with no warning about its hooks', () => {
    const header = between(home, '<header class="md-header', '</header>');
    assert.match(header, /<input class="md-search__toggle" data-md-toggle="search" type="checkbox" id="__search"[^>]* data-md-base="\/" data-md-language="en"[^>]*>(<label[^]*?<\/label>)?\s*<div class="md-search fixture-search" data-md-component="search" role="dialog">/);
    assert.match(header, /<p class="fixture-search__hint">/);
    assert.doesNotMatch(home, /<dialog class="md-search"/);
    assert.doesNotMatch(site.stdout + site.stderr, /search\.html/);
  });

  test('should keep the scripts block\'s default (extra_javascript) where it calls super(), then the site\'s own', () => {
    assert.match(home, /<template id="override-scripts" data-page=""><\/template>/);
  });

  test('should render a page\'s front matter template: its hero above the main area and content around ours', () => {
    assert.match(between(landing, '<div class="md-container" data-md-component="container">', '<main'), /^\s*<section class="landing-hero"><h2>The landing page<\/h2><\/section>\s*$/);
    assert.match(between(landing, '<article class="md-content__inner md-typeset" data-pagefind-body>', '</article>'), /<h1 id="landing">Landing<\/h1>[^]*<h2 id="two">Two<\/h2>\s*<p class="landing-after">1 sections<\/p>\s*$/);
    assert.match(landing, /<title>Landing · Overrides Fixture<\/title>/, 'and the blocks of main.html it extends');
    assert.doesNotMatch(home, /landing-hero/);
  });

  test('should render the not-found page through custom_dir/404.html, with our text where it calls super()', () => {
    const notFound = readFileSync(path.join(site.dir, '404.html'), 'utf8');
    assert.match(between(notFound, 'data-pagefind-body>', '</article>'), /^\s*<p class="lost">Lost\?<\/p>\s*<h1>404 - Not found<\/h1>/);
    assert.match(notFound, /<p class="announce-text">/, 'and the blocks of main.html it extends');
  });

  test('should warn at file:line about the block that cannot render and keep its default', () => {
    assert.match(site.stdout + site.stderr, /overrides\/main\.html:31:17: warning: template: filter not found: markdownify; block "analytics" keeps its default/);
    assert.match(site.stdout, /built 2 pages, 1 warnings, 0 errors/);
    assert.doesNotMatch(home, /markdownify/);
  });

  test('should draw no banner and leave a site without custom_dir as it was', async () => {
    const basic = readFileSync(path.join((await sharedSite(BASIC_SITE)).dir, 'index.html'), 'utf8');
    assert.match(basic, /<div data-md-component="announce"><\/div>/);
    assert.doesNotMatch(basic, /md-banner|data-md-component="outdated"/);
  });
});

describe('a site whose custom_dir replaces whole partials', () => {
  let index: string;
  let output: string;
  before(async () => {
    const built = await sharedSite(OVERRIDES_PARTIALS);
    output = built.stdout + built.stderr;
    index = readFileSync(path.join(built.dir, 'index.html'), 'utf8');
  });

  test('should draw its header, with our logo where it includes the logo partial and its own source partial', () => {
    const header = between(index, '<header class="md-header my-header" data-md-component="header">', '</header>');
    assert.match(header, /data-md-component="logo">\s*<svg[^]*<\/svg>\s*<\/a>/);
    assert.match(header, /<span class="my-title">Partials Fixture \/ Start<\/span>/);
    assert.match(header, /<div class="md-header__source"><a href="https:\/\/github.com\/example\/partials" class="md-source my-source">example\/partials<\/a>/);
    assert.equal((index.match(/<header/g) ?? []).length, 1, 'ours is not drawn too');
  });

  test('should draw our search where its header includes the search partial: the dialog after its own button, not a second button', () => {
    const header = between(index, '<header class="md-header my-header" data-md-component="header">', '</header>');
    assert.match(header, /<label class="md-header__button md-icon my-search" for="__search">S<\/label>\s*<input class="md-search__toggle" data-md-toggle="search" type="checkbox" id="__search"[^>]*><dialog class="md-search" data-md-component="search"/);
    assert.equal((index.match(/for="__search"/g) ?? []).length, 1);
    assert.equal((index.match(/<dialog class="md-search"/g) ?? []).length, 1);
  });

  test('should draw its toc inside the secondary sidebar, in place of ours', () => {
    assert.match(index, /data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--secondary my-toc">\s*<a href="#first">First<\/a><a href="#second">Second<\/a>\s*<\/nav>\s*<\/div>/);
  });

  test('should draw its content partial in the article, with page.content as HTML and page data escaped', () => {
    assert.match(between(index, '<article class="md-content__inner md-typeset" data-pagefind-body>', '</article>'), /^<i data-block="content"><\/i><h1 id="partials">Partials<\/h1>[^]*<h2 id="second">Second<\/h2>\s*<p class="my-content-end">The end &amp; more<\/p>\s*$/);
  });

  test('should draw its footer, with our copyright and social links where it includes partials it does not override', () => {
    const footer = between(index, '<footer class="md-footer my-footer">', '</footer>');
    assert.match(footer, /<div class="md-copyright"><div class="md-copyright__highlight">Copyright &copy; Partials<\/div><\/div>\s*<div class="md-social"><a href="https:\/\/github.com\/example"/);
  });

  test('should put each block of main.html in Material\'s place, before our markup where it calls super()', () => {
    const head = between(index, '<head>', '</head>');
    const marks = [...head.matchAll(/<meta name="block" content="(\w+)">/g)].map((m) => m[1]);
    assert.deepEqual(marks, ['site_meta', 'htmltitle', 'styles', 'libs', 'fonts', 'analytics', 'extrahead'], 'the head blocks, in order');
    assert.match(head, /content="site_meta"><meta charset="utf-8">/);
    assert.match(head, /content="htmltitle"><title>Start - Partials Fixture<\/title>/);
    assert.match(head, /content="styles"><link rel="stylesheet" href="\/assets\/theme\/theme.css">/);
    const body = between(index, '<body', '</body>');
    const order = [...body.matchAll(/<i data-block="(\w+)"><\/i>/g)].map((m) => m[1]);
    assert.deepEqual(order, ['announce', 'header', 'hero', 'tabs', 'site_nav', 'container', 'content', 'footer', 'config', 'scripts'], 'the body blocks, in base.html order');
    assert.match(body, /<div class="md-banner__inner md-grid md-typeset"><i data-block="announce"><\/i><\/div>/);
    assert.match(body, /<i data-block="header"><\/i><header class="md-header my-header"/);
    assert.match(body, /<div class="md-container" data-md-component="container"><i data-block="hero"><\/i><i data-block="tabs"><\/i><nav class="md-tabs"/);
    assert.match(body, /<div class="md-main__inner md-grid"><i data-block="site_nav"><\/i><div class="md-sidebar md-sidebar--primary"/);
    assert.match(body, /<i data-block="container"><\/i><div class="md-content" data-md-component="content"/);
    assert.match(body, /data-pagefind-body><i data-block="content"><\/i><h1 id="partials">/);
    assert.match(body, /<\/main><i data-block="footer"><\/i><footer class="md-footer my-footer">/);
    assert.match(body, /<\/footer>\s*<\/div><i data-block="config"><\/i><script id="__config"[^]*<\/script><i data-block="scripts"><\/i>/);
    assert.doesNotMatch(body, /data-md-component="outdated"/, 'no outdated bar without extra.version');
  });

  // What super() stands for, checked against Material 9.7's src/templates/base.html rendered with
  // Jinja2 3.1 for this fixture (the lines named are base.html's).
  test('should draw base.html\'s defaults where the head blocks call super(): the front matter title, polyfills, meta tags', () => {
    const head = between(index, '<head>', '</head>');
    // line 90, block htmltitle: {% if page.meta and page.meta.title %}<title>{{ page.meta.title }} - {{ config.site_name }}</title>
    assert.match(head, /content="htmltitle"><title>Start - Partials Fixture<\/title>/, 'the front matter title, on the homepage too');
    // line 118, block libs: {% for script in config.extra.polyfills %}{{ script | script_tag }}{% endfor %}
    assert.match(head, /content="libs"><script src="\/polyfill\.js"><\/script><meta name="block" content="fonts">/);
    // line 162: the front matter meta tags, after the analytics block and before extrahead
    assert.match(head, /content="analytics"><meta name="robots" content="noindex"><meta name="block" content="extrahead">/);
  });

  test('should draw Material\'s __config script as the config block\'s default, and our bundle before the scripts block', () => {
    // line 399, block config (Jinja's tojson: keys sorted; Material's "search" worker entry left out)
    assert.match(index, /<i data-block="config"><\/i><script id="__config" type="application\/json">\{"base": "\.", "features": \["navigation\.tabs"\], "tags": null, "translations": \{"clipboard\.copied": "Copied to clipboard", "clipboard\.copy": "Copy to clipboard", [^}]*\}, "version": null\}<\/script>/);
    // line 438, block scripts: Material's bundle first, then extra_javascript (ours stays if a site drops the block)
    assert.match(index, /<\/script><script type="module" src="[^"]*Page[^"]*\.js"><\/script><i data-block="scripts"><\/i><\/body>/);
  });

  test('should build without a warning', () => {
    assert.match(output, /built 1 pages, 0 warnings, 0 errors/);
  });
});
