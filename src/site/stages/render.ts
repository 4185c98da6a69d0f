/**
 * Stage 3, render: every page's Markdown → HTML, toc, ids, links and the files it included
 * (src/site/render-pages.ts does the work, on threads for big sites, reusing unchanged pages).
 * The meta plugin's folder defaults come after, in their own stage (stages/meta.ts), so that
 * `serve` can apply an edited `.meta.yml` without rendering a page.
 */
import path from 'node:path';
import { createIconIndex, customIconDirs, type IconIndex, type Renderer } from '../../markdown/index.ts';
import type { SiteMessage } from '../messages.ts';
import { plainNotes, type RenderCache } from '../render-cache.ts';
import { rendererFor, renderPages, type PageResult, type RenderSettings } from '../render-pages.ts';
import type { SpareWorker } from '../render-process.ts';
import { readGitHistory } from '../git-history.ts';
import { themeIconNames } from '../site-info.ts';
import { revisionDatesOf, type GitRevisionDates } from '../git-revision-date.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';

export interface RenderStageOptions {
  /** Threads to render pages with (default: one per core, for sites big enough to gain). */
  readonly threads?: number | undefined;
  /** The last build's pages: those made from the same inputs are not rendered again. */
  readonly cache?: RenderCache | undefined;
  /**
   * An icon index made for the same icon folders, none of whose files changed since (`serve`
   * keeps one across saves: reading the icon sets again costs more than rendering a page).
   */
  readonly icons?: IconIndex | undefined;
  /** The renderer's code hash (render-cache.ts rendererCode), or how to take it once (render-pages.ts RenderOptions.code). */
  readonly code?: string | (() => string) | undefined;
  /** Every page rendered in worker processes, none on this thread (render-pages.ts threadPlan). */
  readonly offMain?: boolean | undefined;
  /** A worker already started, the first one taken (render-process.ts startSpareWorker). */
  readonly spare?: SpareWorker | undefined;
  /**
   * Where a big page's HTML a render worker wrote stays, read only where it must be (src/shared/
   * page-html.ts): a build's workspace, gone with it. Without one, it is read back whole.
   */
  readonly htmlDir?: string | undefined;
  /** Told the output files (`dest`) of the pages taken from the cache, before any other renders (render-pages.ts onCached). */
  readonly onCached?: ((dests: readonly string[]) => Promise<void> | undefined) | undefined;
}

export interface RenderedPages {
  /** Each page's result by its docs-relative source, in discovery order (before the meta plugin's defaults). */
  readonly results: ReadonlyMap<string, PageResult>;
  /** The icon index the content used; the theme draws its icons from the same one. */
  readonly icons: IconIndex;
  readonly cache: RenderCache;
  readonly reused: number;
  /** The pages rendered this time (the others came from the cache), in discovery order. */
  readonly rendered: readonly string[];
  readonly messages: SiteMessage[];
  /** The git files whose change changes git-revision-date's dates (a commit, a checkout), when it is on. */
  readonly gitRefs?: readonly string[] | undefined;
}

/** The folders of custom icons (pymdownx.emoji's `custom_icons`), absolute. */
export function iconDirsOf(site: Pick<LoadedSite, 'config' | 'projectDir'>): string[] {
  const emoji = site.config.markdown_extensions.find((spec) => spec.name === 'pymdownx.emoji');
  return customIconDirs(emoji?.options, site.projectDir);
}

/** The pages read from another file than their `src` (the i18n plugin's fallback copies); undefined when none is. */
function sourcesOf(pages: DiscoveredSite['pages']): Record<string, string> | undefined {
  const copies = pages.flatMap((page) => (page.file === undefined ? [] : [[page.src, page.file] as const]));
  return copies.length === 0 ? undefined : Object.fromEntries(copies);
}

/** The i18n plugin's admonition_translations, by locale, of the built languages that give some; undefined when none does. */
function admonitionTitlesOf(site: Pick<LoadedSite, 'config' | 'plugins'>): RenderSettings['admonitionTitles'] {
  const languages = site.plugins.i18n?.languages.filter((language) => language.build && Object.keys(language.admonitionTranslations).length > 0) ?? [];
  if (languages.length === 0) return undefined;
  return {
    byLanguage: Object.fromEntries(languages.map((language) => [language.locale, language.admonitionTranslations])),
    details: site.config.markdown_extensions.some((spec) => spec.name === 'pymdownx.details'),
  };
}

/**
 * What a `markdown_extensions` entry we do not implement is told. Python-Markdown 2's
 * `name(option=value)` form (Pi-hole's and mailcow's docs still write `codehilite(guess_lang=true)`)
 * was removed in Python-Markdown 3.0, so MkDocs cannot load it either: the message says how to
 * write it.
 *
 * @example unsupportedExtensionMessage('toc(permalink=true)')
 *   // 'markdown extension "toc(permalink=true)" is written in the name(option=value) form ... write it as `- toc:` with `permalink: true` under it; ...'
 */
export function unsupportedExtensionMessage(name: string): string {
  const old = /^([\w.]+)\((.*)\)$/s.exec(name);
  if (!old) return `markdown extension "${name}" is not supported; its syntax stays as text`;
  const options = (old[2] ?? '').split(',').map((option) => option.trim()).filter(Boolean).map((option) => option.replace(/\s*=\s*/, ': ')).map((option) => `\`${option}\``);
  const under = options.length > 0 ? ` with ${options.join(', ')} under it` : '';
  return `markdown extension "${name}" is written in the name(option=value) form Python-Markdown 3.0 removed (MkDocs cannot load it either); write it as \`- ${old[1] ?? ''}:\`${under}; its syntax stays as text`;
}

/**
 * git-revision-date's dates, from one `git log` over docs_dir (the plugin asks git once per page);
 * when git cannot answer, one warning at the plugin's entry, and every page is dated today.
 */
function revisionDates(site: Pick<LoadedSite, 'config' | 'plugins' | 'configFile'> & Partial<Pick<LoadedSite, 'pluginPlace'>>, messages: SiteMessage[]): { dates: GitRevisionDates; refFiles: readonly string[] } | undefined {
  const settings = site.plugins.gitRevisionDate;
  if (!settings) return undefined;
  const history = readGitHistory(site.config.docs_dir, { follow: false });
  if (history.kind === 'unavailable') messages.push({ severity: 'warning', message: `git-revision-date plugin: the pages' git history cannot be read (${history.reason}); every page is dated today`, ...(site.pluginPlace?.('git-revision-date') ?? { file: site.configFile }) });
  return { dates: revisionDatesOf(settings, history, Math.floor(Date.now() / 1000)), refFiles: history.refFiles };
}

/**
 * Looks up the icons the theme draws whatever the pages (site-info.ts themeIconNames): the index
 * keeps each, and its set. An icon set that cannot be read is left to the model stage, which looks
 * the icon up again and meets the failure there, as before: here it would end the process from a
 * timer callback.
 */
function warmThemeIcons(icons: IconIndex, config: LoadedSite['config']): void {
  for (const name of themeIconNames(config)) {
    try {
      icons.lookup(name.replaceAll('/', '-'));
    } catch {
      // The model stage meets it again.
    }
  }
}

export async function renderStage(site: Pick<LoadedSite, 'config' | 'plugins' | 'projectDir' | 'configFile' | 'extensionPlace'> & Partial<Pick<LoadedSite, 'pluginPlace'>>, files: Pick<DiscoveredSite, 'pages' | 'index'>, options: RenderStageOptions = {}): Promise<RenderedPages> {
  const { config, projectDir } = site;
  const docsDir = config.docs_dir;
  const iconDirs = iconDirsOf(site);
  // One icon index for the content (pymdownx.emoji) and the theme: the sets are read once.
  const icons = options.icons ?? createIconIndex(iconDirs);
  const messages: SiteMessage[] = [];
  const revision = revisionDates(site, messages);
  const settings: RenderSettings = { extensions: site.plugins.extensions, projectDir, docsDir, iconDirs, links: files.index, useDirectoryUrls: config.use_directory_urls, listings: site.plugins.listings, macros: site.plugins.macros, extraData: site.plugins.extraData, extraDataFirst: site.plugins.extraDataFirst, includeMarkdown: site.plugins.includeMarkdown, tableReader: site.plugins.tableReader, gitRevisionDate: revision?.dates, jupyter: site.plugins.jupyter, typeset: site.plugins.typeset, python: site.plugins.python, sources: sourcesOf(files.pages), admonitionTitles: admonitionTitlesOf(site) };
  // A new renderer every time: it reads each snippet once and keeps it, so one kept across
  // `serve` saves would go on including the glossary as it was (it costs a few ms to make). Made
  // once the render workers have their pages (renderPages), and only if this process renders or
  // no worker said what it says of the settings: loading it (its ~400 modules) first kept a cold
  // build's worker waiting for its job.
  let made: Renderer | undefined;
  const renderer = (): Renderer => (made ??= rendererFor(settings, icons));
  const sources = files.pages.map((page) => page.src);
  const { onCached } = options;
  const destOf = onCached ? new Map(files.pages.map((page) => [page.src, page.dest])) : undefined;
  // A rebuild's render waits for Pagefind's process to take the cached pages (~20-50 ms idle
  // here): the theme's icons are looked up meanwhile, not by the model stage after the render.
  const cached = onCached && destOf ? (srcs: readonly string[]) => {
    const handed = onCached(srcs.flatMap((src) => destOf.get(src) ?? []));
    if (handed) setImmediate(() => warmThemeIcons(icons, config));
    return handed;
  } : undefined;
  const rendering = renderPages(settings, renderer, sources, { threads: options.threads, cache: options.cache, code: options.code, htmlDir: options.htmlDir, ...(options.offMain ? { offMainBytes: 0 } : {}), spare: options.spare, onCached: cached });
  // The theme's icons are drawn by the model stage, after every page: their sets are read while
  // the workers render (the corpus's model phase, after the last page: 82-93 ms -> 46-56 ms).
  if (options.offMain) setImmediate(() => warmThemeIcons(icons, config));
  const done = await rendering;
  // A worker's renderer said it, or the cache kept it: this process need not make (and load) one.
  const notes = done.notes ?? renderer();
  for (const name of notes.unsupported) {
    const place = site.extensionPlace(name);
    messages.push({ severity: 'warning', message: unsupportedExtensionMessage(name), file: place ? path.resolve(place.file) : site.configFile, line: place?.line, column: place?.column });
  }
  // As the plugin warns: without the admonition extension, no admonition is drawn to title. Said at the i18n plugin's entry.
  if (settings.admonitionTitles && !config.markdown_extensions.some((spec) => spec.name === 'admonition')) {
    messages.push({ severity: 'warning', message: "i18n: admonition_translations are given, but admonitions are not drawn without 'admonition' in markdown_extensions", ...(site.pluginPlace?.('i18n') ?? { file: site.configFile }) });
  }
  for (const { extension, message } of notes.optionWarnings) {
    const place = site.extensionPlace(extension);
    messages.push({ severity: 'warning', message: `markdown extension "${extension}": ${message}`, file: place ? path.resolve(place.file) : site.configFile, line: place?.line, column: place?.column });
  }
  const results = new Map<string, PageResult>();
  for (const page of done.pages.values()) {
    messages.push(...page.messages);
    results.set(page.src, page.result);
  }
  messages.push(...done.messages);
  if (done.reused > 0) messages.push({ severity: 'info', message: `${done.reused} of ${sources.length} pages are unchanged since the last build and were not rendered again` });
  // Kept with the cache for the next build (a cache from before it was kept has none).
  const cache = done.cache.notes ? done.cache : { ...done.cache, notes: plainNotes(notes) };
  return { results, icons, cache, reused: done.reused, rendered: done.rendered, messages, gitRefs: revision?.refFiles };
}
