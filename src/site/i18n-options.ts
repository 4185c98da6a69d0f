/**
 * mkdocs-static-i18n 1.x (`i18n` in mkdocs.yml): its options as its config.py declares them, with
 * its defaults and checks. What the plugin does with them is split by stage: which language each
 * page belongs to and at which URL (src/site/i18n-files.ts, discover), each language's nav
 * (src/site/i18n-nav.ts, nav), each language's site name, labels and language switcher
 * (src/site/i18n-site.ts, model).
 *
 *   plugins:
 *     - i18n:
 *         docs_structure: suffix          # or folder
 *         languages:
 *           - {locale: en, default: true, name: English}
 *           - {locale: fr, name: Français, site_name: Mon site, nav_translations: {Guide: Guide FR}}
 *
 * A value the plugin's schema refuses is a problem: the language it is in is left out (a bad
 * `locale` or `name`), or the option keeps its default. Without a default language to build the
 * plugin stops MkDocs; here it is off, with a warning.
 */
import type { NavConfig } from '../config/index.ts';
import { isRecord } from './plugin-values.ts';

export const I18N_PLUGIN = 'i18n';

/** The plugin's locale check (config.py RE_LOCALE): `en`, `en-US`, `zh-Hant-TW`, `en_US`. */
const LOCALE = /(^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2}_[A-Z]{2}$)/;

export interface I18nLanguage {
  readonly locale: string;
  readonly name: string;
  readonly default: boolean;
  readonly build: boolean;
  /** The switcher's link to this language's home: `/` for the default language, else `/<locale>/`. */
  readonly link: string;
  /** A link used as it is, instead of `link` (an external site, or the `null` locale's entry). */
  readonly fixedLink: string | undefined;
  /** Overrides of mkdocs.yml values for this language's pages (src/site/i18n-config.ts applies them). */
  readonly siteName: string | undefined;
  readonly siteDescription: string | undefined;
  readonly copyright: string | undefined;
  readonly siteUrl: string | undefined;
  readonly siteAuthor: string | undefined;
  /** Replaces mkdocs.yml's `extra` as a whole, as the plugin's `config.load_dict` does. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;
  /** Titles given to untitled admonitions (and details) of this language's pages, by type: `{note: Remarque}`. */
  readonly admonitionTranslations: Readonly<Record<string, string>>;
  /** This language's own `nav:` (its entries localized like the main nav's). */
  readonly nav: NavConfig | undefined;
  /** Nav titles (sections, titled entries) replaced in this language: `{Guide: Guide FR}`. */
  readonly navTranslations: Readonly<Record<string, string>>;
  /** `theme:` overrides (THEME_KEYS); `language` decides the UI labels, the rest is laid over mkdocs.yml's theme. */
  readonly theme: Readonly<Record<string, unknown>>;
}

export interface I18nOptions {
  readonly structure: 'suffix' | 'folder';
  readonly fallbackToDefault: boolean;
  readonly reconfigureMaterial: boolean;
  readonly reconfigureSearch: boolean;
  /** Every language, in the order written (the switcher's order). */
  readonly languages: readonly I18nLanguage[];
  /** The language built at the site's root. */
  readonly defaultLocale: string;
}

const KNOWN = new Set(['enabled', 'build_only_locale', 'docs_structure', 'fallback_to_default', 'reconfigure_material', 'reconfigure_search', 'languages']);
const LANGUAGE_KEYS = new Set(['locale', 'name', 'default', 'build', 'link', 'fixed_link', 'site_name', 'site_description', 'site_author', 'site_url', 'copyright', 'extra', 'nav', 'nav_translations', 'theme', 'admonition_translations']);
const STRING_KEYS = ['link', 'fixed_link', 'site_name', 'site_description', 'site_author', 'site_url', 'copyright'] as const;
/**
 * The `theme:` overrides applied: those a page draws with (the labels' language, palette, logo,
 * favicon, features). Others (font, icons…) shape files every language shares; a problem says so.
 */
export const THEME_KEYS = new Set(['language', 'palette', 'logo', 'favicon', 'features']);

type PluginSpec = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/**
 * The plugin's options when it is listed and enabled, and the problems met reading them.
 *
 * @example i18nOptions([{ name: 'i18n', options: { languages: [{ locale: 'en', default: true, name: 'English' }] } }]).options?.defaultLocale // 'en'
 */
export function i18nOptions(plugins: readonly PluginSpec[], features: readonly string[] = []): { options: I18nOptions | undefined; problems: string[] } {
  const plugin = plugins.find((entry) => entry.name === I18N_PLUGIN);
  if (!plugin || plugin.options['enabled'] === false) return { options: undefined, problems: [] };
  const raw = plugin.options;
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) problems.push(`i18n: unknown option '${key}' ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`i18n: '${key}' must be true or false, not ${JSON.stringify(value)}; ${String(fallback)} is used`);
    return fallback;
  };
  const structureValue = raw['docs_structure'] ?? 'suffix';
  const structure = structureValue === 'folder' || structureValue === 'suffix' ? structureValue : undefined;
  if (structure === undefined) problems.push(`i18n: docs_structure must be 'suffix' or 'folder', not ${JSON.stringify(structureValue)}; 'suffix' is used`);
  const list = Array.isArray(raw['languages']) ? raw['languages'] : [];
  if (!Array.isArray(raw['languages'])) problems.push("i18n: 'languages' must be a list of languages ({locale: en, name: English, default: true})");
  let languages = list.flatMap((entry, index) => languageOf(entry, index, problems));
  const only = raw['build_only_locale'];
  if (typeof only === 'string') {
    // As the plugin does: the one locale built becomes the default, the others are not built.
    if (languages.some((language) => language.locale === only)) languages = languages.map((language) => ({ ...language, default: language.locale === only, build: language.locale === only }));
    else problems.push(`i18n: build_only_locale '${only}' is not one of the languages; every language is built`);
  }
  const main = languages.find((language) => language.default && language.build);
  if (!main) {
    problems.push("i18n: no default language to build (one language needs 'default: true' and 'build: true'); the plugin is off");
    return { options: undefined, problems };
  }
  // As the plugin warns: instant loading swaps the content, not the header's switcher nor <html lang>.
  const reconfigureMaterial = flag('reconfigure_material', true);
  if (reconfigureMaterial && features.includes('navigation.instant')) problems.push('i18n: the language switcher\'s links to the same page are not compatible with theme.features navigation.instant (they stay those of the first page loaded)');
  const defaults = languages.filter((language) => language.default);
  if (defaults.length > 1) problems.push(`i18n: ${defaults.length} languages say 'default: true'; '${main.locale}' is the default`);
  return {
    options: {
      structure: structure ?? 'suffix',
      fallbackToDefault: flag('fallback_to_default', true),
      reconfigureMaterial,
      reconfigureSearch: flag('reconfigure_search', true),
      languages: languages.map((language) => (language === main || !language.default ? language : { ...language, default: false })),
      defaultLocale: main.locale,
    },
    problems,
  };
}

/** One `languages:` entry, or none when it cannot be used (its problem said). */
function languageOf(entry: unknown, index: number, problems: string[]): I18nLanguage[] {
  const at = `i18n: languages[${index}]`;
  if (!isRecord(entry)) {
    problems.push(`${at} must be a mapping ({locale: fr, name: Français}); left out`);
    return [];
  }
  // `locale: null` (YAML's null) is the plugin's special switcher entry, as `'null'` is.
  const locale = entry['locale'] === null ? 'null' : entry['locale'];
  if (typeof locale !== 'string' || (!LOCALE.test(locale) && locale.toLowerCase() !== 'null')) {
    problems.push(`${at}: locale ${JSON.stringify(locale)} is not a language code (expected forms: 'en', 'en-US' or 'en_US'); left out`);
    return [];
  }
  const name = entry['name'];
  if (typeof name !== 'string') {
    problems.push(`${at} (${locale}): 'name' (the switcher's label) is required; left out`);
    return [];
  }
  for (const key of Object.keys(entry)) if (!LANGUAGE_KEYS.has(key)) problems.push(`${at} (${locale}): unknown option '${key}' ignored`);
  const text: Partial<Record<(typeof STRING_KEYS)[number], string>> = {};
  for (const key of STRING_KEYS) {
    const value = entry[key];
    if (typeof value === 'string') text[key] = value;
    else if (value !== undefined && value !== null) problems.push(`${at} (${locale}): '${key}' must be text, not ${JSON.stringify(value)}; ignored`);
  }
  const bool = (key: string, fallback: boolean) => {
    const value = entry[key];
    if (typeof value === 'boolean') return value;
    if (value !== undefined && value !== null) problems.push(`${at} (${locale}): '${key}' must be true or false; ${String(fallback)} is used`);
    return fallback;
  };
  const isDefault = bool('default', false);
  let link = text.link ?? (isDefault ? '/' : `/${locale}/`);
  if (!link.startsWith('/') || !link.endsWith('/')) {
    problems.push(`${at} (${locale}): link '${link}' should be an absolute link starting with a leading / and ending with a / (like /${locale}/); ${isDefault ? '/' : `/${locale}/`} is used`);
    link = isDefault ? '/' : `/${locale}/`;
  }
  // The `null` locale only adds an entry to the switcher: it is never built and needs its own link.
  const isNull = locale.toLowerCase() === 'null';
  if (isNull && text.fixed_link === undefined) problems.push(`${at} (null): fixed_link should be set to a valid URL`);
  const nav = entry['nav'];
  if (nav !== undefined && nav !== null && !Array.isArray(nav)) problems.push(`${at} (${locale}): 'nav' must be a list like mkdocs.yml's nav; the main nav is used`);
  const translations = entry['nav_translations'];
  if (translations !== undefined && translations !== null && !isRecord(translations)) problems.push(`${at} (${locale}): 'nav_translations' must be a mapping of titles to titles; ignored`);
  const theme = entry['theme'];
  if (theme !== undefined && theme !== null && !isRecord(theme)) problems.push(`${at} (${locale}): 'theme' must be a mapping of theme options; ignored`);
  for (const key of isRecord(theme) ? Object.keys(theme) : []) if (!THEME_KEYS.has(key)) problems.push(`${at} (${locale}): 'theme.${key}' is not supported yet (only ${[...THEME_KEYS].join(', ')} are); ignored`);
  const extra = entry['extra'];
  if (extra !== undefined && extra !== null && !isRecord(extra)) problems.push(`${at} (${locale}): 'extra' must be a mapping like mkdocs.yml's extra; ignored`);
  const admonitions = entry['admonition_translations'];
  if (admonitions !== undefined && admonitions !== null && !isRecord(admonitions)) problems.push(`${at} (${locale}): 'admonition_translations' must be a mapping of admonition types to titles; ignored`);
  return [{
    locale,
    name,
    default: isDefault,
    build: isNull ? false : bool('build', true),
    link,
    fixedLink: text.fixed_link,
    siteName: text.site_name,
    siteDescription: text.site_description,
    copyright: text.copyright,
    siteUrl: text.site_url,
    siteAuthor: text.site_author,
    extra: isRecord(extra) ? extra : undefined,
    admonitionTranslations: isRecord(admonitions) ? stringValues(admonitions) : {},
    nav: Array.isArray(nav) ? navOf(nav) : undefined,
    navTranslations: isRecord(translations) ? stringValues(translations) : {},
    theme: isRecord(theme) ? theme : {},
  }];
}

/** The entries of a mapping whose values are text. */
function stringValues(record: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
}

/** A language's `nav:` as written: strings and one-key mappings (src/nav reports what it cannot find). */
function navOf(list: readonly unknown[]): NavConfig {
  return list.flatMap((item): NavConfig => {
    if (typeof item === 'string') return [item];
    if (!isRecord(item)) return [];
    return Object.entries(item).flatMap(([title, child]): NavConfig => (typeof child === 'string' ? [{ [title]: child }] : Array.isArray(child) ? [{ [title]: navOf(child) }] : []));
  });
}

/** The languages built, in the order written. */
export function builtLanguages(options: I18nOptions): I18nLanguage[] {
  return options.languages.filter((language) => language.build);
}
