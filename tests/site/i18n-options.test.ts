/**
 * mkdocs-static-i18n's options (src/site/i18n-options.ts): its config.py defaults and checks, a
 * problem for each value its schema refuses (the language left out, or the default kept), the
 * plugin off without a default language to build; sitePlugins places the problems at the
 * plugin's entry in mkdocs.yml.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtLanguages, i18nOptions, type I18nOptions } from '../../src/site/i18n-options.ts';
import { sitePlugins } from '../../src/site/plugins.ts';

const EN = { locale: 'en', default: true, name: 'English' };
const FR = { locale: 'fr', name: 'Français' };
const read = (raw: Record<string, unknown>) => i18nOptions([{ name: 'i18n', options: raw }]);
function options(raw: Record<string, unknown>): I18nOptions {
  const found = read(raw).options;
  assert.ok(found);
  return found;
}

describe('i18n plugin options', () => {
  test("should take the plugin's defaults: suffix structure, fallback and both reconfigurations on", () => {
    const found = options({ languages: [EN, FR] });
    assert.equal(found.structure, 'suffix');
    assert.equal(found.fallbackToDefault, true);
    assert.equal(found.reconfigureMaterial, true);
    assert.equal(found.reconfigureSearch, true);
    assert.equal(found.defaultLocale, 'en');
    assert.deepEqual(read({ languages: [EN, FR] }).problems, []);
  });

  test("should link the default language at / and another at /<locale>/, unless 'link' says otherwise", () => {
    const found = options({ languages: [EN, FR, { locale: 'de', name: 'Deutsch', link: '/deutsch/' }] });
    assert.deepEqual(found.languages.map((language) => language.link), ['/', '/fr/', '/deutsch/']);
  });

  test('should read the per-language overrides: site_name, nav, nav_translations, theme', () => {
    const found = options({ docs_structure: 'folder', languages: [EN, { ...FR, site_name: 'Mon site', nav: ['index.md', { Guide: ['guide.md'] }], nav_translations: { Guide: 'Le guide' }, theme: { language: 'fr' } }] });
    const french = found.languages[1];
    assert.equal(found.structure, 'folder');
    assert.equal(french?.siteName, 'Mon site');
    assert.deepEqual(french?.nav, ['index.md', { Guide: ['guide.md'] }]);
    assert.deepEqual(french?.navTranslations, { Guide: 'Le guide' });
    assert.deepEqual(french?.theme, { language: 'fr' });
  });

  test('should leave out a language whose locale or name the plugin refuses, and say why', () => {
    const found = read({ languages: [EN, { locale: 'French', name: 'Français' }, { locale: 'de' }] });
    assert.deepEqual(found.options?.languages.map((language) => language.locale), ['en']);
    assert.deepEqual(found.problems, [
      "i18n: languages[1]: locale \"French\" is not a language code (expected forms: 'en', 'en-US' or 'en_US'); left out",
      "i18n: languages[2] (de): 'name' (the switcher's label) is required; left out",
    ]);
  });

  test('should accept locales with a region or script, as the plugin does', () => {
    const found = options({ languages: [EN, { locale: 'pt-BR', name: 'Português' }, { locale: 'zh_TW', name: '繁體' }, { locale: 'zh-Hant-TW', name: '繁體' }] });
    assert.deepEqual(found.languages.map((language) => language.locale), ['en', 'pt-BR', 'zh_TW', 'zh-Hant-TW']);
  });

  test('should keep the default link, with a problem, for a link that is not an absolute folder path', () => {
    const found = read({ languages: [EN, { ...FR, link: 'fr' }] });
    assert.equal(found.options?.languages[1]?.link, '/fr/');
    assert.match(found.problems[0] ?? '', /link 'fr' should be an absolute link starting with a leading \/ and ending with a \//);
  });

  test('should keep the defaults, with a problem, for a refused docs_structure or flag', () => {
    const found = read({ docs_structure: 'folders', fallback_to_default: 'no', languages: [EN] });
    assert.equal(found.options?.structure, 'suffix');
    assert.equal(found.options?.fallbackToDefault, true);
    assert.deepEqual(found.problems, ["i18n: docs_structure must be 'suffix' or 'folder', not \"folders\"; 'suffix' is used", "i18n: 'fallback_to_default' must be true or false, not \"no\"; true is used"]);
  });

  test('should turn the plugin off without a default language to build', () => {
    for (const languages of [[FR], [{ ...EN, build: false }, FR]]) {
      const found = read({ languages });
      assert.equal(found.options, undefined);
      assert.match(found.problems.at(-1) ?? '', /no default language to build .*; the plugin is off/);
    }
  });

  test("should never build the 'null' locale, which only adds a switcher entry, and ask for its fixed_link", () => {
    const found = read({ languages: [EN, { locale: 'null', name: 'Help translate' }] });
    assert.equal(found.options?.languages[1]?.build, false);
    assert.deepEqual(found.options && builtLanguages(found.options).map((language) => language.locale), ['en']);
    assert.deepEqual(found.problems, ['i18n: languages[1] (null): fixed_link should be set to a valid URL']);
    // YAML's `locale: null` is the same special entry.
    assert.equal(read({ languages: [EN, { locale: null, name: 'Help', fixed_link: 'https://x.org/' }] }).options?.languages[1]?.locale, 'null');
  });

  test('should build only build_only_locale, made the default, as the plugin does', () => {
    const found = options({ build_only_locale: 'fr', languages: [EN, FR] });
    assert.equal(found.defaultLocale, 'fr');
    assert.deepEqual(builtLanguages(found).map((language) => language.locale), ['fr']);
  });

  test('should name unknown options without refusing the rest', () => {
    assert.deepEqual(read({ languages: [{ ...EN, site_title: 'x' }], default_language: 'en' }).problems, ["i18n: unknown option 'default_language' ignored", "i18n: languages[0] (en): unknown option 'site_title' ignored"]);
  });

  test('should read the per-language overrides of site_url, site_author, extra and admonition_translations, and say which theme options are not applied', () => {
    const found = read({ languages: [EN, { ...FR, site_url: 'https://fr.x.org/', site_author: 'Anne', extra: { consent: { title: 'Cookies' } }, admonition_translations: { note: 'Remarque', tip: 3 }, theme: { language: 'fr', logo: 'fr.png', font: false } }] });
    assert.deepEqual(found.problems, ["i18n: languages[1] (fr): 'theme.font' is not supported yet (only language, palette, logo, favicon, features are); ignored"]);
    const french = found.options?.languages[1];
    assert.equal(french?.siteUrl, 'https://fr.x.org/');
    assert.equal(french?.siteAuthor, 'Anne');
    assert.deepEqual(french?.extra, { consent: { title: 'Cookies' } });
    assert.deepEqual(french?.admonitionTranslations, { note: 'Remarque' }, 'titles are text');
  });

  test('should refuse an extra or admonition_translations that is not a mapping', () => {
    assert.deepEqual(read({ languages: [EN, { ...FR, extra: ['a'], admonition_translations: 'Remarque' }] }).problems, [
      "i18n: languages[1] (fr): 'extra' must be a mapping like mkdocs.yml's extra; ignored",
      "i18n: languages[1] (fr): 'admonition_translations' must be a mapping of admonition types to titles; ignored",
    ]);
  });

  test("should warn, as the plugin does, that navigation.instant keeps the first page's switcher", () => {
    const warned = i18nOptions([{ name: 'i18n', options: { languages: [EN, FR] } }], ['navigation.instant']).problems;
    assert.match(warned[0] ?? '', /not compatible with theme\.features navigation\.instant/);
    assert.deepEqual(i18nOptions([{ name: 'i18n', options: { reconfigure_material: false, languages: [EN, FR] } }], ['navigation.instant']).problems, []);
  });

  test('should be off when not listed, or with enabled: false', () => {
    assert.equal(i18nOptions([]).options, undefined);
    assert.equal(read({ enabled: false, languages: [EN] }).options, undefined);
  });

  test("should say that Material's blog is not localized", () => {
    const plugins = sitePlugins({ plugins: [{ name: 'blog', options: {} }, { name: 'i18n', options: { languages: [EN, FR] } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' });
    assert.deepEqual(plugins.messages.map((message) => message.message), ["i18n: Material's blog is not localized yet: its posts are built once, in the default language, at their own URLs"]);
  });

  test("should place its problems at the plugin's entry in mkdocs.yml", () => {
    const place = (name: string) => (name === 'i18n' ? { file: '/p/mkdocs.yml', line: 9, column: 5 } : undefined);
    const plugins = sitePlugins({ plugins: [{ name: 'i18n', options: { languages: [EN, { locale: 'FR', name: 'Français' }] } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }, false, place);
    assert.equal(plugins.i18n?.defaultLocale, 'en');
    assert.deepEqual(plugins.messages, [{ severity: 'warning', message: "i18n: languages[1]: locale \"FR\" is not a language code (expected forms: 'en', 'en-US' or 'en_US'); left out", file: '/p/mkdocs.yml', line: 9, column: 5 }]);
  });
});
