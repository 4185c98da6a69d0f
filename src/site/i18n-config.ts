/**
 * The config a language's pages are drawn with (mkdocs-static-i18n's `apply_user_overrides`,
 * reconfigure.py): the plugin builds each language with mkdocs.yml's config and that language's
 * entries laid over it, so its site name, description, copyright, `site_url`, `site_author`,
 * `extra` and theme options are its own.
 *
 * - Top-level keys replace mkdocs.yml's value (`config.load_dict`): a language's `extra` is the
 *   whole `extra` of its pages (the plugin's language switcher, `extra.alternate`, stays: it is
 *   put back on each page, `reconfigure_page_context`).
 * - A `theme:` key applies only where mkdocs.yml's theme (with Material's defaults) has the key
 *   with the same type, as the plugin checks: a mapping is merged into it key by key, a list
 *   item by item (a mapping item merged into the item at its place, any other replacing it), a
 *   value replaces it. `palette: {primary: red}` over Material's default palette (a mapping)
 *   changes the primary colour only; a list of palettes renames the toggles one by one.
 *
 *   languageConfig({ ...fr, siteUrl: 'https://x.org/fr/', theme: { features: ['navigation.tabs'] } }, config)
 *   // -> { config: { ...config, site_url: 'https://x.org/fr/', theme: { ...theme, features: ['navigation.tabs', …rest of mkdocs.yml's] } }, problems: [] }
 */
import type { MkdocsConfig, PaletteEntry, ThemeConfig } from '../config/index.ts';
import type { I18nLanguage } from './i18n-options.ts';
import { isRecord } from './plugin-values.ts';

/** The language's config, and what of its `theme:` the plugin would not apply (said as problems). */
export function languageConfig(language: I18nLanguage, config: MkdocsConfig): { config: MkdocsConfig; problems: string[] } {
  const problems: string[] = [];
  const at = `i18n: languages (${language.locale}): theme`;
  const theme = language.theme;
  let own: ThemeConfig = config.theme;
  const mismatch = (key: string, expected: string) => problems.push(`${at}.${key} must be ${expected} like mkdocs.yml's theme.${key}, as the plugin requires; ignored`);
  if (theme['language'] !== undefined) {
    if (typeof theme['language'] === 'string') own = { ...own, language: theme['language'] };
    else mismatch('language', 'text');
  }
  for (const key of ['logo', 'favicon'] as const) {
    const value = theme[key];
    if (value === undefined) continue;
    // Material's defaults have a favicon, not a logo: a logo is overridden only where mkdocs.yml sets one.
    if (key === 'logo' && own.logo === undefined) problems.push(`${at}.logo is ignored: mkdocs.yml's theme has no logo to override (the plugin overrides only options mkdocs.yml sets)`);
    else if (typeof value === 'string') own = { ...own, [key]: value };
    else mismatch(key, 'text');
  }
  if (theme['features'] !== undefined) {
    const features = theme['features'];
    const names = Array.isArray(features) ? features.filter((feature): feature is string => typeof feature === 'string') : [];
    if (Array.isArray(features) && names.length === features.length) own = { ...own, features: itemByItem(own.features, names, (_, name) => name) };
    else mismatch('features', 'a list of features');
  }
  if (theme['palette'] !== undefined) {
    const palette = paletteOver(own, theme['palette']);
    if (palette) own = { ...own, palette };
    else mismatch('palette', own.paletteIsList ? 'a list of palettes' : 'one palette (a mapping)');
  }
  const extra = language.extra === undefined ? config.extra : { ...language.extra, ...(config.extra['alternate'] === undefined ? {} : { alternate: config.extra['alternate'] }) };
  return {
    config: {
      ...config,
      site_name: language.siteName ?? config.site_name,
      site_description: language.siteDescription ?? config.site_description,
      copyright: language.copyright ?? config.copyright,
      site_url: language.siteUrl ?? config.site_url,
      site_author: language.siteAuthor ?? config.site_author,
      extra,
      theme: own,
    },
    problems,
  };
}

/** The plugin's list override: each item at its place; those past the end of mkdocs.yml's list are added (the plugin stops there, an IndexError). */
function itemByItem<T, U>(base: readonly T[], over: readonly U[], merge: (old: T | undefined, item: U) => T): T[] {
  const merged = [...base];
  over.forEach((item, index) => {
    merged[index] = merge(base[index], item);
  });
  return merged;
}

/**
 * A language's palette laid over mkdocs.yml's (or Material's default mapping), or undefined when
 * their types differ (a list over a mapping or the reverse), which the plugin ignores.
 */
function paletteOver(theme: ThemeConfig, value: unknown): PaletteEntry[] | undefined {
  if (Array.isArray(value)) {
    if (!theme.paletteIsList) return undefined;
    return itemByItem(theme.palette, value, (old, item) => (isRecord(item) ? paletteEntry(mergeRecord(old ?? {}, item)) : old ?? {}));
  }
  if (!isRecord(value) || theme.paletteIsList) return undefined;
  return [paletteEntry(mergeRecord(theme.palette[0] ?? {}, value))];
}

/** A merged palette mapping as mkdocs.yml's are read (src/config/theme.ts): its known keys typed, text or left out. */
function paletteEntry(entry: Readonly<Record<string, unknown>>): PaletteEntry {
  const text = (from: Readonly<Record<string, unknown>>, key: string) => (typeof from[key] === 'string' ? from[key] : undefined);
  const toggle = entry['toggle'];
  return {
    ...entry,
    media: text(entry, 'media'),
    scheme: text(entry, 'scheme'),
    primary: text(entry, 'primary'),
    accent: text(entry, 'accent'),
    toggle: isRecord(toggle) ? { icon: text(toggle, 'icon'), name: text(toggle, 'name') } : undefined,
  };
}

/** The plugin's `dict_recursive_update`: a non-empty mapping merged key by key, anything else replacing. */
function mergeRecord(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = base[key];
    merged[key] = isRecord(value) && Object.keys(value).length > 0 ? mergeRecord(isRecord(old) ? old : {}, value) : value;
  }
  return merged;
}
