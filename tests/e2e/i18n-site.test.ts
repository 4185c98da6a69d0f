/**
 * mkdocs-static-i18n end to end, through the CLI: tests/fixtures/i18n-suffix (`page.fr.md`
 * beside `page.md`, mkdocs.yml's nav) and tests/fixtures/i18n-folder (`docs/en/`, `docs/fr/`,
 * generated navs), each three English pages of which two are translated. Every Markdown file is
 * exactly one page per language it belongs to, at the plugin's URLs; each page has its
 * language's `<html lang>`, labels, site name, nav and switcher; Pagefind indexes each language
 * apart.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { I18N_FOLDER_SITE, I18N_SUFFIX_SITE } from '../helpers/sites.ts';

/** Every HTML file of a built site but the not-found pages (one per language), site-relative. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && path.basename(file) !== '404.html').map((file) => file.split(path.sep).join('/')).sort();
}
const lang = (html: string) => /<html lang="([^"]*)"/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const switcher = (html: string) => [...html.matchAll(/<a href="([^"]*)" hreflang="([^"]*)" class="md-select__link">([^<]*)<\/a>/g)].map((m) => `${m[2] ?? ''} ${m[1] ?? ''} ${m[3] ?? ''}`);
/** The primary sidebar's links, as `title url`. */
function navLinks(html: string): string[] {
  const nav = html.slice(html.indexOf('md-sidebar--primary'), html.indexOf('md-sidebar--secondary'));
  return [...nav.matchAll(/<a href="([^"]*)" class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*([^<]*?)\s*</g)].map((m) => `${m[2] ?? ''} ${m[1] ?? ''}`);
}

for (const [name, build] of [['i18n-suffix', I18N_SUFFIX_SITE], ['i18n-folder', I18N_FOLDER_SITE]] as const) {
  describe(`building tests/fixtures/${name}`, () => {
    let site: BuiltSite;
    const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');
    before(async () => {
      site = await sharedSite(build);
    });

    test('should build without a warning: the plugin is supported', () => {
      assert.match(site.stdout, /built 6 pages, 0 warnings, 0 errors/);
      assert.doesNotMatch(site.stdout + site.stderr, /not supported/);
    });

    test('should make each Markdown file one page per language it belongs to: English at the root, French under fr/, the untranslated page in both', () => {
      assert.deepEqual(htmlFiles(site.dir), ['fr/guide/advanced/index.html', 'fr/guide/setup/index.html', 'fr/index.html', 'guide/advanced/index.html', 'guide/setup/index.html', 'index.html']);
      assert.match(read('fr/guide/setup/index.html'), /<h1 id="installation">Installation/);
      assert.match(read('guide/setup/index.html'), /<h1 id="setup">Setup/);
      assert.match(read('fr/guide/advanced/index.html'), /<h1 id="advanced-use">Advanced use/, "the English page, for French readers");
    });

    test('should write a not-found page per language, as the plugin\'s build of each does: fr/404.html in French, with the French nav, linking the French home', () => {
      const french = read('fr/404.html');
      assert.equal(lang(french), 'fr');
      assert.equal(title(french), name === 'i18n-suffix' ? 'Site Suffixe' : 'Site Dossier');
      assert.match(french, /<h1>404 - Page introuvable<\/h1><p>[^<]*<a href="\/fr\/">Revenir à l’accueil<\/a>/);
      assert.ok(navLinks(french).length > 0);
      assert.deepEqual(navLinks(french), navLinks(read('fr/index.html')));
      assert.equal(lang(read('404.html')), 'en', 'the site\'s own stays the default language\'s');
    });

    test("should draw each page in its language: <html lang>, the theme's labels, the language's site name", () => {
      for (const file of ['index.html', 'guide/setup/index.html', 'guide/advanced/index.html']) assert.equal(lang(read(file)), 'en', file);
      for (const file of ['fr/index.html', 'fr/guide/setup/index.html', 'fr/guide/advanced/index.html']) assert.equal(lang(read(file)), 'fr', file);
      const french = read('fr/guide/setup/index.html');
      assert.match(french, /<span class="md-footer__direction">Précédent<\/span>/);
      assert.match(french, /<label class="md-header__button md-icon" for="__search" title="Rechercher/);
      assert.match(title(french) ?? '', / - Site (Suffixe|Dossier)$/);
      assert.match(read('guide/setup/index.html'), /<span class="md-footer__direction">Previous<\/span>/);
      assert.match(read('fr/index.html'), /<a href="\/fr\/" title="Site (Suffixe|Dossier)" class="md-header__button md-logo"/, "the logo links the language's home");
    });

    test("should link each page's switcher entries to the same page in each language", () => {
      assert.deepEqual(switcher(read('fr/guide/advanced/index.html')), ['en /guide/advanced/ English', 'fr /fr/guide/advanced/ Français']);
      assert.deepEqual(switcher(read('guide/setup/index.html')), ['en /guide/setup/ English', 'fr /fr/guide/setup/ Français']);
      assert.deepEqual(switcher(read('fr/index.html')), ['en / English', 'fr /fr/ Français']);
    });

    test("should write each language's logo where the plugin does, and show each page its language's", () => {
      assert.match(read('logo.svg'), /<title>EN<\/title>/);
      assert.match(read('fr/logo.svg'), /<title>FR<\/title>/);
      assert.deepEqual(readdirSync(site.dir).filter((file) => file.includes('logo')), ['logo.svg'], 'no logo.fr.svg nor en/ folder');
      assert.match(read('index.html'), /<img src="logo\.svg" alt="Logo">/);
      assert.match(read('fr/index.html'), /<img src="logo\.svg" alt="Logo">/);
    });

    test("should resolve links into the linking page's language, the untranslated page's too", () => {
      assert.match(read('fr/index.html'), /<a href="guide\/setup\/">installation<\/a>/);
      assert.match(read('fr/guide/advanced/index.html'), /<a href="\.\.\/setup\/#setup">setup<\/a>/);
      assert.match(read('guide/advanced/index.html'), /<a href="\.\.\/setup\/#setup">setup<\/a>/);
    });

    test("should list each page's versions in every language in the sitemap", () => {
      const sitemap = read('sitemap.xml');
      assert.match(sitemap, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
      assert.equal(sitemap.match(/<loc>/g)?.length, 6);
      assert.match(sitemap, /<loc>\/fr\/guide\/advanced\/<\/loc>\n\s+<xhtml:link rel="alternate" hreflang="en" href="\/guide\/advanced\/"\/>\n\s+<xhtml:link rel="alternate" hreflang="fr" href="\/fr\/guide\/advanced\/"\/>/);
    });

    test('should index each language apart in Pagefind, as <html lang> says', () => {
      const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
      assert.deepEqual(Object.fromEntries(Object.entries(entry.languages).map(([code, language]) => [code, language.page_count])), { en: 3, fr: 3 });
      assert.match(read('fr/index.html'), /data-md-language="fr"/);
    });
  });
}

describe("each language's nav", () => {
  test("should swap mkdocs.yml's nav for French pages and translate its section (suffix)", async () => {
    const site = await sharedSite(I18N_SUFFIX_SITE);
    const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');
    assert.deepEqual(navLinks(read('fr/guide/setup/index.html')), ['Bienvenue /fr/', 'Installation /fr/guide/setup/', 'Advanced use /fr/guide/advanced/']);
    assert.match(read('fr/guide/setup/index.html'), /<label class="md-nav__link" for="__nav_2" id="__nav_2_label"><span class="md-ellipsis">Le guide<\/span>/);
    assert.match(read('guide/setup/index.html'), /<label class="md-nav__link" for="__nav_2" id="__nav_2_label"><span class="md-ellipsis">Guide<\/span>/);
    assert.deepEqual(navLinks(read('guide/setup/index.html')), ['Welcome /', 'Setup /guide/setup/', 'Advanced use /guide/advanced/']);
  });

  test("should generate each language's nav from its own pages, without a section for the language folder (folder)", async () => {
    const site = await sharedSite(I18N_FOLDER_SITE);
    const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');
    assert.deepEqual(navLinks(read('fr/index.html')), ['Bienvenue /fr/', 'Advanced use /fr/guide/advanced/', 'Installation /fr/guide/setup/']);
    assert.deepEqual(navLinks(read('index.html')), ['Welcome /', 'Advanced use /guide/advanced/', 'Setup /guide/setup/']);
  });
});
