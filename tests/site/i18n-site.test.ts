/**
 * What each language of an i18n site draws (src/site/i18n-site.ts) and prepareSite's model of a
 * multilingual site: each page's language, its language's nav, previous/next and labels, the
 * switcher linking the same page in each language, and links into the page's own language.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { i18nOptions, type I18nOptions } from '../../src/site/i18n-options.ts';
import { pageSwitcher, switcherOf, themeLanguage } from '../../src/site/i18n-site.ts';
import type { SiteMessage } from '../../src/site/messages.ts';
import { siteOf, type PageModel, type SiteModel } from '../../src/site/model.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const EN = { locale: 'en', default: true, name: 'English' };
const FR = { locale: 'fr', name: 'Français' };
function optionsOf(raw: Record<string, unknown>): I18nOptions {
  const found = i18nOptions([{ name: 'i18n', options: raw }]).options;
  assert.ok(found);
  return found;
}
const SITE = { extra: {}, site_url: undefined, use_directory_urls: true };

describe("i18n: Material's language switcher", () => {
  test('should list the built languages at their links, under the path of site_url', () => {
    const options = optionsOf({ languages: [EN, FR, { locale: 'de', name: 'Deutsch', build: false }] });
    assert.deepEqual(switcherOf(options, SITE), [{ name: 'English', link: '/', lang: 'en' }, { name: 'Français', link: '/fr/', lang: 'fr' }]);
    assert.deepEqual(switcherOf(options, { ...SITE, site_url: 'https://x.org/docs/', use_directory_urls: false })?.map((entry) => entry.link), ['/docs/index.html', '/docs/fr/index.html']);
  });

  test("should add the null locale's fixed link, and use a language's fixed_link as it is", () => {
    const options = optionsOf({ languages: [EN, { ...FR, fixed_link: 'https://fr.x.org/' }, { locale: null, name: 'Help translating', fixed_link: 'https://x.org/help/' }] });
    assert.deepEqual(switcherOf(options, SITE)?.map((entry) => entry.link), ['/', 'https://fr.x.org/', 'https://x.org/help/']);
  });

  test("should make none with one language built, without reconfigure_material, or when mkdocs.yml has its own extra.alternate", () => {
    assert.equal(switcherOf(optionsOf({ languages: [EN] }), SITE), undefined);
    assert.equal(switcherOf(optionsOf({ reconfigure_material: false, languages: [EN, FR] }), SITE), undefined);
    assert.equal(switcherOf(optionsOf({ languages: [EN, FR] }), { ...SITE, extra: { alternate: [{ name: 'EN', link: '/' }] } }), undefined);
  });

  test("should link a page's entries to the same page in each language; a home page keeps the languages' homes", () => {
    const switcher = [{ name: 'English', link: '/', lang: 'en' }, { name: 'Français', link: '/fr/', lang: 'fr' }, { name: 'Help', link: 'https://x.org/', lang: 'null' }];
    const index = { languageOf: {}, variants: { 'a.fr.md': { en: 'a.md', fr: 'a.fr.md' } } };
    const urls = new Map([['a.md', 'a/'], ['a.fr.md', 'fr/a/']]);
    assert.deepEqual(pageSwitcher({ src: 'a.fr.md', url: 'fr/a/', language: 'fr' }, switcher, index, (src) => urls.get(src), 'en')?.map((entry) => entry.link), ['a/', 'fr/a/', 'https://x.org/']);
    assert.equal(pageSwitcher({ src: 'index.fr.md', url: 'fr/', language: 'fr' }, switcher, index, (src) => urls.get(src), 'en'), undefined);
  });

  test("should draw a language's pages in its locale's labels, unless its theme names a language or reconfigure_material is off", () => {
    const [en, fr] = optionsOf({ languages: [EN, { ...FR, theme: { language: 'fr-CA' } }] }).languages;
    assert.ok(en && fr);
    assert.equal(themeLanguage(en, { reconfigureMaterial: true }, 'de'), 'en');
    assert.equal(themeLanguage(en, { reconfigureMaterial: false }, 'de'), 'de');
    assert.equal(themeLanguage(fr, { reconfigureMaterial: false }, 'de'), 'fr-CA');
  });
});

describe('i18n: prepareSite on a two-language site', () => {
  let model: SiteModel;
  let messages: SiteMessage[];
  let configFile = '';
  const page = (url: string): PageModel => {
    const found = model.pages.find((candidate) => candidate.url === url);
    assert.ok(found, url);
    return found;
  };
  before(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-i18n-'));
    const docs = { 'index.md': '# Home\n\n[Next](guide.md)\n', 'guide.md': '# Guide\n\n!!! note\n    Body\n', 'index.fr.md': '# Accueil\n\n[Suite](guide.md)\n\n!!! note\n    Corps\n\n!!! note "Titre"\n    Corps\n' };
    for (const [name, content] of Object.entries(docs)) {
      mkdirSync(path.join(root, 'docs'), { recursive: true });
      writeFileSync(path.join(root, 'docs', name), content);
    }
    mkdirSync(path.join(root, 'overrides'));
    // What a language's templates see: its site name, theme language, labels and extra.
    writeFileSync(path.join(root, 'overrides', 'main.html'), '{% extends "base.html" %}{% block announce %}{{ config.site_name }}|{{ config.theme.language }}|{{ lang.t("search.placeholder") }}|{{ config.extra.motto }}|{{ config.site_url }}{% endblock %}');
    writeFileSync(path.join(root, 'mkdocs.yml'), [
      'site_name: Test',
      'site_url: https://x.org/',
      'site_author: Ann',
      'extra: {motto: Hello}',
      'theme:\n  name: material\n  custom_dir: overrides\n  features: [navigation.top]',
      'plugins:\n  - search\n  - i18n:\n      languages:\n        - {locale: en, default: true, name: English}',
      '        - {locale: fr, name: Français, site_name: Essai, site_url: "https://x.org/fr-site/", site_author: Anne, extra: {motto: Bonjour}, theme: {palette: {primary: red}, features: [navigation.tabs], logo: fr.png}, admonition_translations: {note: Remarque}}',
      'markdown_extensions: [admonition]',
      '',
    ].join('\n'));
    ({ model, messages } = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') }));
    configFile = path.join(root, 'mkdocs.yml');
  });

  test('should hold every page of every language once, at its URL and in its language', () => {
    assert.deepEqual(model.pages.map((entry) => [entry.url, entry.language, entry.title]), [['', 'en', 'Home'], ['guide/', 'en', 'Guide'], ['fr/', 'fr', 'Accueil'], ['fr/guide/', 'fr', 'Guide']]);
  });

  test("should resolve a link into the linking page's language", () => {
    assert.match(htmlText(page('').html), /<a href="guide\/">Next<\/a>/);
    assert.match(htmlText(page('fr/').html), /<a href="guide\/">Suite<\/a>/);
  });

  test("should give each language its name, labels, nav, palette and home, and each page its language's previous/next", () => {
    const french = siteOf(model.site, page('fr/guide/'));
    assert.equal(french.name, 'Essai');
    assert.equal(french.language, 'fr');
    assert.equal(french.labels['footer.next'], 'Suivant');
    assert.equal(french.home, 'fr/');
    assert.equal(french.palette[0]?.primary, 'red');
    assert.deepEqual(french.nav.map((item) => (item.kind === 'page' ? item.url : item.title)), ['fr/', 'fr/guide/']);
    // Its first H1's text (drawn escaped; a nav title would be HTML: src/theme/title-html.ts).
    assert.deepEqual(page('fr/guide/').previous, { title: 'Accueil', textTitle: true, url: 'fr/' });
    const english = siteOf(model.site, page('guide/'));
    assert.equal(english.name, 'Test');
    assert.equal(english.labels['footer.next'], 'Next');
    assert.deepEqual(english.nav.map((item) => (item.kind === 'page' ? item.url : item.title)), ['', 'guide/']);
  });

  test("should give each language its site_url, site_author, extra and features, as the plugin's overrides do", () => {
    const french = siteOf(model.site, page('fr/'));
    assert.deepEqual([french.url, french.author, french.extra['motto'], french.features], ['https://x.org/fr-site/', 'Anne', 'Bonjour', ['navigation.tabs']]);
    const english = siteOf(model.site, page(''));
    assert.deepEqual([english.url, english.author, english.extra['motto'], english.features], ['https://x.org/', 'Ann', 'Hello', ['navigation.top']]);
  });

  test("should say, at the plugin's entry in mkdocs.yml, which of a language's overrides the plugin would not apply", () => {
    const said = messages.filter((message) => message.message.startsWith('i18n: languages (fr)'));
    const entry = readFileSync(configFile, 'utf8').split('\n').findIndex((line) => line.includes('- i18n:')) + 1;
    assert.deepEqual(said.map((message) => [message.message, message.file, message.line]), [["i18n: languages (fr): theme.logo is ignored: mkdocs.yml's theme has no logo to override (the plugin overrides only options mkdocs.yml sets)", configFile, entry]]);
  });

  test("should render a page's custom_dir templates with its language's config, site and labels", () => {
    const announce = (found: PageModel | undefined) => (found?.overrides?.blocks.announce ?? []).map((segment) => (segment.kind === 'html' ? segment.html : '')).join('');
    assert.equal(announce(page('fr/guide/')), 'Essai|fr|Rechercher|Bonjour|https://x.org/fr-site/');
    assert.equal(announce(page('guide/')), 'Test|en|Search|Hello|https://x.org/');
  });

  test("should make each other language a not-found page at <locale>/404.html, in its language, with its templates", () => {
    assert.deepEqual(model.notFound?.map((entry) => [entry.url, entry.dest, entry.language, entry.html]), [['fr/404.html', 'fr/404.html', 'fr', '']]);
    const french = model.notFound?.[0];
    assert.equal(french && siteOf(model.site, french).labels['notfound.title'], '404 - Page introuvable');
    assert.match((french?.overrides?.blocks.announce ?? []).map((segment) => (segment.kind === 'html' ? segment.html : '')).join(''), /^Essai\|fr\|/);
  });

  test("should title the untitled admonitions of a language's pages, its copies of the default's too, with its admonition_translations", () => {
    const titles = (url: string) => [...htmlText(page(url).html).matchAll(/<p class="admonition-title">([^<]*)<\/p>/g)].map((found) => found[1]);
    assert.deepEqual(titles('fr/'), ['Remarque', 'Titre']);
    assert.deepEqual(titles('fr/guide/'), ['Remarque'], 'the English page, for French readers');
    assert.deepEqual(titles('guide/'), ['Note']);
  });

  test("should have search find a language's copy of a default page at the default page, as reconfigure_search keeps the default's entries", () => {
    assert.equal(page('fr/guide/').searchUrl, 'guide/');
    assert.equal(page('fr/').searchUrl, undefined, 'a translation is found where it is');
    assert.equal(page('guide/').searchUrl, undefined);
  });

  test("should link each page's switcher entries to the same page in the other languages", () => {
    assert.deepEqual(siteOf(model.site, page('fr/guide/')).alternate, [{ name: 'English', link: 'guide/', lang: 'en' }, { name: 'Français', link: 'fr/guide/', lang: 'fr' }]);
    assert.deepEqual(siteOf(model.site, page('fr/')).alternate, [{ name: 'English', link: '/', lang: 'en' }, { name: 'Français', link: '/fr/', lang: 'fr' }]);
    assert.deepEqual(model.site.alternate.map((entry) => entry.link), ['/', '/fr/'], "the site's own (the not-found page's) is the languages' homes");
  });
});
