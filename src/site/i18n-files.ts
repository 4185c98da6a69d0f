/**
 * mkdocs-static-i18n's files (suffix.py, folder.py, reconfigure.py `reconfigure_files`): which
 * built language each page of docs_dir belongs to, and at which URL. The plugin runs MkDocs once
 * per language; here every language's pages are made at once, into the one page list the rest
 * of the pipeline reads, so each page is still rendered, titled and drawn once.
 *
 * A page's place in its language is its *logical path*, the file's path with the language taken
 * out: `guide/setup.fr.md` (suffix structure) and `fr/guide/setup.md` (folder structure) are both
 * `guide/setup.md` in French. The default language is built at the site's root, every other
 * under `<locale>/`: `guide/setup/` and `fr/guide/setup/`.
 *
 * With `fallback_to_default`, a language that has no translation of a logical path gets the
 * default language's page there. That copy is a page of its own (its links point into its
 * language, its nav is its language's), so it needs a `src` of its own: the path its translation
 * would have (`guide/setup.fr.md`, `fr/guide/setup.md`), which is also the folder its relative
 * links are resolved from; `file` names the file it is read from.
 *
 * Docs assets go the same way (`assignAssets`): each language's under its folder, the default
 * language's at the root, and a link to one shows the page's language's version.
 *
 *   assignLanguages([{ src: 'index.md' }, { src: 'index.fr.md' }, { src: 'about.md' }], options, true).pages
 *   // index.md → '' (en), about.md → 'about/' (en), index.fr.md → 'fr/' (fr), about.fr.md (from about.md) → 'fr/about/' (fr)
 */
import { discoveredPage, type DiscoveredPage } from './discover.ts';
import type { DiscoverMessage } from './discover.ts';
import { builtLanguages, type I18nOptions } from './i18n-options.ts';

/** The plugin's locale check, for suffixes of languages the config does not list (config.py RE_LOCALE). */
const LOCALE = /(^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2}_[A-Z]{2}$)/;

/** Where each page is in every language, for links and the language switcher (plain data: it goes to render threads). */
export interface I18nIndex {
  /** Each page's language, by its `src`. */
  readonly languageOf: Readonly<Record<string, string>>;
  /**
   * For each page `src` and each file of a translation (`about.md`, `about.fr.md`, `en/about.md`):
   * the `src` of the same logical page in each language that has it.
   */
  readonly variants: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * For each docs asset a link may name (`logo.png`, `logo.fr.png`, `en/logo.png`, `fr/logo.png`):
   * the site-relative file each language shows there, its own or the default language's.
   */
  readonly assets?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
}

export interface I18nFiles {
  /** Every language's pages: the default language's first, then each other language's, in walk order. */
  readonly pages: DiscoveredPage[];
  readonly index: I18nIndex;
  readonly messages: DiscoverMessage[];
}

/** A docs file read as the plugin reads its name or folder. */
interface Localized {
  readonly logical: string;
  /** The language the file is written in: its suffix's or folder's, else the default language. */
  readonly locale: string;
  /** The file names its language (a suffix, or a locale folder). */
  readonly marked: boolean;
}

/** `guide/setup.fr.md` → `guide/setup.md` in `fr` (suffix structure). */
export function localizedBySuffix(src: string, locales: readonly string[], defaultLocale: string): Localized {
  const slash = src.lastIndexOf('/');
  const name = src.slice(slash + 1);
  const parts = name.split('.');
  // name.<locale>.<ext>: the plugin reads the last suffix before the extension.
  if (parts.length >= 3) {
    const locale = parts.at(-2) ?? '';
    if (locales.includes(locale) || LOCALE.test(locale)) {
      const logical = `${src.slice(0, slash + 1)}${[...parts.slice(0, -2), parts.at(-1)].join('.')}`;
      return { logical, locale, marked: true };
    }
  }
  return { logical: src, locale: defaultLocale, marked: false };
}

/** `fr/guide/setup.md` → `guide/setup.md` in `fr` (folder structure); a file outside every locale folder is the default language's, where it is. */
export function localizedByFolder(src: string, locales: readonly string[], defaultLocale: string): Localized {
  const slash = src.indexOf('/');
  const folder = slash === -1 ? '' : src.slice(0, slash);
  if (locales.includes(folder)) return { logical: src.slice(slash + 1), locale: folder, marked: true };
  return { logical: src, locale: defaultLocale, marked: false };
}

/** Where a translation of `logical` into `locale` would be written: a fallback copy's `src`. */
export function translationSrc(logical: string, locale: string, structure: I18nOptions['structure']): string {
  if (structure === 'folder') return `${locale}/${logical}`;
  const slash = logical.lastIndexOf('/');
  const name = logical.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? `${logical}.${locale}` : `${logical.slice(0, slash + 1)}${name.slice(0, dot)}.${locale}${name.slice(dot)}`;
}

/**
 * Every page of `pages` (discover's, at MkDocs' own URLs) placed in its language, and the
 * default language's pages copied into the languages that lack them (`fallback_to_default`).
 * `kept`: pages another plugin placed (the blog's posts, at their own URLs), left in the default
 * language where they are, never copied (the plugin does not localize the blog either).
 */
export function assignLanguages(pages: readonly DiscoveredPage[], options: I18nOptions, useDirectoryUrls: boolean, kept: ReadonlySet<string> = new Set()): I18nFiles {
  const messages: DiscoverMessage[] = [];
  const locales = options.languages.map((language) => language.locale);
  const built = builtLanguages(options).map((language) => language.locale);
  const read = options.structure === 'folder' ? localizedByFolder : localizedBySuffix;
  // Each language's translations by logical path, in walk order; the default language's too.
  const byLanguage = new Map<string, Map<string, string>>(built.map((locale) => [locale, new Map()]));
  const logicalOf = new Map<string, string>();
  const keptPages: DiscoveredPage[] = [];
  for (const page of pages) {
    if (kept.has(page.src)) {
      keptPages.push({ ...page, language: options.defaultLocale });
      continue;
    }
    const found = read(page.src, locales, options.defaultLocale);
    const own = byLanguage.get(found.locale);
    if (!own) {
      const why = locales.includes(found.locale) ? `language '${found.locale}' is not built (build: false)` : `'${found.locale}' is not one of the i18n plugin's languages`;
      messages.push({ severity: 'info', message: `i18n: ${why}; this page is not built`, file: page.src });
      continue;
    }
    const taken = own.get(found.logical);
    if (taken !== undefined) {
      // The plugin stops here ("choose either ... but not both"); the marked file is kept.
      const [kept, dropped] = found.marked ? [page.src, taken] : [taken, page.src];
      messages.push({ severity: 'warning', message: `i18n: '${kept}' and '${dropped}' are both the ${found.locale} page '${found.logical}'; choose either but not both ('${dropped}' is not built)`, file: dropped });
      own.set(found.logical, kept);
    } else {
      own.set(found.logical, page.src);
    }
    logicalOf.set(page.src, found.logical);
  }

  const defaults = byLanguage.get(options.defaultLocale) ?? new Map<string, string>();
  const placed: DiscoveredPage[] = [];
  const languageOf: Record<string, string> = {};
  const variants = new Map<string, Record<string, string>>();
  const variantsOf = (logical: string): Record<string, string> => {
    let found = variants.get(logical);
    if (!found) variants.set(logical, (found = {}));
    return found;
  };
  for (const locale of built) {
    const own = byLanguage.get(locale) ?? new Map<string, string>();
    // The language's own pages in walk order, then (fallback) the default pages it lacks, in the default's order.
    const logicals = [...own.keys()];
    if (options.fallbackToDefault && locale !== options.defaultLocale) for (const logical of defaults.keys()) if (!own.has(logical)) logicals.push(logical);
    // Locales are ASCII letters, `-` and `_`: the prefix needs no quoting in a URL.
    const prefix = locale === options.defaultLocale ? '' : `${locale}/`;
    for (const logical of logicals) {
      const file = own.get(logical) ?? defaults.get(logical);
      if (file === undefined) continue;
      const src = own.has(logical) ? file : translationSrc(logical, locale, options.structure);
      const at = discoveredPage(logical, useDirectoryUrls);
      placed.push({ src, url: `${prefix}${at.url}`, dest: `${prefix}${at.dest}`, isIndex: at.isIndex, language: locale, ...(src === file ? {} : { file }) });
      languageOf[src] = locale;
      variantsOf(logical)[locale] = src;
    }
    if (locale === options.defaultLocale) {
      placed.push(...keptPages);
      for (const page of keptPages) languageOf[page.src] = locale;
    }
  }
  // Every page and every translation file points at its logical page's variants.
  const index: Record<string, Readonly<Record<string, string>>> = {};
  for (const page of placed) index[page.src] = variantsOf(logicalOf.get(page.file ?? page.src) ?? '');
  for (const [src, logical] of logicalOf) index[src] ??= variantsOf(logical);
  return { pages: placed, index: { languageOf, variants: index }, messages };
}

export interface I18nAssets {
  /** Where each docs asset is written, site-relative; undefined: not written (a language not built). */
  readonly placed: ReadonlyMap<string, string | undefined>;
  readonly index: NonNullable<I18nIndex['assets']>;
}

/**
 * The docs assets in their languages, as the plugin writes them: an asset of another language
 * under its `<locale>/` folder (`logo.fr.png` and `fr/logo.png` → `fr/logo.png`), one of the
 * default language at the root (`logo.en.png` and `en/logo.png` → `logo.png`), any other where it
 * is. A link from a page to an asset shows the page's language's version, else the default's
 * (the plugin's `get_file_from_path`: `logo.fr.png`, then `logo.en.png`, then `logo.png`).
 *
 * @example assignAssets(['logo.png', 'logo.fr.png'], options).index['logo.png'] // { en: 'logo.png', fr: 'fr/logo.png' }
 */
export function assignAssets(assets: readonly string[], options: I18nOptions): I18nAssets {
  const locales = options.languages.map((language) => language.locale);
  const built = builtLanguages(options).map((language) => language.locale);
  const read = options.structure === 'folder' ? localizedByFolder : localizedBySuffix;
  const placed = new Map<string, string | undefined>();
  // By logical path: each language's own file, site-relative.
  const byLogical = new Map<string, Record<string, string>>();
  for (const asset of assets) {
    const found = read(asset, locales, options.defaultLocale);
    if (!found.marked) {
      placed.set(asset, asset);
      byLogical.set(asset, { [options.defaultLocale]: asset, ...byLogical.get(asset) });
      continue;
    }
    const to = !built.includes(found.locale) ? undefined : found.locale === options.defaultLocale ? found.logical : `${found.locale}/${found.logical}`;
    placed.set(asset, to);
    if (to !== undefined) byLogical.set(found.logical, { ...byLogical.get(found.logical), [found.locale]: to });
  }
  const index: Record<string, Record<string, string>> = {};
  for (const [logical, own] of byLogical) {
    const shown: Record<string, string> = {};
    for (const locale of built) {
      const file = own[locale] ?? own[options.defaultLocale];
      if (file !== undefined) shown[locale] = file;
    }
    // Every name a link may give it: the logical path and each language's file of it.
    for (const name of [logical, ...built.map((locale) => translationSrc(logical, locale, options.structure))]) index[name] = shown;
  }
  return { placed, index };
}
