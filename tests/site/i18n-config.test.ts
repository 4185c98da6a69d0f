/**
 * A language's config under mkdocs-static-i18n (src/site/i18n-config.ts): its overrides laid over
 * mkdocs.yml's as the plugin's apply_user_overrides does.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig, type MkdocsConfig } from '../../src/config/index.ts';
import { languageConfig } from '../../src/site/i18n-config.ts';
import { i18nOptions } from '../../src/site/i18n-options.ts';

const EN = { locale: 'en', default: true, name: 'English' };

/** mkdocs.yml's config, and the language `fr` as the plugin's options read it. */
function setup(yaml: string, french: Record<string, unknown>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'i18n-config-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'mkdocs.yml'), `site_name: Site\n${yaml}`);
  const config: MkdocsConfig = loadConfig(path.join(dir, 'mkdocs.yml'), { env: {} }).config;
  const language = i18nOptions([{ name: 'i18n', options: { languages: [EN, { locale: 'fr', name: 'Français', ...french }] } }]).options?.languages[1];
  assert.ok(language);
  return languageConfig(language, config);
}

describe('languageConfig', () => {
  test('should replace site_name, site_url, site_author, copyright and the whole extra, keeping the switcher', () => {
    const { config, problems } = setup('site_url: https://x.org/\nsite_author: Ann\nextra:\n  social: [{icon: x, link: y}]\n  alternate: [{name: English, link: /, lang: en}]\ntheme: material\n', { site_name: 'Le site', site_url: 'https://x.org/fr/', site_author: 'Anne', copyright: '© fr', extra: { consent: { title: 'Cookies' } } });
    assert.deepEqual([config.site_name, config.site_url, config.site_author, config.copyright], ['Le site', 'https://x.org/fr/', 'Anne', '© fr']);
    assert.deepEqual(config.extra, { consent: { title: 'Cookies' }, alternate: [{ name: 'English', link: '/', lang: 'en' }] }, 'social is gone: extra is replaced, not merged');
    assert.deepEqual(problems, []);
  });

  test('should keep what the language does not override', () => {
    const { config } = setup('site_url: https://x.org/\nextra: {a: 1}\ntheme: {name: material, favicon: f.png}\n', {});
    assert.deepEqual([config.site_url, config.extra, config.theme.favicon], ['https://x.org/', { a: 1 }, 'f.png']);
  });

  test('should set theme language, favicon and logo, a logo only where mkdocs.yml has one, as the plugin overrides only options it has', () => {
    const withLogo = setup('theme: {name: material, logo: en.png}\n', { theme: { language: 'fr', favicon: 'fr.ico', logo: 'fr.png' } });
    assert.deepEqual([withLogo.config.theme.language, withLogo.config.theme.favicon, withLogo.config.theme.logo], ['fr', 'fr.ico', 'fr.png']);
    const without = setup('theme: material\n', { theme: { logo: 'fr.png' } });
    assert.equal(without.config.theme.logo, undefined);
    assert.deepEqual(without.problems, ["i18n: languages (fr): theme.logo is ignored: mkdocs.yml's theme has no logo to override (the plugin overrides only options mkdocs.yml sets)"]);
  });

  test('should replace features one by one at their places, as the plugin replaces list items', () => {
    const { config } = setup('theme:\n  name: material\n  features: [navigation.tabs, navigation.top, toc.follow]\n', { theme: { features: ['navigation.sections'] } });
    assert.deepEqual(config.theme.features, ['navigation.sections', 'navigation.top', 'toc.follow']);
    const longer = setup('theme:\n  name: material\n  features: [navigation.tabs]\n', { theme: { features: ['navigation.tabs', 'navigation.top'] } });
    assert.deepEqual(longer.config.theme.features, ['navigation.tabs', 'navigation.top']);
  });

  test('should merge a palette mapping into Material\'s default mapping, and a list item by item into mkdocs.yml\'s list', () => {
    const one = setup('theme: material\n', { theme: { palette: { primary: 'red' } } });
    assert.equal(one.config.theme.palette[0]?.primary, 'red');
    const list = setup('theme:\n  name: material\n  palette:\n    - {scheme: default, primary: teal, toggle: {icon: material/weather-night, name: Dark}}\n    - {scheme: slate, toggle: {icon: material/weather-sunny, name: Light}}\n', { theme: { palette: [{ toggle: { name: 'Sombre' } }, { toggle: { name: 'Clair' } }] } });
    assert.deepEqual(list.config.theme.palette.map((entry) => [entry.scheme, entry.primary, entry.toggle?.icon, entry.toggle?.name]), [['default', 'teal', 'material/weather-night', 'Sombre'], ['slate', undefined, 'material/weather-sunny', 'Clair']]);
  });

  test('should ignore, and say so, a palette or features of another type than mkdocs.yml\'s', () => {
    const { config, problems } = setup('theme: material\n', { theme: { palette: [{ primary: 'red' }], features: 'navigation.tabs', language: 3 } });
    assert.deepEqual(config.theme.palette, []);
    assert.deepEqual(problems, [
      "i18n: languages (fr): theme.language must be text like mkdocs.yml's theme.language, as the plugin requires; ignored",
      "i18n: languages (fr): theme.features must be a list of features like mkdocs.yml's theme.features, as the plugin requires; ignored",
      "i18n: languages (fr): theme.palette must be one palette (a mapping) like mkdocs.yml's theme.palette, as the plugin requires; ignored",
    ]);
  });
});
