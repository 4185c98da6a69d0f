/**
 * Everything a build needs before Astro runs, as plain Node: config -> files -> rendered pages
 * -> nav -> link checks -> the SiteModel the theme draws. Pure apart from reading files; the
 * CLI, the Astro integration and the end-to-end tests all go through here.
 */
import path from 'node:path';
import { loadConfig, type MkdocsConfig } from '../config/index.ts';
import { createIconIndex, customIconDirs, snippetsOptions, type RenderResult } from '../markdown/index.ts';
import { buildNav, NAV_PRUNE_THRESHOLD, pathCrumbs, previousNext } from '../nav/index.ts';
import { discoverFiles } from './discover.ts';
import { assetAliases, checkLinks, type LinkIndex } from './links.ts';
import type { RenderCache } from './render-cache.ts';
import { rendererFor, renderPages, type RenderSettings } from './render-pages.ts';
import { MessageLog, type SiteMessage } from './messages.ts';
import { NOT_FOUND_SRC, routeId, type PageModel, type SiteInfo, type SiteModel } from './model.ts';
import { collectStaticFiles, type StaticFile } from './static-files.ts';
import { siteLabels } from './labels.ts';
import { siteInfo } from './site-info.ts';
import { siteTemplates } from './templates/index.ts';
import { pageTitle } from './titles.ts';
import { applyMetaFiles, applyTags, sitePlugins } from './plugins.ts';
import { phaseClock, type TimingListener } from './timings.ts';

export interface PrepareOptions {
  readonly configFile: string;
  /** Overrides site_dir (`-d`). */
  readonly siteDir?: string | undefined;
  readonly env?: Record<string, string | undefined> | undefined;
  /** Told how long each phase took (config, render, model): the bench listens here. */
  readonly onTiming?: TimingListener | undefined;
  /** Threads to render pages with (default: one per core, for sites big enough to gain). */
  readonly threads?: number | undefined;
  /**
   * Pages of the last build (PreparedSite.renderCache), or where to find them once the output
   * folder is known: unchanged pages are not rendered again.
   */
  readonly cache?: RenderCache | ((outDir: string) => RenderCache | undefined) | undefined;
  /** The site is previewed (`serve`): plugins that differ there (shadow tags) behave as with `mkdocs serve`. */
  readonly serve?: boolean | undefined;
}

export interface PreparedSite {
  readonly model: SiteModel;
  readonly config: MkdocsConfig;
  readonly projectDir: string;
  readonly outDir: string;
  /** URL path the site is served under, from site_url: `/` or `/guide/`. */
  readonly base: string;
  /** Origin of site_url, for canonical links and the sitemap. */
  readonly siteUrl: string | undefined;
  readonly staticFiles: StaticFile[];
  /** Files and folders whose change should rebuild the site in `serve`. */
  readonly watch: string[];
  readonly messages: SiteMessage[];
  /** What the next build of this site may reuse. */
  readonly renderCache: RenderCache;
  /** How many pages were reused from the cache given. */
  readonly reused: number;
}

export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const lap = phaseClock(options.onTiming);
  const log = new MessageLog();
  const configFile = path.resolve(options.configFile);
  const projectDir = path.dirname(configFile);
  const loaded = loadConfig(configFile, options.env ? { env: options.env } : undefined);
  for (const m of loaded.messages) log.add({ severity: m.severity, message: m.message, file: m.file, line: m.line, column: m.column });
  const config = loaded.config;
  const docsDir = config.docs_dir;

  const plugins = sitePlugins(config, options.serve === true);
  for (const m of plugins.messages) log.add(m);
  const discovered = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs, metaFile: plugins.metaFile });
  for (const m of discovered.messages ?? []) log.add({ ...m, file: m.file ? path.join(docsDir, m.file) : undefined });
  const collected = collectStaticFiles({ docsDir, docsAssets: discovered.assets, customDir: config.theme.custom_dir, projectDir });
  const staticFiles = collected.files;
  for (const problem of collected.problems) log.add({ severity: 'warning', message: problem.message, file: problem.file });
  const index: LinkIndex = {
    pages: new Map(discovered.pages.map((p) => [p.src, { url: p.url }])),
    docsFiles: new Set(discovered.assets),
    files: new Set(staticFiles.map((f) => f.to)),
  };

  // Reading icon sets and building the renderer count as rendering.
  lap('config');
  // One icon index for the content (pymdownx.emoji) and the theme: the sets are read once.
  const emoji = config.markdown_extensions.find((spec) => spec.name === 'pymdownx.emoji');
  const icons = createIconIndex(customIconDirs(emoji?.options, projectDir));
  const settings: RenderSettings = { extensions: plugins.extensions, projectDir, docsDir, iconDirs: customIconDirs(emoji?.options, projectDir), links: index, listings: plugins.listings };
  const renderer = rendererFor(settings, icons);
  for (const name of renderer.unsupported) {
    const place = loaded.extensionPlace(name);
    log.add({ severity: 'warning', message: `markdown extension "${name}" is not supported; its syntax stays as text`, file: place ? path.resolve(place.file) : configFile, line: place?.line, column: place?.column });
  }

  const sources = discovered.pages.map((page) => page.src);
  const outDir = path.resolve(options.siteDir ?? config.site_dir);
  const cache = typeof options.cache === 'function' ? options.cache(outDir) : options.cache;
  const done = await renderPages(settings, renderer, sources, { threads: options.threads, cache });
  const rendered = new Map<string, RenderResult>();
  for (const page of done.pages.values()) {
    for (const m of page.messages) log.add(m);
    rendered.set(page.src, page.result);
  }
  for (const m of done.messages) log.add(m);
  if (done.reused > 0) log.add({ severity: 'info', message: `${done.reused} of ${sources.length} pages are unchanged since the last build and were not rendered again` });

  for (const m of applyMetaFiles(rendered, docsDir, discovered.metaFiles)) log.add(m);

  lap('render');
  const refs = discovered.pages.map((page) => {
    const meta = rendered.get(page.src)?.meta ?? {};
    return { src: page.src, url: page.url, title: pageTitle({ meta, h1: rendered.get(page.src)?.title, src: page.src }), icon: iconOf(meta), status: textOf(meta, 'status'), subtitle: textOf(meta, 'subtitle') };
  });
  const nav = buildNav(config.nav, refs, { notInNav: config.not_in_nav });
  const navPlace = (at: ReadonlyArray<string | number>) => {
    const place = loaded.placeOf(['nav', ...at]);
    return { file: path.resolve(projectDir, place.file), line: place.line, column: place.column };
  };
  const notFound = severityOf(config.validation.nav.not_found);
  if (notFound) for (const missing of nav.missing) log.add({ severity: notFound, message: missing.message, ...navPlace(missing.at) });
  const absolute = severityOf(config.validation.nav.absolute_links);
  if (absolute) {
    for (const link of nav.absoluteLinks) {
      log.add({ severity: absolute, message: `An absolute path to '${link.entry}' is included in the 'nav' configuration, which presumably points to an external resource.`, ...navPlace(link.at) });
    }
  }
  const omitted = severityOf(config.validation.nav.omitted_files);
  if (omitted && config.nav !== undefined) {
    for (const src of nav.notInNav) {
      log.add({ severity: omitted, message: `page ${src} exists but is not in the "nav" configuration`, file: path.join(docsDir, src) });
    }
  }
  // A nav title is the page's title too (MkDocs sets Page.title from the nav entry).
  const navTitles = new Map(nav.pagesInOrder.map((item) => [item.src, item.title]));
  const titleOf = (src: string) => pageTitle({ navTitle: navTitles.get(src), meta: rendered.get(src)?.meta ?? {}, h1: rendered.get(src)?.title, src });
  const tags = plugins.tags ? applyTags(rendered, discovered.pages.map((page) => ({ src: page.src, url: page.url, title: titleOf(page.src) })), plugins.tags, docsDir) : undefined;
  for (const m of tags?.messages ?? []) log.add(m);

  const idSets = new Map([...rendered].map(([src, result]) => [src, new Set(result.ids)]));
  const idsOf = (src: string) => idSets.get(src);
  const byPath = new Map(staticFiles.map((f) => [f.to, f]));
  const aliases = new Map<string, StaticFile>();
  for (const [src, result] of rendered) {
    for (const alias of assetAliases({ src, links: result.links }, index)) {
      const source = byPath.get(alias.file);
      if (source && !aliases.has(alias.at)) aliases.set(alias.at, { from: source.from, to: alias.at });
    }
    for (const problem of checkLinks({ src, links: result.links }, index, idsOf)) {
      const severity = severityOf(config.validation.links[problem.kind]);
      if (!severity) continue;
      log.add({ severity, message: problem.message, file: path.join(docsDir, src), line: problem.line, column: problem.column });
    }
  }

  const pages: PageModel[] = [];
  for (const page of discovered.pages) {
    const result = rendered.get(page.src);
    if (!result) continue;
    const meta = result.meta;
    const title = titleOf(page.src);
    const neighbours = previousNext(nav, page.src);
    pages.push({
      src: page.src,
      url: page.url,
      dest: page.dest,
      route: routeId(pages.length),
      title,
      description: typeof meta['description'] === 'string' ? meta['description'] : config.site_description,
      html: result.html,
      toc: result.toc,
      meta,
      icon: iconOf(meta),
      hide: Array.isArray(meta['hide']) ? meta['hide'].map(String) : [],
      template: typeof meta['template'] === 'string' ? meta['template'] : undefined,
      editUrl: editUrl(config, page.src),
      previous: neighbours.previous && { title: neighbours.previous.title, url: neighbours.previous.url },
      next: neighbours.next && { title: neighbours.next.title, url: neighbours.next.url },
      path: pathCrumbs(nav, page.src),
      tags: tags?.tagsOf(page.src) ?? [],
    });
  }

  const customDir = config.theme.custom_dir ? path.resolve(projectDir, config.theme.custom_dir) : undefined;
  const labels = siteLabels(config.theme.language, customDir);
  for (const m of labels.messages) log.add(m);
  const info = siteInfo(config, nav.items, pages, icons, labels.table);
  if (info.navPruning.automatic) {
    const { entries } = info.navPruning;
    log.add({ severity: 'info', message: `the nav has ${entries} entries (over ${NAV_PRUNE_THRESHOLD}): each page draws only the sections on its own path in full, as navigation.prune does, so pages stay small; list navigation.expand in theme.features to draw the whole nav on every page`, file: configFile });
  }
  const { base, origin } = splitSiteUrl(config.site_url);
  const templates = siteTemplates({ config, site: info, base, icons, tagsVariable: plugins.tags?.variable });
  const drawn = templates ? pages.map((page) => ({ ...page, overrides: templates.overrides(page) })) : pages;
  const site = templates ? { ...info, notFoundOverrides: templates.overrides(notFoundPage(info), '404.html') } : info;
  for (const m of templates?.messages() ?? []) log.add(m);
  const watch = watchList(config, projectDir, [...rendered.values()].flatMap((result) => result.includes));
  const allStatic = [...staticFiles, ...aliases.values()];
  lap('model');
  return { model: { site, pages: drawn }, config, projectDir, outDir, base, siteUrl: origin, staticFiles: allStatic, watch, messages: log.messages, renderCache: done.cache, reused: done.reused };
}

/**
 * What `serve` watches: everything a build reads. The config, docs_dir, custom_dir, the project's
 * assets/, `watch:`, every snippets base_path and custom_icons folder, and each file a page
 * included (an include may live anywhere a base_path allows).
 */
function watchList(config: MkdocsConfig, projectDir: string, includes: readonly string[]): string[] {
  const watch = new Set([config.config_file_path, config.docs_dir, path.join(projectDir, 'assets'), ...(config.watch ?? []), ...includes]);
  if (config.theme.custom_dir) watch.add(config.theme.custom_dir);
  for (const spec of config.markdown_extensions) {
    // A base path that holds the whole project (the default, `.`) would watch the output and
    // Astro's own files too: there the included files themselves are watched instead.
    if (spec.name === 'pymdownx.snippets') for (const base of snippetsOptions(spec.options, projectDir).basePaths) if (!holds(base, projectDir)) watch.add(base);
    if (spec.name === 'pymdownx.emoji') for (const dir of customIconDirs(spec.options, projectDir)) watch.add(dir);
  }
  return [...watch];
}

/** `outer` is `inner` or one of its ancestors. */
function holds(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The built-in not-found page as templates see it (src/pages/404.astro draws its body). */
function notFoundPage(site: SiteInfo): PageModel {
  const fields = { src: NOT_FOUND_SRC, url: '404.html', dest: '404.html', route: '404', title: site.labels['notfound.title'], html: '' };
  const none = { description: undefined, icon: undefined, template: undefined, editUrl: undefined, previous: undefined, next: undefined };
  return { ...fields, ...none, toc: [], meta: {}, hide: [], path: [] };
}

/** Front matter `icon`: drawn before the page's title in the nav. */
function iconOf(meta: Record<string, unknown>): string | undefined {
  return typeof meta['icon'] === 'string' ? meta['icon'] : undefined;
}

/** A front matter string (`status`, `subtitle`); a number or date is written as YAML wrote it. */
function textOf(meta: Record<string, unknown>, key: string): string | undefined {
  const value = meta[key];
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** MkDocs' `validation:` levels as message severities; `ignore` reports nothing. */
function severityOf(level: 'warn' | 'info' | 'ignore'): 'warning' | 'info' | undefined {
  return level === 'ignore' ? undefined : level === 'warn' ? 'warning' : 'info';
}

function editUrl(config: MkdocsConfig, src: string): string | undefined {
  if (!config.repo_url) return undefined;
  const repo = config.repo_url.endsWith('/') ? config.repo_url : `${config.repo_url}/`;
  if (config.edit_uri_template) return new URL(config.edit_uri_template.replace('{path}', src).replace('{path_noext}', src.replace(/\.md$/, '')), repo).href;
  if (!config.edit_uri) return undefined;
  return new URL(config.edit_uri + src, repo).href;
}

export function splitSiteUrl(siteUrl: string | undefined): { base: string; origin: string | undefined } {
  if (!siteUrl) return { base: '/', origin: undefined };
  try {
    const url = new URL(siteUrl);
    const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { base, origin: `${url.origin}${base}` };
  } catch {
    return { base: '/', origin: undefined };
  }
}
