/**
 * The primary nav drawn as one string (src/theme/nav-html.ts): Material's nav-item.html markup
 * for each rule src/nav decides (current page, active and pruned sections, index links,
 * navigation.sections groups), with the page's icons, status, subtitle and typeset titles; titles
 * are HTML as Material writes them, a page's H1 text escaped as Astro escapes a component's
 * expressions (its own functions say what that is).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import type { TocEntry } from '../../src/markdown/index.ts';
import { activeTrail, buildNav, navDrawOptions, type NavItem, type PageRef } from '../../src/nav/index.ts';
import { builtinTable } from '../../src/shared/languages/index.ts';
import { iconSprite } from '../../src/theme/icon-sprite.ts';
import { navItemsHtml } from '../../src/theme/nav-html.ts';
import { tocItemsHtml } from '../../src/theme/toc-html.ts';

const labels = builtinTable('en') ?? assert.fail('no English labels');
// `guide/index.md` -> `guide/`, `guide/a.md` -> `guide/a/`, titled `T guide/a.md`.
const page = (src: string, facts: Partial<PageRef> = {}): PageRef => ({ src, url: src.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/'), title: `T ${src}`, ...facts });
const pages = [page('index.md'), page('guide/index.md'), page('guide/a.md'), page('guide/b.md'), page('other/c.md'), page('other/d.md')];
// Home, Guide (index page, a, b), Other (c, d), a link.
const nav = buildNav(['index.md', { Guide: ['guide/index.md', 'guide/a.md', 'guide/b.md'] }, { Other: ['other/c.md', 'other/d.md'] }, { Web: 'https://example.com/' }], pages).items;
const heading: TocEntry = { level: 2, id: 'h', name: 'H', children: [] };

interface Options {
  features?: string[];
  prune?: boolean;
  extra?: Record<string, unknown>;
  toc?: TocEntry[];
  icons?: Record<string, string>;
  drawIcon?: (name: string) => string | undefined;
}

/** The nav of page `src` as the sidebar draws it. */
function draw(items: readonly NavItem[], src: string, { features = [], prune = false, extra = {}, toc = [], icons = {}, drawIcon = (name) => icons[name] }: Options = {}): string {
  return navItemsHtml(items, { site: { features, extra, labels }, trail: activeTrail(items, src), base: '/', toc: tocItemsHtml(toc), draw: navDrawOptions(features, prune), drawIcon });
}

describe('navItemsHtml', () => {
  test('draws a page as a link and the current page as the active one, with its toc integrated under it', () => {
    const html = draw(nav, 'guide/a.md', { toc: [heading] });
    assert.ok(html.startsWith('<li class="md-nav__item"><a href="/" class="md-nav__link"><span class="md-ellipsis">T index.md</span></a></li>'), html);
    assert.ok(html.includes(`<li class="md-nav__item md-nav__item--active"><a href="/guide/a/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">T guide/a.md</span></a><nav class="md-nav md-nav--secondary md-nav--integrated" aria-label="Table of contents: T guide/a.md"><ul class="md-nav__list">${tocItemsHtml([heading])}</ul></nav></li>`), html);
    assert.ok(html.includes('<li class="md-nav__item"><a href="/guide/b/" class="md-nav__link"><span class="md-ellipsis">T guide/b.md</span></a></li>'), html);
    assert.ok(html.endsWith('<li class="md-nav__item"><a href="https://example.com/" class="md-nav__link"><span class="md-ellipsis">Web</span></a></li>'), html);
  });

  test('integrates no toc under a page without headings, and marks it always shown with toc.integrate', () => {
    assert.doesNotMatch(draw(nav, 'guide/a.md'), /md-nav--integrated/);
    assert.match(draw(nav, 'guide/a.md', { features: ['toc.integrate'], toc: [heading] }), /<nav class="md-nav md-nav--secondary md-nav--integrated md-nav--integrated-always" aria-label=/);
  });

  test('opens the section holding the current page and leaves the others closed, unless navigation.expand', () => {
    const html = draw(nav, 'guide/a.md');
    assert.ok(html.includes('<li class="md-nav__item md-nav__item--nested md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2" checked aria-labelledby="__nav_2_label"><label class="md-nav__link" for="__nav_2" id="__nav_2_label"><span class="md-ellipsis">Guide</span><span class="md-nav__icon md-icon"></span></label><nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label"><ul class="md-nav__list"><li class="md-nav__item"><a href="/guide/"'), html);
    assert.ok(html.includes('<li class="md-nav__item md-nav__item--nested"><input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_3" aria-labelledby="__nav_3_label">'), html);
    assert.ok(draw(nav, 'guide/a.md', { features: ['navigation.expand'] }).includes('id="__nav_3" checked'));
  });

  test('draws a page listed twice as the current page in both places, opening only the section of its last place', () => {
    const twice = buildNav([{ A: ['guide/a.md'] }, { B: ['guide/a.md'] }], pages).items;
    const html = draw(twice, 'guide/a.md');
    assert.equal(html.split('<a href="/guide/a/" class="md-nav__link md-nav__link--active" aria-current="page">').length, 3, html);
    assert.ok(html.includes('id="__nav_1" aria-labelledby') && html.includes('id="__nav_2" checked'), html);
  });

  test('numbers nested entries after their section and draws their level', () => {
    const deep = buildNav([{ A: [{ B: ['guide/a.md'] }] }], pages).items;
    const html = draw(deep, 'index.md');
    assert.ok(html.includes('<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_1_label"><ul class="md-nav__list"><li class="md-nav__item md-nav__item--nested"><input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_1_1" aria-labelledby="__nav_1_1_label">'), html);
    assert.ok(html.includes('<nav class="md-nav" data-md-level="2" aria-labelledby="__nav_1_1_label">'), html);
  });

  test('draws a pruned section as one link to its first page, and never the active one', () => {
    const html = draw(nav, 'guide/a.md', { prune: true });
    assert.ok(html.includes('<li class="md-nav__item md-nav__item--pruned md-nav__item--nested"><a href="/other/c/" class="md-nav__link"><span class="md-ellipsis">Other</span><span class="md-nav__icon md-icon"></span></a></li>'), html);
    assert.doesNotMatch(html, /other\/d/);
    assert.ok(html.includes('id="__nav_2" checked'), html);
    const empty = buildNav([{ Empty: [{ Inner: [] }] }, 'index.md'], pages).items;
    assert.ok(draw(empty, 'index.md', { prune: true }).startsWith('<li class="md-nav__item md-nav__item--pruned md-nav__item--nested"><a class="md-nav__link">'));
  });

  test('draws the index page as the section link with navigation.indexes, numbering the other pages from 1', () => {
    const html = draw(nav, 'guide/index.md', { features: ['navigation.indexes'] });
    assert.ok(html.includes('id="__nav_2" checked aria-labelledby="__nav_2_label"><div class="md-nav__link md-nav__container md-nav__link--index"><a href="/guide/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">Guide</span></a><label class="md-nav__link" for="__nav_2" id="__nav_2_label"><span class="md-visually-hidden">Guide</span><span class="md-nav__icon md-icon"></span></label></div>'), html);
    assert.ok(html.includes('<ul class="md-nav__list"><li class="md-nav__item"><a href="/guide/a/"'), html);
    const lone = buildNav([{ Guide: ['guide/index.md'] }], pages).items;
    assert.ok(draw(lone, 'index.md', { features: ['navigation.indexes'] }).endsWith('<a href="/guide/" class="md-nav__link"><span class="md-ellipsis">Guide</span></a></div></li>'));
    assert.doesNotMatch(draw(nav, 'guide/index.md'), /md-nav__link--index/);
  });

  test('draws a section page of mkdocs-section-index as the section link whatever the features', () => {
    const sectioned = buildNav([{ Guide: ['guide/a.md', 'guide/b.md'] }], pages, { sectionIndex: true }).items;
    assert.ok(draw(sectioned, 'guide/a.md').includes('<div class="md-nav__link md-nav__container md-nav__link--index"><a href="/guide/a/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">Guide</span></a><label class="md-nav__link" for="__nav_1" id="__nav_1_label"><span class="md-visually-hidden">Guide</span>'));
  });

  test('draws the top sections as groups with navigation.sections, the second level with tabs too', () => {
    const deep = buildNav([{ A: [{ B: ['guide/a.md'] }] }], pages).items;
    const group = (features: string[]) => [...draw(deep, 'guide/a.md', { features }).matchAll(/md-nav__item--section"><input class="md-nav__toggle md-toggle" type="checkbox" id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(group(['navigation.sections']), ['__nav_1']);
    assert.deepEqual(group(['navigation.sections', 'navigation.tabs']), ['__nav_1_1']);
    assert.deepEqual(group([]), []);
  });

  test('draws a page icon through the sprite, before the title', () => {
    const svg = '<svg viewBox="0 0 24 24"><path d="M1 1"/></svg>';
    const withIcons = buildNav(['guide/a.md', 'guide/b.md'], [page('guide/a.md', { icon: 'x/mail' }), page('guide/b.md', { icon: 'x/mail' })]).items;
    const sprite = iconSprite({ 'x/mail': svg }, new Map([['x/mail', 2]]));
    const html = draw(withIcons, 'guide/a.md', { drawIcon: sprite.draw });
    assert.equal(html.split(`class="md-nav__link">${sprite.draw('x/mail') ?? 'none'}<span class="md-ellipsis">`).length, 2, html);
    assert.ok(html.includes(`aria-current="page">${sprite.draw('x/mail') ?? 'none'}<span class="md-ellipsis">T guide/a.md</span>`), html);
    assert.ok(!draw(withIcons, 'guide/a.md').includes('<svg'), 'an unknown icon draws nothing');
  });

  test('draws the index page\'s icon, subtitle and status on its section link', () => {
    const decorated = buildNav([{ Guide: ['guide/index.md', 'guide/a.md'] }], [page('guide/index.md', { icon: 'x/home', subtitle: 'Start', status: 'new' }), page('guide/a.md')]).items;
    const html = draw(decorated, 'guide/a.md', { features: ['navigation.indexes'], icons: { 'x/home': '<svg>h</svg>' } });
    assert.ok(html.includes('<a href="/guide/" class="md-nav__link"><svg>h</svg><span class="md-ellipsis">Guide<br><small>Start</small></span><span class="md-status md-status--new"></span></a>'), html);
  });

  test('draws a status mark titled with the site\'s label, and a subtitle as a second line', () => {
    const decorated = buildNav(['guide/a.md', 'guide/b.md'], [page('guide/a.md', { status: 'new', subtitle: 'Sub &amp; <em>more</em>' }), page('guide/b.md', { status: 'deprecated' })]).items;
    const html = draw(decorated, 'index.md', { extra: { status: { new: 'Recently "added"' } } });
    // Front matter HTML, as Material writes `{{ nav_item.meta.subtitle }}`.
    assert.ok(html.includes(`<span class="md-ellipsis">T guide/a.md<br><small>Sub &amp; <em>more</em></small></span><span class="md-status md-status--new"${String(addAttribute('Recently "added"', 'title'))}></span></a>`), html);
    assert.ok(html.includes('<span class="md-ellipsis">T guide/b.md</span><span class="md-status md-status--deprecated"></span></a>'), html);
  });

  test('shows a typeset title\'s HTML as it is, and the plain title in the integrated toc\'s label', () => {
    const typeset = buildNav(['guide/a.md'], [page('guide/a.md', { title: 'A b', typeset: 'A <code>b</code>' })]).items;
    const html = draw(typeset, 'guide/a.md', { toc: [heading] });
    assert.ok(html.includes('<span class="md-ellipsis"><span class="md-typeset">A <code>b</code></span></span></a><nav class="md-nav md-nav--secondary md-nav--integrated" aria-label="Table of contents: A b">'), html);
  });

  test('writes nav and front matter titles as HTML, as Material (no autoescape); a page\'s H1 title escaped', () => {
    const title = `.x.&lt;format&gt; <code>"c"</code>`;
    const odd = buildNav([{ [title]: ['guide/a.md'] }, { [title]: [{ Inner: ['guide/b.md'] }] }, { [title]: 'https://example.com/?a=1&b="2"' }, 'other/c.md'], [page('guide/a.md', { title }), page('guide/b.md'), page('other/c.md', { title: `A & "B" <'c'>`, textTitle: true })]).items;
    const html = draw(odd, 'guide/a.md', { toc: [heading], prune: true });
    assert.ok(html.includes(`<span class="md-ellipsis">${title}</span><span class="md-nav__icon md-icon"></span></label>`), 'a section label');
    assert.ok(html.includes(`<a href="/guide/a/" class="md-nav__link md-nav__link--active" aria-current="page"><span class="md-ellipsis">${title}</span></a>`), 'a page link');
    // The label is text: Jinja's striptags (tags out, references decoded), then escaped as an attribute.
    assert.ok(html.includes(`<nav class="md-nav md-nav--secondary md-nav--integrated"${String(addAttribute('Table of contents: .x.<format> "c"', 'aria-label'))}>`), 'the integrated toc\'s label');
    assert.ok(html.includes(`md-nav__item--pruned md-nav__item--nested"><a href="/guide/b/" class="md-nav__link"><span class="md-ellipsis">${title}</span>`), 'a pruned section');
    assert.ok(html.includes(`<a${String(addAttribute('https://example.com/?a=1&b="2"', 'href'))} class="md-nav__link"><span class="md-ellipsis">${title}</span></a>`), 'a link');
    assert.ok(html.includes(`<a href="/other/c/" class="md-nav__link"><span class="md-ellipsis">${String(escapeHTML(`A & "B" <'c'>`))}</span></a>`), 'a page titled by its H1\'s text');
  });

  test('a nav title given to a page titled by its H1 is HTML', () => {
    const titled = buildNav([{ 'A &amp; B': 'guide/a.md' }], [page('guide/a.md', { title: 'A < B', textTitle: true })]).items;
    assert.ok(draw(titled, 'index.md').includes('<span class="md-ellipsis">A &amp; B</span>'));
  });

  test('draws nothing for an empty nav', () => {
    assert.equal(draw([], 'index.md'), '');
  });
});
