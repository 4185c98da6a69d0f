/**
 * What each language of a multilingual site (mkdocs-static-i18n) draws differently: the plugin
 * builds every language with its own config, so each has its own site name, description,
 * copyright, site_url, site_author, extra (the language's overrides, src/site/i18n-config.ts),
 * its theme language (`reconfigure_material` sets it to the locale; a language's
 * `theme: {language}` wins) and thus its UI labels and `<html lang>`, its palette, logo, favicon
 * and features when its `theme:` gives them, and its nav. Material's language switcher
 * (`extra.alternate`) is made from the built languages unless mkdocs.yml writes its own, and on
 * each page its links go to the same page in the other languages (`reconfigure_page_context`).
 *
 * The model keeps the site-wide part once and each language's part beside it
 * (`SiteInfo.languages`); a page names its language and its switcher links
 * (`PageModel.language`, `.alternate`), and `siteOf` (src/site/model.ts) lays them over the site.
 */
import type { AlternateLanguage, MkdocsConfig } from '../config/index.ts';
import type { IconIndex } from '../markdown/index.ts';
import type { NavResult } from '../nav/index.ts';
import type { DiscoveredPage } from './discover.ts';
import type { I18nIndex } from './i18n-files.ts';
import { builtLanguages, type I18nLanguage, type I18nOptions } from './i18n-options.ts';
import { siteLabels } from './labels.ts';
import type { SiteMessage } from './messages.ts';
import type { LanguageSite } from './model.ts';
import { isRecord } from './plugin-values.ts';
import { languageConfig } from './i18n-config.ts';
import { customDirIcon } from './admonition-icons.ts';
import { siteInfo } from './site-info.ts';

/**
 * The switcher Material draws, as the plugin writes it into `extra.alternate` when mkdocs.yml has
 * none and more than one language is built: each built language's `fixed_link`, else its
 * `link` under site_url's path (with `index.html` without use_directory_urls), and the `null`
 * locale's entry at its `fixed_link` (the plugin's "special item", never built). Undefined: the
 * site's own `extra.alternate` stays (or there is no switcher).
 *
 * @example switcherOf(options, config) // [{ name: 'English', link: '/', lang: 'en' }, { name: 'Français', link: '/fr/', lang: 'fr' }]
 */
export function switcherOf(options: I18nOptions, config: Pick<MkdocsConfig, 'extra' | 'site_url' | 'use_directory_urls'>): AlternateLanguage[] | undefined {
  const built = builtLanguages(options);
  if (!options.reconfigureMaterial || built.length < 2) return undefined;
  if (isRecord(config.extra) && config.extra['alternate'] !== undefined) return undefined;
  const base = sitePath(config.site_url).replace(/\/+$/, '');
  const suffix = config.use_directory_urls ? '' : 'index.html';
  const listed = options.languages.filter((language) => language.build || (language.locale === 'null' && language.fixedLink !== undefined));
  return listed.map((language) => ({ name: language.name, link: language.fixedLink ?? `${base}${language.link}${suffix}`, lang: language.locale }));
}

/** The path of site_url (`https://x.org/docs/` → `/docs/`), `` without one. */
function sitePath(siteUrl: string | undefined): string {
  if (siteUrl === undefined) return '';
  try {
    return new URL(siteUrl).pathname;
  } catch {
    return '';
  }
}

/**
 * A page's switcher: each entry whose language has this page links to it (its site-relative
 * URL); the others keep their link. A language's home keeps them all, as the plugin does.
 * Undefined when the page's switcher is the site's (no plugin switcher, or a home page).
 */
export function pageSwitcher(page: Pick<DiscoveredPage, 'src' | 'url' | 'language'>, switcher: readonly AlternateLanguage[], index: I18nIndex, urlOf: (src: string) => string | undefined, defaultLocale: string): AlternateLanguage[] | undefined {
  const home = page.language === defaultLocale ? '' : `${page.language ?? ''}/`;
  if (page.url === home || switcher.length === 0) return undefined;
  const variants = index.variants[page.src] ?? {};
  return switcher.map((entry) => {
    const other = entry.lang === undefined ? undefined : variants[entry.lang];
    const url = other === undefined ? undefined : urlOf(other);
    return url === undefined ? entry : { ...entry, link: url === '' ? './' : url };
  });
}

export interface LanguageSitesInput {
  readonly options: I18nOptions;
  /** mkdocs.yml, with the plugin's switcher in `extra.alternate` when it makes one. */
  readonly config: MkdocsConfig;
  readonly navs: ReadonlyMap<string, NavResult>;
  readonly icons: IconIndex;
  readonly customDir: string | undefined;
  /** Where the plugin is listed in mkdocs.yml: its overrides' problems are said there. */
  readonly place?: Pick<SiteMessage, 'file' | 'line' | 'column'> | undefined;
}

/**
 * Each built language's part of the model and its config (src/site/i18n-config.ts: what custom_dir
 * templates see), by locale, and what its labels and overrides could not do (the default
 * language's labels are the site's: the model stage reports their problems). A language's icons
 * are those its palette and social links name; the model stage lays them over the site's.
 */
export function languageSites(input: LanguageSitesInput): { sites: Record<string, LanguageSite>; configs: Record<string, MkdocsConfig>; messages: SiteMessage[] } {
  const { options, config } = input;
  const sites: Record<string, LanguageSite> = {};
  const configs: Record<string, MkdocsConfig> = {};
  const messages: SiteMessage[] = [];
  for (const language of builtLanguages(options)) {
    const labels = siteLabels(themeLanguage(language, options, config.theme.language), input.customDir);
    if (language.locale !== options.defaultLocale) messages.push(...labels.messages.map((message) => ({ ...message, message: `i18n (${language.locale}): ${message.message}` })));
    const overridden = languageConfig(language, config);
    messages.push(...overridden.problems.map((message) => ({ severity: 'warning' as const, message, ...(input.place ?? { file: config.config_file_path }) })));
    // The plugin's reconfigure_material sets theme.language to the locale before the language's own theme applies.
    const own: MkdocsConfig = { ...overridden.config, theme: { ...overridden.config.theme, language: themeLanguage(language, options, config.theme.language) } };
    configs[language.locale] = own;
    const nav = input.navs.get(language.locale)?.items ?? [];
    const info = siteInfo(own, nav, [], input.icons, labels.table, (name) => customDirIcon(input.customDir, name));
    // The language's homepage, which the logo links (the plugin makes it the language's nav.homepage).
    const home = language.locale === options.defaultLocale ? undefined : `${language.locale}/${config.use_directory_urls ? '' : 'index.html'}`;
    const { name, url, description, author, copyright, direction, nav: items, navPruning, palette, features, favicon, logo, social, extra, icons } = info;
    sites[language.locale] = { name, url, description, author, copyright, language: info.language, direction, labels: info.labels, nav: items, navPruning, palette, features, favicon, logo, social, extra, icons, ...(home === undefined ? {} : { home }) };
  }
  return { sites, configs, messages };
}

/** The theme language a language's pages are drawn in. */
export function themeLanguage(language: I18nLanguage, options: Pick<I18nOptions, 'reconfigureMaterial'>, siteLanguage: string): string {
  const own = language.theme['language'];
  if (typeof own === 'string') return own;
  return options.reconfigureMaterial ? language.locale : siteLanguage;
}
