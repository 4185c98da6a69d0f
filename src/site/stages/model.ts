/**
 * Stage 6, model: everything before → the SiteModel the theme draws (one PageModel per page,
 * the site's labels, nav and palette, custom_dir template overrides), plus what `serve` must watch and every static file to write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MkdocsConfig } from '../../config/index.ts';
import { customIconDirs, includeBasePaths, snippetsOptions } from '../../markdown/index.ts';
import { NAV_PRUNE_THRESHOLD, pathCrumbs, previousNext } from '../../nav/index.ts';
import type { PageAuthors } from '../git-authors.ts';
import { siteLabels } from '../labels.ts';
import type { SiteMessage } from '../messages.ts';
import { NOT_FOUND_SRC, routeId, siteOf, type LanguageSite, type PageModel, type SiteInfo, type SiteModel } from '../model.ts';
import { admonitionIcons, customDirIcon } from '../admonition-icons.ts';
import { logoFile, logoSize } from '../image-size.ts';
import { applySocial } from '../social.ts';
import type { SocialCard } from '../social-cards.ts';
import { siteInfo } from '../site-info.ts';
import { languageSites, pageSwitcher, switcherOf, themeLanguage } from '../i18n-site.ts';
import type { I18nIndex } from '../i18n-files.ts';
import { builtLanguages } from '../i18n-options.ts';
import { alternateLanguages } from '../../config/index.ts';
import type { StaticFile } from '../static-files.ts';
import { siteTemplates } from '../templates/index.ts';
import { staticTemplateNames, staticTemplateProblems } from '../static-templates.ts';
import { unknownIconProblems } from '../icon-problems.ts';
import type { DiscoveredSite } from './discover.ts';
import type { CheckedLinks } from './links.ts';
import type { LoadedSite } from './load.ts';
import type { NavStage } from './nav.ts';
import type { RenderedPages } from './render.ts';
import type { BlogStage } from './blog.ts';
import type { TaggedPages } from './tags.ts';
import { iconOf } from './values.ts';
import { contains } from '../output-dir.ts';

export interface ModelStage {
  readonly model: SiteModel;
  /** URL path the site is served under, from site_url: `/` or `/guide/`. */
  readonly base: string;
  /** Origin and path of site_url, for canonical links and the sitemap. */
  readonly siteUrl: string | undefined;
  /** Every static file to write: docs assets, custom_dir files, and the link aliases. */
  readonly staticFiles: StaticFile[];
  /** Files and folders whose change should rebuild the site in `serve`. */
  readonly watch: string[];
  /** The snippets pages looked for and did not find (among `watch`): `serve` looks for them again (static-server.ts absentSources). */
  readonly absent: string[];
  /**
   * Everything the build read or could have read: `watch` plus every snippets base_path, also
   * one holding the whole project (a page may include a file that did not exist yet).
   */
  readonly inputs: string[];
  /** The i18n plugin: each page's URL in every language that has it, by page src (the sitemap's hreflang links); undefined without it. */
  readonly translations?: ReadonlyMap<string, Readonly<Record<string, string>>> | undefined;
  /** Material's social plugin: the cards to draw (src/integration/social-files.ts) and whether the last build's may be reused; undefined without the plugin. */
  readonly social?: { readonly cards: readonly SocialCard[]; readonly cache: boolean } | undefined;
  readonly messages: SiteMessage[];
}

type Site = Pick<LoadedSite, 'config' | 'plugins' | 'projectDir' | 'configFile' | 'configFiles'> & Partial<Pick<LoadedSite, 'placeOf' | 'pluginPlace'>>;

export function modelStage(site: Site, files: Pick<DiscoveredSite, 'pages' | 'staticFiles'> & Partial<Pick<DiscoveredSite, 'index'>>, rendered: Pick<RenderedPages, 'icons'>, navigation: NavStage, tagged: Pick<TaggedPages, 'results' | 'tagsOf'>, links: Pick<CheckedLinks, 'aliases'>, blogged?: Pick<BlogStage, 'nav' | 'blog'>): ModelStage {
  const { config } = site;
  const { titles } = navigation;
  // The blog plugin attaches its Archive and Categories sections to the nav.
  const nav = blogged?.nav ?? navigation.nav;
  const blog = blogged?.blog;
  const { results } = tagged;
  const messages: SiteMessage[] = [];
  const titleOf = (src: string) => titles.get(src) ?? src;
  const textTitle = (src: string) => (navigation.textTitles?.has(src) === true ? true : undefined);
  // The i18n plugin: each page reads its language's nav, and its switcher links to its other languages.
  const navOf = (page: DiscoveredSite['pages'][number]) => (page.language === undefined ? undefined : navigation.languages?.get(page.language)) ?? nav;
  const i18n = site.plugins.i18n;
  const i18nIndex = files.index?.i18n;
  const switcher = i18n ? switcherOf(i18n, config) : undefined;
  const siteAlternate = switcher ?? alternateLanguages(config.extra);
  const urls = new Map(files.pages.map((page) => [page.src, page.url]));
  const alternateOf = (page: DiscoveredSite['pages'][number]) => (i18n?.reconfigureMaterial === true && i18nIndex ? pageSwitcher(page, siteAlternate, i18nIndex, (src) => urls.get(src), i18n.defaultLocale) : undefined);

  // reconfigure_search: a fallback copy (read from the default language's `file`) is found at the default language's page.
  const searchUrlOf = (page: DiscoveredSite['pages'][number]) => {
    if (i18n?.reconfigureSearch !== true || page.file === undefined) return undefined;
    const original = i18nIndex?.variants[page.src]?.[i18n.defaultLocale];
    return original === undefined ? undefined : urls.get(original);
  };
  const pages: PageModel[] = [];
  for (const page of files.pages) {
    const result = results.get(page.src);
    if (!result) continue;
    const meta = result.meta;
    const isPost = blog?.postSrcs.has(page.src) === true;
    const neighbours = isPost ? postNeighbours(blog?.chain ?? [], page.src, files.pages, titleOf, textTitle) : previousNext(navOf(page), page.src);
    const hide = Array.isArray(meta['hide']) ? meta['hide'].map(String) : [];
    // Material's Post adds `navigation` to a post's `hide`: its sidebar holds the post's facts instead.
    if (isPost && !hide.includes('navigation')) hide.push('navigation');
    pages.push({
      src: page.src,
      url: page.url,
      dest: page.dest,
      route: routeId(pages.length),
      title: titleOf(page.src),
      textTitle: textTitle(page.src),
      description: typeof meta['description'] === 'string' ? meta['description'] : config.site_description,
      html: result.html,
      toc: result.toc,
      meta,
      icon: iconOf(meta),
      hide,
      template: typeof meta['template'] === 'string' ? meta['template'] : undefined,
      editUrl: editUrl(config, page.file ?? page.src),
      previous: neighbours.previous && { title: neighbours.previous.title, textTitle: neighbours.previous.textTitle, url: neighbours.previous.url },
      next: neighbours.next && { title: neighbours.next.title, textTitle: neighbours.next.textTitle, url: neighbours.next.url },
      path: pathCrumbs(navOf(page), page.src),
      tags: tagged.tagsOf(page.src),
      sourceFile: sourceFileOf(meta, result.gitAuthors),
      blog: blog?.blogOf(page.src),
      ...(page.language === undefined ? {} : { language: page.language, alternate: alternateOf(page), searchUrl: searchUrlOf(page) }),
    });
  }
  // The blog's generated views: further pages of a view, archive and category pages.
  for (const { view, html } of blog?.generated ?? []) {
    const none = { description: config.site_description, icon: undefined, template: undefined, editUrl: undefined, previous: undefined, next: undefined };
    pages.push({ ...none, src: view.src, url: view.url, dest: view.dest, route: routeId(pages.length), title: view.title, html, toc: [], meta: {}, hide: [], path: pathCrumbs(nav, view.pages[0]?.src ?? view.src), blog: blog?.blogOf(view.src) });
  }
  // Material's social plugin: the tags of each page's card (the generated views' too, as MkDocs runs the plugin on them).
  const social = site.plugins.social && applySocial(pages, site.plugins.social, config, { projectDir: site.projectDir, themeLogo: logoFile(config.theme.logo, files.staticFiles)?.from }, (src) => path.join(config.docs_dir, src));
  if (social) {
    pages.splice(0, pages.length, ...social.pages);
    messages.push(...social.messages);
  }

  const customDir = config.theme.custom_dir ? path.resolve(site.projectDir, config.theme.custom_dir) : undefined;
  // With the i18n plugin, the site-wide part is the default language's (the not-found page's too).
  const defaultLanguage = i18n?.languages.find((language) => language.locale === i18n.defaultLocale);
  const labels = siteLabels(i18n && defaultLanguage ? themeLanguage(defaultLanguage, i18n, config.theme.language) : config.theme.language, customDir);
  messages.push(...labels.messages);
  const shown = switcher ? { ...config, extra: { ...config.extra, alternate: switcher } } : config;
  const languages = i18n && navigation.languages ? languageSites({ options: i18n, config: shown, navs: navigation.languages, icons: rendered.icons, customDir, place: site.pluginPlace?.('i18n') }) : undefined;
  messages.push(...(languages?.messages ?? []));
  const glightbox = site.plugins.glightbox?.client;
  const admonition = admonitionIcons(config.theme.icon, rendered.icons, customDir);
  for (const problem of admonition.problems) {
    const at = ['theme', 'icon', 'admonition', ...(problem.type === undefined ? [] : [problem.type])];
    messages.push({ severity: 'warning', message: problem.message, ...(site.placeOf?.(at) ?? { file: site.configFile }) });
  }
  const sizeOf = (file: string | undefined) => logoSize(file, files.staticFiles, (from) => readFileSync(from));
  const logo = sizeOf(config.theme.logo);
  const drawnSite = siteInfo(shown, nav.items, pages, rendered.icons, labels.table, (name) => customDirIcon(customDir, name));
  const info = { ...drawnSite, ...(languages ? { languages: languageParts(languages.sites, drawnSite, sizeOf) } : {}), ...(logo ? { logoSize: logo } : {}), ...(glightbox ? { glightbox } : {}), ...(admonition.icons.length > 0 ? { admonitionIcons: admonition.icons } : {}) };
  for (const problem of unknownIconProblems(config, info.icons)) messages.push({ severity: 'warning', message: problem.message, ...(site.placeOf?.(problem.at) ?? { file: site.configFile }) });
  if (info.navPruning.automatic) {
    const { entries } = info.navPruning;
    messages.push({ severity: 'info', message: `the nav has ${entries} entries (over ${NAV_PRUNE_THRESHOLD}): each page draws only the sections on its own path in full, as navigation.prune does, so pages stay small; list navigation.expand in theme.features to draw the whole nav on every page`, file: site.configFile });
  }
  const { base, origin } = servedAt(config.site_url);
  for (const problem of staticTemplateProblems(config)) messages.push({ severity: 'warning', message: problem.message, ...(site.placeOf?.(problem.at) ?? { file: site.configFile }) });
  const templates = siteTemplates({ config, site: info, pages, base, icons: rendered.icons, tagsVariable: site.plugins.tags?.variable, languageConfigs: languages?.configs, standalone: staticTemplateNames(config) });
  const drawn = templates ? pages.map((page) => ({ ...page, overrides: templates.overrides(page) })) : pages;
  // The other languages' not-found pages (fr/404.html), each with its language's templates.
  const notFound = i18n && languages ? languageNotFoundPages(i18n, info, drawn, i18nIndex).map((page) => (templates ? { ...page, overrides: templates.overrides(page, '404.html') } : page)) : undefined;
  const model = { site: templates ? { ...info, notFoundOverrides: templates.overrides(notFoundPage(info), '404.html') } : info, pages: drawn, ...(notFound && notFound.length > 0 ? { notFound } : {}) };
  messages.push(...(templates?.messages() ?? []));
  // A snippet a page looked for and did not find is watched where it was looked for: `serve` sees it made (static-server.ts absentSources).
  const absent = [...new Set([...results.values()].flatMap((result) => result.absent ?? []))];
  const watch = watchList(config, site.projectDir, [...site.configFiles, ...site.plugins.watch, ...[...results.values()].flatMap((result) => result.includes), ...absent]);
  const inputs = new Set([...watch, ...snippetBasePaths(config, site.projectDir)]);
  const translations = i18nIndex && new Map(files.pages.map((page) => [page.src, translationUrls(i18nIndex.variants[page.src] ?? {}, urls)]));
  return { model, base, siteUrl: origin, staticFiles: [...files.staticFiles, ...links.aliases], watch, absent, inputs: [...inputs], messages, ...(translations ? { translations } : {}), ...(social ? { social: { cards: social.cards, cache: social.cache } } : {}) };
}

/**
 * Each language's part as drawn: the site's icons with those of its own palette and social links
 * (the same map, not a copy, where it adds none), and its logo's size where its logo is its own.
 */
function languageParts(sites: Readonly<Record<string, LanguageSite>>, site: SiteInfo, sizeOf: (file: string | undefined) => SiteInfo['logoSize']): Record<string, LanguageSite> {
  return Object.fromEntries(Object.entries(sites).map(([locale, own]) => {
    const added = Object.entries(own.icons).filter(([name, svg]) => site.icons[name] !== svg);
    const icons = added.length === 0 ? site.icons : { ...site.icons, ...Object.fromEntries(added) };
    return [locale, { ...own, icons, ...(own.logo === site.logo ? {} : { logoSize: sizeOf(own.logo) }) }];
  }));
}

/** Each language's version of a page as its URL: `{ en: 'about/', fr: 'fr/about/' }`. */
function translationUrls(variants: Readonly<Record<string, string>>, urls: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(variants).flatMap(([locale, src]) => {
    const url = urls.get(src);
    return url === undefined ? [] : [[locale, url]];
  }));
}

/** A post's neighbours: the older post before it, the newer after it (Material chains posts by date). */
function postNeighbours(chain: readonly string[], src: string, pages: DiscoveredSite['pages'], titleOf: (src: string) => string, textTitle: (src: string) => true | undefined): Pick<PageModel, 'previous' | 'next'> {
  const at = chain.indexOf(src);
  const link = (other: string | undefined) => {
    const page = other === undefined ? undefined : pages.find((candidate) => candidate.src === other);
    return page && { title: titleOf(page.src), textTitle: textTitle(page.src), url: page.url };
  };
  return { previous: link(chain[at - 1]), next: link(chain[at + 1]) };
}

/**
 * What `serve` watches: everything a build reads. The config and its INHERIT parents, docs_dir,
 * custom_dir, the project's assets/, `watch:`, every snippets base_path and custom_icons folder,
 * and each file a page included or looked for (an include may live anywhere a base_path allows).
 */
function watchList(config: MkdocsConfig, projectDir: string, files: readonly string[]): string[] {
  const watch = new Set([config.config_file_path, config.docs_dir, path.join(projectDir, 'assets'), ...(config.watch ?? []), ...files]);
  if (config.theme.custom_dir) watch.add(config.theme.custom_dir);
  // A base path that holds the whole project (the default, `.`) would watch the output and
  // Astro's own files too: there the included files themselves are watched instead.
  for (const base of snippetBasePaths(config, projectDir)) if (!contains(base, projectDir)) watch.add(base);
  for (const spec of config.markdown_extensions) if (spec.name === 'pymdownx.emoji') for (const dir of customIconDirs(spec.options, projectDir)) watch.add(dir);
  return [...watch];
}

/**
 * Every folder an include pre-pass reads from by default, absolute: pymdownx.snippets' `base_path`
 * entries and the `base_path` of markdown_include.include and mdx_include.
 */
export function snippetBasePaths(config: Pick<MkdocsConfig, 'markdown_extensions'>, projectDir: string): string[] {
  return config.markdown_extensions.flatMap((spec) => (spec.name === 'pymdownx.snippets' ? snippetsOptions(spec.options, projectDir).basePaths : includeBasePaths(spec, projectDir)));
}


/**
 * What Material's partials/source-file.html reads from a page's meta: the git-revision-date-localized
 * plugin's dates, or `revision_date` (the older git-revision-date plugin's, or the page's own), and
 * the git-authors plugin's authors (drawn when the plugin gave the page a list, even an empty one).
 */
function sourceFileOf(meta: Readonly<Record<string, unknown>>, authors: PageAuthors | undefined): PageModel['sourceFile'] {
  const text = (key: string) => {
    const value = meta[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const updated = text('git_revision_date_localized') ?? text('revision_date');
  const created = text('git_creation_date_localized');
  if (updated === undefined && created === undefined && authors === undefined) return undefined;
  return { updated, created, ...(authors ? { authors } : {}) };
}

/**
 * Each built language's not-found page but the default's, at `<locale>/404.html`: the body of its
 * `404.md` (its translation, or the default's copy) when the site has one, else empty (the theme
 * draws its own in the page's language).
 */
function languageNotFoundPages(i18n: NonNullable<LoadedSite['plugins']['i18n']>, site: SiteInfo, pages: readonly PageModel[], index: I18nIndex | undefined): PageModel[] {
  return builtLanguages(i18n).filter((language) => language.locale !== i18n.defaultLocale).map((language) => {
    const ownSrc = index?.variants[NOT_FOUND_SRC]?.[language.locale];
    const own = ownSrc === undefined ? undefined : pages.find((page) => page.src === ownSrc);
    const url = `${language.locale}/404.html`;
    const drawn = notFoundPage(siteOf(site, { language: language.locale, alternate: undefined }));
    return { ...drawn, src: `${language.locale}/${NOT_FOUND_SRC}`, url, dest: url, route: `404-${language.locale}`, title: '', html: own?.html ?? '', language: language.locale };
  });
}

/** The built-in not-found page as templates see it (src/pages/404.astro draws its body). */
function notFoundPage(site: SiteInfo): PageModel {
  const fields = { src: NOT_FOUND_SRC, url: '404.html', dest: '404.html', route: '404', title: site.labels['notfound.title'], html: '' };
  const none = { description: undefined, icon: undefined, template: undefined, editUrl: undefined, previous: undefined, next: undefined };
  return { ...fields, ...none, toc: [], meta: {}, hide: [], path: [] };
}

function editUrl(config: MkdocsConfig, src: string): string | undefined {
  if (!config.repo_url) return undefined;
  const repo = config.repo_url.endsWith('/') ? config.repo_url : `${config.repo_url}/`;
  if (config.edit_uri_template) return new URL(config.edit_uri_template.replace('{path}', src).replace('{path_noext}', src.replace(/\.md$/, '')), repo).href;
  if (!config.edit_uri) return undefined;
  return new URL(config.edit_uri + src, repo).href;
}

/** The URL path a site is served under, and its origin with that path, from site_url. */
export function servedAt(siteUrl: string | undefined): { base: string; origin: string | undefined } {
  if (!siteUrl) return { base: '/', origin: undefined };
  try {
    const url = new URL(siteUrl);
    const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { base, origin: `${url.origin}${base}` };
  } catch {
    return { base: '/', origin: undefined };
  }
}
