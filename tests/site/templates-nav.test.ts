/**
 * The nav as custom_dir templates see it (MkDocs 1.6's Navigation, Section, Page and Link
 * attributes), Jinja's namespace(), and a site's nav, tabs and actions partials rendered per page:
 * our own nav.html / nav-item.html / tabs.html around the file the site overrides, a failing
 * override a located warning with our default kept.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import nunjucks from 'nunjucks';
import type { NavItem } from '../../src/nav/index.ts';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import { addNamespace, namespaceSets } from '../../src/site/templates/jinja-namespace.ts';
import { navContext } from '../../src/site/templates/nav-context.ts';
import type { TemplateSegment } from '../../src/site/templates/index.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const NAV: NavItem[] = [
  { kind: 'page', title: 'Home', src: 'index.md', url: '' },
  { kind: 'section', title: 'Guide', children: [
    { kind: 'page', title: 'Guide', src: 'guide/index.md', url: 'guide/', icon: 'material/book' },
    { kind: 'page', title: 'A', src: 'guide/a.md', url: 'guide/a/' },
    { kind: 'section', title: 'Deep', children: [{ kind: 'page', title: 'B', src: 'guide/deep/b.md', url: 'guide/deep/b/' }] },
  ] },
  { kind: 'link', title: 'Out', url: 'https://example.org/' },
];

const context = (current: string) => {
  const page: Record<string, unknown> = { title: 'current' };
  return { page, nav: navContext({ items: NAV, current, page, base: '/docs/', meta: (src) => (src === 'guide/a.md' ? { status: 'new' } : undefined), siteName: 'S' }) };
};
const at = (value: unknown, ...keys: Array<string | number>): unknown => keys.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? Reflect.get(v, key) : undefined), value);

describe('nav context: MkDocs\' Navigation', () => {
  test('should iterate the top-level items and give items, pages in reading order and the home page', () => {
    const { nav } = context('other.md');
    assert.deepEqual(nav.map((item) => item['title']), ['Home', 'Guide', 'Out']);
    assert.equal(nav.items, nav);
    assert.deepEqual(nav.pages.map((item) => item['url']), ['', 'guide/', 'guide/a/', 'guide/deep/b/']);
    assert.equal(nav.homepage, nav[0]);
  });

  test('should answer is_page, is_section and is_link, and children none for pages and links', () => {
    const { nav } = context('index.md');
    assert.deepEqual(nav.map((item) => [item['is_page'], item['is_section'], item['is_link']]), [[true, false, false], [false, true, false], [false, false, true]]);
    assert.equal(nav[0]?.['children'], null);
    assert.equal(nav[2]?.['children'], null);
    assert.equal(at(nav, 1, 'children', 'length'), 3);
    assert.equal(nav[1]?.['url'], undefined, 'a section has no url');
  });

  test('should make the current page the template\'s page object and mark it and its sections active, nothing else', () => {
    const { nav, page } = context('guide/deep/b.md');
    const b = at(nav, 1, 'children', 2, 'children', 0);
    assert.equal(b, page, 'nav_item == page holds by identity');
    assert.equal(at(nav, 1, 'active'), true);
    assert.equal(at(nav, 1, 'children', 2, 'active'), true);
    assert.equal(at(nav, 1, 'children', 1, 'active'), false);
    assert.equal(at(nav, 0, 'active'), false);
    assert.equal(at(nav, 2, 'active'), false, 'a link is never active');
  });

  test('should give parent, ancestors (innermost first), is_index, is_top_level and is_homepage', () => {
    const { nav } = context('other.md');
    const index = at(nav, 1, 'children', 0);
    const b = at(nav, 1, 'children', 2, 'children', 0);
    assert.equal(at(index, 'parent'), nav[1]);
    const ancestors = at(b, 'ancestors');
    assert.ok(Array.isArray(ancestors));
    assert.deepEqual(ancestors.map((item) => at(item, 'title')), ['Deep', 'Guide']);
    assert.equal(at(index, 'is_index'), true);
    assert.equal(at(nav, 1, 'children', 1, 'is_index'), false);
    assert.equal(at(nav, 0, 'is_top_level'), true);
    assert.equal(at(index, 'is_top_level'), false);
    assert.equal(at(nav, 0, 'parent'), null);
    assert.equal(at(nav, 0, 'is_homepage'), true);
    assert.equal(at(index, 'is_homepage'), false, 'not at the top of docs_dir');
  });

  test('should give a page its front matter as meta, else its nav facts, and url, abs_url and file', () => {
    const { nav } = context('other.md');
    assert.deepEqual(at(nav, 1, 'children', 1, 'meta'), { status: 'new' });
    assert.equal(at(nav, 1, 'children', 0, 'meta', 'icon'), 'material/book');
    assert.equal(at(nav, 1, 'children', 1, 'abs_url'), '/docs/guide/a/');
    assert.equal(at(nav, 1, 'children', 1, 'file', 'src_path'), 'guide/a.md');
  });

  test('should keep one object for a page listed twice, active in both places', () => {
    const twice: NavItem[] = [{ kind: 'page', title: 'A', src: 'a.md', url: 'a/' }, { kind: 'section', title: 'S', children: [{ kind: 'page', title: 'A', src: 'a.md', url: 'a/' }] }];
    const page: Record<string, unknown> = {};
    const nav = navContext({ items: twice, current: 'a.md', page, base: '/', meta: () => undefined, siteName: 'S' });
    assert.equal(nav[0], at(nav, 1, 'children', 0));
    assert.equal(nav[0], page);
    assert.equal(nav.pages.length, 2, 'nav.pages lists it twice, as MkDocs does');
  });
});

describe('Jinja namespace()', () => {
  const env = addNamespace(new nunjucks.Environment(null, { autoescape: true }));
  const render = (source: string) => env.renderString(namespaceSets(source), {});

  test('should let a loop set an attribute the template reads after it', () => {
    assert.equal(render('{% set ns = namespace(found = none) %}{% for x in [1, 2, 3] %}{% if x > 1 and ns.found is none %}{% set ns.found = x %}{% endif %}{% endfor %}{{ ns.found }}'), '2');
  });

  test('should keep white-space control and line numbers', () => {
    assert.equal(namespaceSets('{%- set ns.a = 1\n -%}').split('\n').length, 2);
    assert.equal(render('{% set ns = namespace() %}a {%- set ns.b = "x" -%} b{{ ns.b }}'), 'abx');
  });

  test('should not touch a plain set', () => {
    assert.equal(namespaceSets('{% set a = b.c %}'), '{% set a = b.c %}');
  });
});

/** A site with `files` (paths under the project) and mkdocs.yml lines after the theme. */
async function site(files: Record<string, string>, config = ''): Promise<PreparedSite> {
  const root = mkdtempSync(path.join(tmpdir(), 'templates-nav-'));
  roots.push(root);
  const all = { 'docs/index.md': '# Home\n\n## Start\n', 'docs/guide/index.md': '# Guide\n', 'docs/guide/a.md': '# A\n', ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: T\nrepo_url: https://github.com/x/y\nedit_uri: edit/main/docs/\ntheme:\n  name: material\n  custom_dir: overrides\n${config}`);
  return prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
}
const page = (prepared: PreparedSite, src: string) => {
  const found = prepared.model.pages.find((p) => p.src === src);
  assert.ok(found, src);
  return found;
};
const html = (segments: TemplateSegment[] | undefined) => (segments ?? []).map((s) => (s.kind === 'html' ? s.html : `[${s.name}]`)).join('').replace(/>\s+</g, '><').trim();
const warnings = (prepared: PreparedSite) => prepared.messages.filter((m) => m.severity === 'warning' && m.ruleId === 'templates');

describe('site templates: nav, tabs and actions partials', () => {
  test('should draw our Material-like nav items inside a site\'s own nav.html, with index pages as section links', async () => {
    const prepared = await site({
      'overrides/partials/nav.html': '{% import "partials/nav-item.html" as item with context %}<ul class="mine">{% for n in nav %}{{ item.render(n, "__nav_" ~ loop.index, 1) }}{% endfor %}</ul>',
    }, '  features: [navigation.indexes]\n');
    const nav = html(page(prepared, 'guide/a.md').overrides?.partials.nav);
    assert.match(nav, /^<ul class="mine"><li class="md-nav__item"><a href="\/" class="md-nav__link"><span class="md-ellipsis">Home<\/span><\/a><\/li>/);
    assert.match(nav, /<li class="md-nav__item md-nav__item--active md-nav__item--nested"><input class="md-nav__toggle md-toggle " type="checkbox" id="__nav_2" checked \/><div class="md-nav__link md-nav__container"><a href="\/guide\/" class="md-nav__link"><span class="md-ellipsis">Guide<\/span><\/a><label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="0"><span class="md-nav__icon md-icon"><\/span><\/label><\/div>/);
    assert.match(nav, /<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="true"><label class="md-nav__title" for="__nav_2"><span class="md-nav__icon md-icon"><\/span>Guide<\/label><ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc" \/><a href="\/guide\/a\/" class="md-nav__link md-nav__link--active">/);
    assert.deepEqual(warnings(prepared), []);
  });

  test('should include the toc partial under the current page\'s item when the page has headings', async () => {
    const prepared = await site({ 'overrides/partials/nav.html': '{% import "partials/nav-item.html" as item with context %}{% for n in nav %}{{ item.render(n, "p", 1) }}{% endfor %}' });
    assert.match(html(page(prepared, 'index.md').overrides?.partials.nav), /<label class="md-nav__link md-nav__link--active" for="__toc"><span class="md-ellipsis">Home<\/span><span class="md-nav__icon md-icon"><\/span><\/label><a href="\/" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">Home<\/span><\/a>\[toc\]<\/li>/);
  });

  test('should prune inactive sections in our nav-item.html with navigation.prune', async () => {
    const prepared = await site({ 'overrides/partials/nav.html': '{% import "partials/nav-item.html" as item with context %}{% for n in nav %}{{ item.render(n, "p" ~ loop.index, 1) }}{% endfor %}' }, '  features: [navigation.prune]\n');
    assert.match(html(page(prepared, 'index.md').overrides?.partials.nav), /<li class="md-nav__item md-nav__item--pruned md-nav__item--nested"><a href="\/guide\/" class="md-nav__link"><span class="md-ellipsis">Guide<\/span><span class="md-nav__icon md-icon"><\/span><\/a><\/li>/);
  });

  test('should draw a site\'s nav-item.html inside our nav.html, with the logo and source partials as ours', async () => {
    const prepared = await site({ 'overrides/partials/nav-item.html': '{% macro render(n, path, level) %}<li>{{ path }}:{{ n.title }}</li>{% endmacro %}' });
    assert.equal(html(page(prepared, 'index.md').overrides?.partials.nav), '<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer"><a href="/" title="T" class="md-nav__button md-logo" aria-label="T" data-md-component="logo">[logo]</a>\nT\n</label><div class="md-nav__source">[source]</div><ul class="md-nav__list" data-md-scrollfix><li>__nav_1:Home</li><li>__nav_2:Guide</li></ul></nav>');
  });

  test('should render tabs-item.html inside our tabs.html only with navigation.tabs, and say when it is not used', async () => {
    const files = { 'overrides/partials/tabs-item.html': '{% macro render(n) %}<li class="{{ "on" if n.active }}">{{ n.title }}</li>{% endmacro %}' };
    const withTabs = await site(files, '  features: [navigation.tabs]\n');
    assert.equal(html(page(withTabs, 'guide/a.md').overrides?.partials.tabs), '<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list"><li class="">Home</li><li class="on">Guide</li></ul></div></nav>');
    const without = await site(files);
    assert.equal(page(without, 'index.md').overrides, undefined);
    assert.match(warnings(without).map((m) => m.message).join('\n'), /partials\/tabs-item\.html is not used/);
  });

  test('should render actions.html with the page\'s edit URL and features', async () => {
    const prepared = await site({ 'overrides/partials/actions.html': '{% if "content.action.edit" in features %}<a href="{{ page.edit_url }}">edit</a>{% endif %}<b>{{ page.file.src_path }}</b>' }, '  features: [content.action.edit]\n');
    assert.equal(html(page(prepared, 'guide/a.md').overrides?.partials.actions), '<a href="https://github.com/x/y/edit/main/docs/guide/a.md">edit</a><b>guide/a.md</b>');
  });

  test('should warn at the override\'s file:line and keep our nav when a nav item cannot render', async () => {
    const prepared = await site({ 'overrides/partials/nav-item.html': '{% macro render(n, path, level) %}\n<li>{{ n.title | markdownify }}</li>\n{% endmacro %}' });
    assert.equal(page(prepared, 'index.md').overrides, undefined, 'our own nav is drawn');
    const [warning] = warnings(prepared);
    assert.match(warning?.message ?? '', /filter not found: markdownify; partials\/nav\.html keeps its default/);
    assert.equal(path.basename(warning?.file ?? ''), 'nav-item.html');
    assert.equal(warning?.line, 2);
    assert.equal(warnings(prepared).length, 1, 'said once, not per page');
  });
});
