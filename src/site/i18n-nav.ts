/**
 * Each language's nav (mkdocs-static-i18n): MkDocs' nav of that language's pages only. The
 * plugin builds each language with the config that language sees, so its nav is, in order:
 *
 *   - the language's own `nav:`,
 *   - else mkdocs.yml's `nav:`,
 *   - else the nav MkDocs generates from the language's files,
 *
 * each entry swapped for the language's version of its page (the plugin's `get_file_from_path`:
 * `about.md` is `about.fr.md`, or the fallback copy, in French) and its `nav_translations`
 * applied to titles. A generated nav is made from the pages' logical paths (`about.md`, not
 * `about.fr.md` or `fr/about.md`), so each language's nav has the default language's shape:
 * the folder structure's `fr/` folder is no section of its own, as the plugin unwraps it. (The
 * plugin then sorts that nav by title, pages before sections or not; here MkDocs' file order
 * stays, the order the default language has.)
 */
import { buildNav, generateNavConfig, localizeNavConfig, type BuildNavOptions, type NavConfig, type NavResult, type PageRef } from '../nav/index.ts';
import { localizedByFolder, localizedBySuffix, type I18nIndex } from './i18n-files.ts';
import { builtLanguages, type I18nLanguage, type I18nOptions } from './i18n-options.ts';

export interface LanguageNav {
  readonly language: I18nLanguage;
  readonly nav: NavResult;
  /** Where the nav came from: the language's own `nav:`, mkdocs.yml's, or none (generated). */
  readonly written: 'language' | 'main' | undefined;
}

/**
 * The nav of every built language, default language first.
 *
 * @example languageNavs(options, refs, index, undefined).map((entry) => entry.nav.items.length)
 */
export function languageNavs(options: I18nOptions, refs: readonly PageRef[], index: I18nIndex, mainNav: NavConfig | undefined, build: Pick<BuildNavOptions, 'notInNav' | 'sectionIndex'> = {}): LanguageNav[] {
  const languages = builtLanguages(options).sort((a, b) => Number(b.locale === options.defaultLocale) - Number(a.locale === options.defaultLocale));
  const locales = options.languages.map((language) => language.locale);
  const read = options.structure === 'folder' ? localizedByFolder : localizedBySuffix;
  return languages.map((language) => {
    const own = refs.filter((ref) => index.languageOf[ref.src] === language.locale);
    const local = (entry: string) => {
      const found = navCandidates(normalized(entry), language.locale, options).find((src) => index.variants[src] !== undefined);
      return found === undefined ? entry : (index.variants[found]?.[language.locale] ?? found);
    };
    const written = language.nav ?? mainNav;
    const generate = (pages: readonly PageRef[]): NavConfig => {
      // Generated from logical paths, then each leaf is the language's page again.
      const byLogical = new Map(pages.map((page) => [read(page.src, locales, options.defaultLocale).logical, page.src]));
      return localizeNavConfig(generateNavConfig([...byLogical.keys()]), (logical) => byLogical.get(logical) ?? logical, language.navTranslations);
    };
    const nav = buildNav(written && localizeNavConfig(written, local, language.navTranslations), own, { ...build, generate });
    return { language, nav, written: language.nav ? 'language' : mainNav ? 'main' : undefined };
  });
}

/**
 * The docs paths a nav entry may name, in the order the plugin's `get_file_from_path` tries them.
 * Folder structure (mkdocs_static_i18n/folder.py): a nav names pages by their logical path,
 * `index.md` for `en/index.md`: the language's folder first, then the default language's (with
 * fallback_to_default), then the path as written; a path under the default language's folder is
 * tried as written first. Suffix structure (suffix.py): the language's suffixed file, then the
 * default language's, then the path as written (`about.md` is `about.fr.md`, else `about.en.md`).
 */
function navCandidates(entry: string, locale: string, options: I18nOptions): string[] {
  if (options.structure !== 'folder') {
    const dot = entry.lastIndexOf('.');
    const [stem, extension] = dot > entry.lastIndexOf('/') ? [entry.slice(0, dot), entry.slice(dot)] : [entry, ''];
    return [`${stem}.${locale}${extension}`, `${stem}.${options.defaultLocale}${extension}`, entry];
  }
  const defaultPrefix = `${options.defaultLocale}/`;
  if (entry.startsWith(defaultPrefix)) {
    const logical = entry.slice(defaultPrefix.length);
    return options.fallbackToDefault ? [entry, `${locale}/${logical}`, logical] : [entry, logical];
  }
  return options.fallbackToDefault ? [`${locale}/${entry}`, `${defaultPrefix}${entry}`, entry] : [`${locale}/${entry}`, entry];
}

/** `./a//b.md` → `a/b.md`, as the nav looks a path up. */
function normalized(entry: string): string {
  return entry.split('/').filter((part) => part !== '' && part !== '.').join('/');
}
