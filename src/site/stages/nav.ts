/**
 * Stage 4, nav: the rendered pages' titles and front matter + mkdocs.yml's `nav:` (or the
 * literate-nav plugin's nav files; without either, the awesome-pages plugin's `.pages` files,
 * when it is on; the awesome-nav plugin's `.nav.yml` files, which replace mkdocs.yml's nav; sections led by an untitled page made that page with section-index) → the nav tree
 * (src/nav owns every rule), each page's final title, and MkDocs' `validation.nav` messages
 * placed at `mkdocs.yml:line:col`. With the i18n plugin, one nav per language (src/site/i18n-nav.ts).
 */
import path from 'node:path';
import { findPosition } from '../../config/positions.ts';
import { awesomeNav3Config, awesomeNavConfig, buildNav, createGlobber, hasRestEntry, literateNavConfig, navPathKey, navWithRest, type LiterateNavFile, type LiterateOrigin, type NavConfig, type NavResult, type PageRef } from '../../nav/index.ts';
import { readNavYmlFiles } from '../awesome-nav.ts';
import { readPagesFiles } from '../awesome-pages.ts';
import { languageNavs } from '../i18n-nav.ts';
import { createNavFileReader } from '../literate-nav.ts';
import type { SiteMessage } from '../messages.ts';
import { ownTitle, typesetTitle } from '../titles.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import { iconOf, severityOf, textOf } from './values.ts';
import type { PageResult } from '../render-pages.ts';

export interface NavStage {
  /** The nav (with the i18n plugin, the default language's). */
  readonly nav: NavResult;
  /** The i18n plugin: each built language's nav, by locale (src/site/i18n-nav.ts); undefined without it. */
  readonly languages?: ReadonlyMap<string, NavResult> | undefined;
  /** Each page's title: its nav title, else front matter `title`, first H1, file name (MkDocs' order). */
  readonly titles: ReadonlyMap<string, string>;
  /** The pages whose title is their first H1's text; every other title is HTML (src/nav's textTitle). */
  readonly textTitles?: ReadonlySet<string> | undefined;
  readonly messages: SiteMessage[];
}

export function navStage(site: Pick<LoadedSite, 'config' | 'placeOf' | 'plugins'> & Partial<Pick<LoadedSite, 'pluginPlace'>>, files: Pick<DiscoveredSite, 'pages' | 'pagesFiles'> & Partial<Pick<DiscoveredSite, 'posts' | 'index'>>, results: ReadonlyMap<string, PageResult>): NavStage {
  const { config } = site;
  const ownTitles = new Map<string, string>();
  const textTitles = new Set<string>();
  // Blog posts are never in the nav (Material marks them NOT_IN_NAV): the blog index stands for them.
  const posts = new Set((files.posts ?? []).map((post) => post.src));
  const refs = files.pages.filter((page) => !posts.has(page.src)).map((page) => {
    const result = results.get(page.src);
    const meta = result?.meta ?? {};
    const { title, textTitle } = ownTitle({ meta, h1: result?.title, src: page.src });
    ownTitles.set(page.src, title);
    if (textTitle) textTitles.add(page.src);
    return { src: page.src, url: page.url, title, textTitle, icon: iconOf(meta), status: textOf(meta, 'status'), subtitle: textOf(meta, 'subtitle'), typeset: typesetTitle(meta, result?.toc ?? []) };
  });
  const messages: SiteMessage[] = [];
  // A page is named by the file it is read from: an i18n fallback copy's src is a path no file has.
  const readFrom = new Map(files.pages.map((page) => [page.src, page.file ?? page.src]));
  const fileOf = (src: string): string => readFrom.get(src) ?? src;
  const i18n = site.plugins.i18n;
  const languages = i18n && files.index?.i18n ? languageNavs(i18n, refs, files.index.i18n, config.nav, { notInNav: config.not_in_nav, sectionIndex: site.plugins.sectionIndex }) : undefined;
  let nav: NavResult;
  if (languages) {
    // The plugin resolves names through i18n's get_file_from_path; each language's nav here is made without it.
    if (site.plugins.awesomeNav) messages.push({ severity: 'warning', message: 'awesome-nav: with the i18n plugin, the .nav.yml files are not applied (not supported); each language has the nav i18n makes', ...(site.pluginPlace?.('awesome-nav') ?? { file: config.config_file_path }) });
    // A language's own nav is written under the plugin's entry; mkdocs.yml's nav is checked once, in the default language.
    const pluginPlace = site.pluginPlace?.('i18n') ?? { file: config.config_file_path };
    for (const { language, nav: built, written } of languages) {
      if (written === 'main' && language.locale !== i18n?.defaultLocale) messages.push(...navMessages(config, { ...built, missing: [], absoluteLinks: [] }, true, () => pluginPlace, fileOf));
      else messages.push(...navMessages(config, built, written !== undefined, written === 'main' ? (at) => site.placeOf(['nav', ...at]) : () => pluginPlace, fileOf));
    }
    nav = languages[0]?.nav ?? buildNav(config.nav, refs);
  } else {
    const literate = literateNav(site, files.pages.map((page) => page.src), messages);
    const v3 = literate ? undefined : awesomeNav(site, files, messages, (src) => textOf(results.get(src)?.meta ?? {}, 'title'));
    // awesome-pages fills the `...` entries of mkdocs.yml's nav and clears it from MkDocs' sight
    // (MkDocs then names no page left out of it).
    const rest = literate === undefined && v3 === undefined && site.plugins.awesomePages !== undefined && config.nav !== undefined && hasRestEntry(config.nav);
    const built = buildNav(v3 || rest ? undefined : (literate?.nav ?? config.nav), refs, { notInNav: config.not_in_nav, generate: v3 ?? (literate ? undefined : awesomePages(site, files, messages)), sectionIndex: site.plugins.sectionIndex, docsFiles: files.index?.docsFiles });
    // The nav files are pages MkDocs builds, kept out of the nav without a word (the plugin marks them not_in_nav).
    const navFiles = new Set(literate?.navFiles ?? []);
    nav = navFiles.size === 0 ? built : { ...built, notInNav: built.notInNav.filter((src) => !navFiles.has(src)) };
    // An entry's place: in mkdocs.yml's nav, or in the nav file that wrote it.
    const placeOf = (at: readonly (string | number)[]) => {
      const origin: LiterateOrigin | undefined = literate ? literate.origins.get(navPathKey(at)) : { nav: at };
      if (origin === undefined) return { file: config.config_file_path };
      return 'nav' in origin ? site.placeOf(['nav', ...origin.nav]) : { file: path.join(config.docs_dir, origin.file), line: origin.line };
    };
    // literate-nav hands MkDocs a nav, so MkDocs names the pages it leaves out.
    messages.push(...navMessages(config, nav, v3 === undefined && !rest && (config.nav !== undefined || literate !== undefined), placeOf));
  }

  // A nav title is the page's title too (MkDocs sets Page.title from the nav entry).
  const titles = new Map(ownTitles);
  for (const page of files.pages) {
    if (!posts.has(page.src)) continue;
    const result = results.get(page.src);
    const own = ownTitle({ meta: result?.meta ?? {}, h1: result?.title, src: page.src });
    titles.set(page.src, own.title);
    if (own.textTitle) textTitles.add(page.src);
  }
  // Each language's pages are its own (their srcs differ): every nav titles its own.
  const navs = languages ? languages.map((entry) => entry.nav) : [nav];
  for (const item of navs.flatMap((each) => each.pagesInOrder)) {
    if (!item.title) continue;
    titles.set(item.src, item.title);
    if (item.textTitle === true) textTitles.add(item.src);
    else textTitles.delete(item.src);
  }
  const byLanguage = languages && new Map(languages.map((entry) => [entry.language.locale, entry.nav]));
  return { nav, titles, textTitles, messages, ...(byLanguage ? { languages: byLanguage } : {}) };
}

type Place = ReturnType<LoadedSite['placeOf']>;

/**
 * MkDocs' `validation.nav` messages about a nav: entries not found, absolute links, and (`written`: a nav was given) pages left out,
 * each named by the file it is read from (`fileOf`).
 */
function navMessages(config: LoadedSite['config'], nav: NavResult, written: boolean, placeOf: (at: readonly (string | number)[]) => Place, fileOf: (src: string) => string = (src) => src): SiteMessage[] {
  const messages: SiteMessage[] = [];
  const notFound = severityOf(config.validation.nav.not_found);
  if (notFound) for (const missing of nav.missing) messages.push({ severity: notFound, message: missing.message, ...placeOf(missing.at) });
  const absolute = severityOf(config.validation.nav.absolute_links);
  if (absolute) {
    for (const link of nav.absoluteLinks) {
      messages.push({ severity: absolute, message: `An absolute path to '${link.entry}' is included in the 'nav' configuration, which presumably points to an external resource.`, ...placeOf(link.at) });
    }
  }
  const omitted = severityOf(config.validation.nav.omitted_files);
  if (omitted && written) {
    for (const src of nav.notInNav) messages.push({ severity: omitted, message: `page ${fileOf(src)} exists but is not in the "nav" configuration`, file: path.join(config.docs_dir, fileOf(src)) });
  }
  return messages;
}

/**
 * The literate-nav plugin's nav, when the plugin is on: its nav files (read here) and mkdocs.yml's
 * `nav:` resolved by src/nav; what it could not read or resolve goes to `messages`. It runs last
 * among the nav plugins, as the plugin does (on_files, priority -100): awesome-pages' `.pages`
 * files then shape nothing, as with any nav given.
 */
function literateNav(site: Pick<LoadedSite, 'config' | 'plugins'>, srcs: readonly string[], messages: SiteMessage[]): ReturnType<typeof literateNavConfig> | undefined {
  const options = site.plugins.literateNav;
  if (!options) return undefined;
  const docsDir = site.config.docs_dir;
  const pages = new Set(srcs);
  const reader = createNavFileReader(options, docsDir, path.dirname(site.config.config_file_path));
  for (const name of reader.unsupported) messages.push({ severity: 'warning', message: `literate-nav: markdown extension '${name}' is not supported; nav files are read without it`, file: site.config.config_file_path });
  const readNavFile = (dir: string): LiterateNavFile | undefined => {
    const src = dir === '.' || dir === '' ? options.navFile : `${dir}/${options.navFile}`;
    if (!pages.has(src)) return undefined;
    const read = reader.read(src);
    if (read.problem !== undefined) messages.push({ severity: 'warning', message: `literate-nav: ${src} could not be read (${read.problem}); the folder's nav is inferred`, file: path.join(docsDir, src) });
    return { src, list: read.list };
  };
  const result = literateNavConfig(site.config.nav, createGlobber(srcs), readNavFile, { navFile: options.navFile, implicitIndex: options.implicitIndex });
  for (const note of result.notes) messages.push({ severity: note.severity, message: note.message, file: note.file === undefined ? site.config.config_file_path : path.join(docsDir, note.file), line: note.line });
  return result;
}

/**
 * The awesome-pages plugin's nav generator, when the plugin is on: it reads the `.pages` files
 * and says what they could not do in `messages`. Like the plugin, it only shapes a generated nav:
 * with mkdocs.yml's own `nav:` the files change nothing, unless that nav has `...` entries, which
 * the generated nav fills (nav/awesome-pages-rest.ts).
 */
function awesomePages(site: Pick<LoadedSite, 'config' | 'plugins'>, files: Pick<DiscoveredSite, 'pagesFiles'>, messages: SiteMessage[]): ((pages: readonly PageRef[]) => NavConfig) | undefined {
  const options = site.plugins.awesomePages;
  if (!options) return undefined;
  const docsDir = site.config.docs_dir;
  // mkdocs.yml's own nav: the generated nav only fills its `...` entries, if it has any.
  const explicit = site.config.nav;
  if (explicit !== undefined && !hasRestEntry(explicit)) return undefined;
  const read = readPagesFiles(docsDir, files.pagesFiles);
  messages.push(...read.messages);
  return (pages) => {
    const generated = awesomeNavConfig(pages, read.metas, options);
    for (const note of generated.notes) messages.push({ severity: 'warning', message: `awesome-pages: ${note.message}`, file: path.join(docsDir, note.folder, options.filename) });
    if (explicit !== undefined) return navWithRest(explicit, generated.nav);
    return generated.nav;
  };
}

/**
 * The awesome-nav plugin's nav generator, when the plugin is on: it reads the `.nav.yml` files and
 * says, at the file's line, what they could not do. Unlike awesome-pages it always makes the nav:
 * mkdocs.yml's own `nav:` is replaced (the plugin warns so, as here).
 */
function awesomeNav(site: Pick<LoadedSite, 'config' | 'plugins' | 'placeOf'>, files: Pick<DiscoveredSite, 'pagesFiles'>, messages: SiteMessage[], frontMatterTitle: (src: string) => string | undefined): ((pages: readonly PageRef[]) => NavConfig) | undefined {
  const options = site.plugins.awesomeNav;
  if (!options) return undefined;
  const docsDir = site.config.docs_dir;
  const level = (log: keyof typeof options.logs) => options.logs[log];
  if (site.config.nav !== undefined) messages.push({ severity: level('nav_override'), message: "awesome-nav: 'nav' config from mkdocs.yml is being replaced with one generated by awesome-nav", ...site.placeOf(['nav']) });
  const read = readNavYmlFiles(docsDir, files.pagesFiles);
  messages.push(...read.messages);
  return (pages) => {
    const generated = awesomeNav3Config(pages, read.byFolder, { frontMatterTitle });
    for (const note of generated.notes) {
      const place = findPosition(read.positions.get(note.folder), note.at);
      const at = place?.key ?? place?.value;
      messages.push({ severity: level(note.kind), message: `awesome-nav: ${note.message}`, file: path.join(docsDir, note.folder, options.filename), line: at?.line, column: at?.column });
    }
    return generated.nav;
  };
}

