/**
 * mkdocs-static-i18n's files (src/site/i18n-files.ts): which language each page belongs to in
 * the suffix and folder structures, the URLs (default language at the root, the others under
 * `<locale>/`), the default language's copies where a translation is missing, and the index
 * links and the switcher read. Nothing is lost: each Markdown file is a page of exactly the
 * languages it belongs to, or is named in a message.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { discoveredPage } from '../../src/site/discover.ts';
import { assignAssets, assignLanguages, localizedByFolder, localizedBySuffix, translationSrc } from '../../src/site/i18n-files.ts';
import { i18nOptions, type I18nOptions } from '../../src/site/i18n-options.ts';

function optionsOf(raw: Record<string, unknown> = {}): I18nOptions {
  const found = i18nOptions([{ name: 'i18n', options: { languages: [{ locale: 'en', default: true, name: 'English' }, { locale: 'fr', name: 'Français' }], ...raw } }]).options;
  assert.ok(found);
  return found;
}
const place = (srcs: readonly string[], raw: Record<string, unknown> = {}, useDirectoryUrls = true) => assignLanguages(srcs.map((src) => discoveredPage(src, useDirectoryUrls)), optionsOf(raw), useDirectoryUrls);
const table = (placed: ReturnType<typeof place>) => placed.pages.map((page) => [page.language, page.src, page.url, page.dest, page.file ?? null]);

describe('i18n: a file name read by the suffix structure', () => {
  test('should take a configured or well-formed locale before the extension out of the name', () => {
    assert.deepEqual(localizedBySuffix('guide/setup.fr.md', ['en', 'fr'], 'en'), { logical: 'guide/setup.md', locale: 'fr', marked: true });
    assert.deepEqual(localizedBySuffix('index.pt-BR.md', ['en'], 'en'), { logical: 'index.md', locale: 'pt-BR', marked: true });
    assert.deepEqual(localizedBySuffix('guide/setup.en.md', ['en', 'fr'], 'en'), { logical: 'guide/setup.md', locale: 'en', marked: true });
  });

  test('should leave a name without a locale suffix in the default language', () => {
    assert.deepEqual(localizedBySuffix('guide/setup.md', ['en', 'fr'], 'en'), { logical: 'guide/setup.md', locale: 'en', marked: false });
    assert.deepEqual(localizedBySuffix('v1.final.md', ['en', 'fr'], 'en'), { logical: 'v1.final.md', locale: 'en', marked: false });
    assert.deepEqual(localizedBySuffix('fr.md', ['en', 'fr'], 'en'), { logical: 'fr.md', locale: 'en', marked: false });
  });
});

describe('i18n: a path read by the folder structure', () => {
  test("should take a language's folder out of the path", () => {
    assert.deepEqual(localizedByFolder('fr/guide/setup.md', ['en', 'fr'], 'en'), { logical: 'guide/setup.md', locale: 'fr', marked: true });
    assert.deepEqual(localizedByFolder('en/index.md', ['en', 'fr'], 'en'), { logical: 'index.md', locale: 'en', marked: true });
  });

  test('should leave a file outside every language folder in the default language, where it is', () => {
    assert.deepEqual(localizedByFolder('about.md', ['en', 'fr'], 'en'), { logical: 'about.md', locale: 'en', marked: false });
    assert.deepEqual(localizedByFolder('french/a.md', ['en', 'fr'], 'en'), { logical: 'french/a.md', locale: 'en', marked: false });
  });

  test("should name a fallback copy after the translation it stands for", () => {
    assert.equal(translationSrc('guide/setup.md', 'fr', 'suffix'), 'guide/setup.fr.md');
    assert.equal(translationSrc('guide/setup.md', 'fr', 'folder'), 'fr/guide/setup.md');
  });
});

describe('i18n: pages placed in their languages', () => {
  test('should build the default language at the root and the other under <locale>/, a missing translation copied from the default (suffix)', () => {
    const placed = place(['index.md', 'about.md', 'guide/setup.md', 'index.fr.md', 'guide/setup.fr.md']);
    assert.deepEqual(table(placed), [
      ['en', 'index.md', '', 'index.html', null],
      ['en', 'about.md', 'about/', 'about/index.html', null],
      ['en', 'guide/setup.md', 'guide/setup/', 'guide/setup/index.html', null],
      ['fr', 'index.fr.md', 'fr/', 'fr/index.html', null],
      ['fr', 'guide/setup.fr.md', 'fr/guide/setup/', 'fr/guide/setup/index.html', null],
      ['fr', 'about.fr.md', 'fr/about/', 'fr/about/index.html', 'about.md'],
    ]);
    assert.deepEqual(placed.messages, []);
  });

  test('should do the same with the folder structure', () => {
    const placed = place(['en/index.md', 'en/about.md', 'fr/index.md'], { docs_structure: 'folder' });
    assert.deepEqual(table(placed), [
      ['en', 'en/index.md', '', 'index.html', null],
      ['en', 'en/about.md', 'about/', 'about/index.html', null],
      ['fr', 'fr/index.md', 'fr/', 'fr/index.html', null],
      ['fr', 'fr/about.md', 'fr/about/', 'fr/about/index.html', 'en/about.md'],
    ]);
  });

  test('should give .html URLs without use_directory_urls', () => {
    const placed = place(['index.md', 'about.md', 'index.fr.md'], {}, false);
    assert.deepEqual(placed.pages.map((page) => page.url), ['index.html', 'about.html', 'fr/index.html', 'fr/about.html']);
  });

  test('should not copy a missing translation with fallback_to_default: false', () => {
    const placed = place(['index.md', 'about.md', 'index.fr.md'], { fallback_to_default: false });
    assert.deepEqual(placed.pages.map((page) => page.src), ['index.md', 'about.md', 'index.fr.md']);
  });

  test('should make every Markdown file exactly one page per language it belongs to', () => {
    // a.md has no translation: it is also the French a/ page; the others are one language's each.
    const languages = { 'index.md': ['en'], 'a.md': ['en', 'fr'], 'b.md': ['en'], 'index.fr.md': ['fr'], 'b.fr.md': ['fr'] };
    const placed = place(Object.keys(languages));
    for (const [src, expected] of Object.entries(languages)) assert.deepEqual(placed.pages.filter((page) => (page.file ?? page.src) === src).map((page) => page.language), expected, src);
    assert.equal(new Set(placed.pages.map((page) => page.src)).size, placed.pages.length, 'every page has a src of its own');
    assert.equal(new Set(placed.pages.map((page) => page.dest)).size, placed.pages.length, 'and an output of its own');
  });

  test('should say, not drop silently, which pages belong to no built language', () => {
    const placed = place(['index.md', 'index.de.md', 'index.fr.md'], { languages: [{ locale: 'en', default: true, name: 'English' }, { locale: 'fr', name: 'Français', build: false }] });
    assert.deepEqual(placed.pages.map((page) => page.src), ['index.md']);
    assert.deepEqual(placed.messages.map((message) => [message.file, message.message]), [
      ['index.de.md', "i18n: 'de' is not one of the i18n plugin's languages; this page is not built"],
      ['index.fr.md', "i18n: language 'fr' is not built (build: false); this page is not built"],
    ]);
  });

  test('should keep one of two files that are the same page of the default language, and say so', () => {
    const placed = place(['about.en.md', 'about.md', 'index.md']);
    assert.deepEqual(placed.pages.filter((page) => page.language === 'en').map((page) => page.src), ['about.en.md', 'index.md']);
    assert.equal(placed.messages.length, 1);
    assert.equal(placed.messages[0]?.file, 'about.md');
    assert.match(placed.messages[0]?.message ?? '', /'about\.en\.md' and 'about\.md' are both the en page 'about\.md'; choose either but not both/);
  });

  test("should leave pages another plugin placed (the blog's posts) in the default language at their URLs, never copied", () => {
    const post = { src: 'blog/posts/hello.md', url: 'blog/2024/01/02/hello/', dest: 'blog/2024/01/02/hello/index.html', isIndex: false };
    const placed = assignLanguages([discoveredPage('index.md', true), post, discoveredPage('index.fr.md', true)], optionsOf(), true, new Set([post.src]));
    assert.deepEqual(table(placed), [['en', 'index.md', '', 'index.html', null], ['en', post.src, post.url, post.dest, null], ['fr', 'index.fr.md', 'fr/', 'fr/index.html', null]]);
  });

  test('should tell links and the switcher where each page is in every language', () => {
    const { index } = place(['index.md', 'about.md', 'index.fr.md']);
    assert.deepEqual(index.languageOf, { 'index.md': 'en', 'about.md': 'en', 'index.fr.md': 'fr', 'about.fr.md': 'fr' });
    assert.deepEqual(index.variants['about.md'], { en: 'about.md', fr: 'about.fr.md' });
    assert.deepEqual(index.variants['about.fr.md'], { en: 'about.md', fr: 'about.fr.md' });
    assert.deepEqual(index.variants['index.fr.md'], { en: 'index.md', fr: 'index.fr.md' });
  });
});

describe("i18n: assets in their languages", () => {
  test("should write another language's asset under its folder and the default language's at the root (suffix)", () => {
    const assets = assignAssets(['logo.png', 'logo.fr.png', 'photo.en.jpg', 'font.woff2', 'logo.de.png'], optionsOf());
    assert.deepEqual([...assets.placed], [['logo.png', 'logo.png'], ['logo.fr.png', 'fr/logo.png'], ['photo.en.jpg', 'photo.jpg'], ['font.woff2', 'font.woff2'], ['logo.de.png', undefined]]);
  });

  test("should show each language its own version of an asset, else the default language's, under every name a link may give it", () => {
    const { index } = assignAssets(['logo.png', 'logo.fr.png', 'photo.en.jpg'], optionsOf());
    for (const name of ['logo.png', 'logo.fr.png', 'logo.en.png']) assert.deepEqual(index[name], { en: 'logo.png', fr: 'fr/logo.png' }, name);
    assert.deepEqual(index['photo.jpg'], { en: 'photo.jpg', fr: 'photo.jpg' });
  });

  test('should do the same with the folder structure, leaving assets outside the language folders where they are', () => {
    const { placed, index } = assignAssets(['en/logo.png', 'fr/logo.png', 'en/only.png', 'shared/font.woff2'], optionsOf({ docs_structure: 'folder' }));
    assert.deepEqual([...placed], [['en/logo.png', 'logo.png'], ['fr/logo.png', 'fr/logo.png'], ['en/only.png', 'only.png'], ['shared/font.woff2', 'shared/font.woff2']]);
    assert.deepEqual(index['fr/only.png'], { en: 'only.png', fr: 'only.png' }, "a French page's link to a missing French asset shows the English one");
    assert.deepEqual(index['en/logo.png'], { en: 'logo.png', fr: 'fr/logo.png' });
  });
});
