/**
 * A site across changes (`serve`): keeps the last output of every pipeline stage and, told which
 * files changed, runs again only the stages that read them (src/site/session-plan.ts decides),
 * reusing the others' outputs. The stages stay functions of their inputs; the memo is here.
 *
 *   const session = createSiteSession({ configFile, serve: true });
 *   await session.update();                        // every stage
 *   await session.update(['/p/docs/a.md']);        // render (a.md only, the rest from the cache) → model
 *   await session.update(['/p/docs/style.css']);   // nothing: the same PreparedSite is returned
 *
 * The icon index is kept while the icon folders named by the config are the same and none of
 * their files changed; the renderer is made anew for each render (it keeps what it read).
 * After a failed update the next one runs every stage, whatever changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';
import type { SiteMessage } from './messages.ts';
import type { RenderCache } from './render-cache.ts';
import { fileSize } from '../shared/file-size.ts';
import type { StaticFile } from './static-files.ts';
import type { SpareWorker } from './render-process.ts';
import { rendererCode } from './render-cache.ts';
import { planUpdate, STAGES, type SiteView, type StageName, type UpdatePlan } from './session-plan.ts';
import { phaseClock, type TimingListener } from './timings.ts';
import { discoverStage, type DiscoveredSite } from './stages/discover.ts';
import { linkStage, type CheckedLinks } from './stages/links.ts';
import { loadStage, type LoadedSite, type LoadOptions } from './stages/load.ts';
import { metaStage, readAuthors, type MetaPages } from './stages/meta.ts';
import { modelStage, servedAt, snippetBasePaths, type ModelStage } from './stages/model.ts';
import { navStage, type NavStage } from './stages/nav.ts';
import { iconDirsOf, renderStage, type RenderedPages } from './stages/render.ts';
import { blogStage, type BlogStage } from './stages/blog.ts';
import { tagStage, type TaggedPages } from './stages/tags.ts';
import type { TagsExport } from './tags-export.ts';
import type { RssOptions } from './rss-options.ts';
import type { LlmsOptions } from './llmstxt-options.ts';
import type { PrivacyOptions } from './privacy-options.ts';
import type { ExcludeSearchRules } from './exclude-search.ts';
import type { PrivacyFile } from './privacy.ts';

export type { StageName } from './session-plan.ts';

/** Where a build's pages render: in worker processes (the first of them `spare`, already started) or here. */
export interface RenderPlace {
  readonly offMain: boolean;
  readonly spare?: SpareWorker | undefined;
  /** Told the output files of the pages taken from the last build's render cache, before the others render (a rebuild starts its search index with them). */
  readonly onCached?: ((dests: readonly string[]) => Promise<void> | undefined) | undefined;
}

/** What a build knows of its site once the config is read and the pages are found, before any renders. */
export interface SiteFrame {
  readonly config: MkdocsConfig;
  readonly projectDir: string;
  readonly outDir: string;
  readonly base: string;
  readonly siteUrl: string | undefined;
  /** The size of the largest page's source, in bytes. */
  readonly largestPage: number;
  /** The size of every page's source together, in bytes. */
  readonly markdownBytes: number;
  /** The static files discover found (the model adds the link check's asset aliases to them). */
  readonly staticFiles: readonly StaticFile[];
}

export interface PrepareOptions extends LoadOptions {
  /** Told how long each phase took (config, render, model): the bench listens here. */
  readonly onTiming?: TimingListener | undefined;
  /** Threads to render pages with (default: one per core, for sites big enough to gain). */
  readonly threads?: number | undefined;
  /**
   * Pages of the last build (PreparedSite.renderCache), or where to find them once the output
   * folder is known (and, to the reader, `htmlDir`): unchanged pages are not rendered again.
   */
  readonly cache?: RenderCache | ((outDir: string, htmlDir?: string) => RenderCache | undefined) | undefined;
  /**
   * Where a big page's HTML a render worker wrote stays, read only where it must be (src/shared/
   * page-html.ts): a build's workspace, gone with it. Without one, it is read back whole.
   */
  readonly htmlDir?: string | undefined;
  /**
   * Told the site's frame before any page renders; answers where they render: `offMain` puts
   * every page in worker processes, leaving this thread free for whatever runs meanwhile (a
   * cold build loads Astro and bundles the theme while its pages render).
   */
  readonly beforeRender?: ((frame: SiteFrame) => RenderPlace) | undefined;
}

/** The model stage's output (model, base, siteUrl, staticFiles, watch, inputs) and what a build needs besides. */
export interface PreparedSite extends Omit<ModelStage, 'messages'> {
  readonly config: MkdocsConfig;
  /** Where a plugin is written in mkdocs.yml, for the messages of plugins that run after Astro (redirects). */
  readonly pluginPlace: LoadedSite['pluginPlace'];
  /** Where a setting is written in mkdocs.yml (file, line, column), for the messages of what runs after Astro (the theme's fonts). */
  readonly placeOf: LoadedSite['placeOf'];
  readonly projectDir: string;
  readonly outDir: string;
  /** Every stage's messages, in stage order. */
  readonly messages: SiteMessage[];
  /** What the next build of this site may reuse. */
  readonly renderCache: RenderCache;
  /** How many pages were reused from the cache given. */
  readonly reused: number;
  /** The pages the last render rendered (the others came from the cache), docs-relative. */
  readonly rendered: readonly string[];
  /**
   * What the update that made this site changed: `pages` when only what pages show (their
   * content, titles, meta, tags: the update began at render or meta, with the same icons), so a
   * browser may swap the page's parts in; `site` for anything else (config, files, templates).
   */
  readonly change: 'pages' | 'site';
  /** The tags plugin's tags.json (its `export`), for the build to write; undefined when off. */
  readonly tagsExport: TagsExport | undefined;
  /** mkdocs-rss-plugin's options, for the build to write its feeds and serve to serve them (src/integration/plugin-files.ts); undefined when off. */
  readonly rss: RssOptions | undefined;
  /** mkdocs-llmstxt's options, for the build to write its files and serve to serve them (src/integration/plugin-files.ts); undefined when off. */
  readonly llmstxt?: LlmsOptions | undefined;
  /** Material's privacy plugin's options, applied by a build (src/site/privacy.ts); undefined when off. */
  readonly privacy?: PrivacyOptions | undefined;
  /** mkdocs-exclude-search's rules: what of each page the search index leaves out (src/site/exclude-search.ts); undefined when off. */
  readonly excludeSearch?: ExcludeSearchRules | undefined;
  /** The privacy plugin's style sheets and scripts with their references pointed at the downloaded copies, written over the copies of the same name. */
  readonly privacyFiles?: readonly PrivacyFile[] | undefined;
}

export interface SessionOptions extends PrepareOptions {
  /** Told each stage that ran and how long it took (ms), in order: tests and the bench listen here. */
  readonly onStage?: ((stage: StageName, ms: number) => void) | undefined;
  /** Whether a file is still there (default: node:fs existsSync); tests may pass their own. */
  readonly exists?: ((file: string) => boolean) | undefined;
}

export interface SiteSession {
  /**
   * The site after `changed` (absolute paths) changed. The first update, one without `changed`
   * and the one after a failure run every stage; an update that needs no stage returns the
   * last PreparedSite itself.
   */
  update(changed?: readonly string[]): Promise<PreparedSite>;
}

/** Every stage's last output. */
interface Memo {
  readonly site: LoadedSite;
  readonly files: DiscoveredSite;
  readonly iconKey: string;
  readonly rendered: RenderedPages;
  readonly meta: MetaPages;
  readonly navigation: NavStage;
  readonly tagged: TaggedPages;
  readonly blog: BlogStage;
  readonly links: CheckedLinks;
  readonly made: ModelStage;
  readonly prepared: PreparedSite;
}

const EVERYTHING: UpdatePlan = { from: 'load', freshIcons: true };

export function createSiteSession(options: SessionOptions): SiteSession {
  const exists = options.exists ?? existsSync;
  let memo: Memo | undefined;
  let code: string | undefined;

  const run = async (plan: UpdatePlan, last: Memo | undefined): Promise<Memo> => {
    const from = STAGES.indexOf(plan.from ?? 'model');
    const stale = (stage: StageName) => STAGES.indexOf(stage) >= from;
    const lap = phaseClock(options.onTiming);
    const timed = <T>(stage: StageName, work: () => T): T => {
      const started = performance.now();
      const out = work();
      options.onStage?.(stage, performance.now() - started);
      return out;
    };
    const timedAsync = async <T>(stage: StageName, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const out = await work();
      options.onStage?.(stage, performance.now() - started);
      return out;
    };

    const site = last && !stale('load') ? last.site : timed('load', () => loadStage(options));
    const files = last && !stale('discover') ? last.files : timed('discover', () => discoverStage(site));
    // Reading icon sets and building the renderer count as rendering.
    lap('config');
    const iconKey = JSON.stringify(iconDirsOf(site));
    const place = !last && options.beforeRender ? options.beforeRender(frameOf(site, files)) : undefined;
    // git-authors' blame runs while the pages render (its git processes, not this thread, do the
    // work); a save commits nothing, so then only the pages rendered again are blamed again, after.
    const lastBlame = last && !stale('discover') ? last.meta.blame : undefined;
    const blaming = (last && !stale('meta')) || lastBlame ? undefined : readAuthors(site, files);
    const rendered = last && !stale('render') ? last.rendered : await timedAsync('render', () => {
      const keepIcons = last !== undefined && !plan.freshIcons && last.iconKey === iconKey;
      // A new icon index may draw any page differently: no page is taken from the cache then.
      const cache = !last ? (typeof options.cache === 'function' ? options.cache(site.outDir, options.htmlDir) : options.cache) : keepIcons ? last.rendered.cache : undefined;
      // Taken when the render cache's key is (render-pages.ts), once per session.
      const codeOf = () => (code ??= rendererCode());
      return renderStage(site, files, { threads: options.threads, cache, icons: keepIcons ? last.rendered.icons : undefined, code: codeOf, htmlDir: options.htmlDir, offMain: place?.offMain, spare: place?.spare, onCached: place?.onCached });
    });
    // A save commits nothing: git's history is read again only when the pages or the config may differ.
    const lastHistory = last && !stale('discover') && last.meta.history ? { history: last.meta.history, builtAt: last.meta.builtAt } : undefined;
    const blame = lastBlame && stale('meta') ? await readAuthors(site, files, { last: lastBlame, pages: filesOf(files.pages, rendered.rendered) }) : await blaming;
    const meta = last && !stale('meta') ? last.meta : timed('meta', () => metaStage(site, files, rendered.results, { history: lastHistory, blame }));
    lap('render');
    const navigation = last && !stale('nav') ? last.navigation : timed('nav', () => navStage(site, files, meta.results));
    const tagged = last && !stale('tags') ? last.tagged : timed('tags', () => tagStage(site, files, meta.results, navigation));
    const blog = last && !stale('blog') ? last.blog : timed('blog', () => blogStage(site, files, tagged.results, navigation));
    const links = last && !stale('links') ? last.links : timed('links', () => linkStage(site, files, tagged.results));
    const made = timed('model', () => modelStage(site, files, rendered, navigation, tagged, links, blog));
    lap('model');
    const messages = [site, files, rendered, meta, navigation, tagged, blog, links, made].flatMap((stage) => stage.messages);
    const prepared: PreparedSite = {
      model: made.model,
      config: site.config,
      pluginPlace: site.pluginPlace,
      placeOf: site.placeOf,
      projectDir: site.projectDir,
      outDir: site.outDir,
      base: made.base,
      siteUrl: made.siteUrl,
      staticFiles: made.staticFiles,
      watch: made.watch,
      absent: made.absent,
      translations: made.translations,
      social: made.social,
      // A commit changes the dates, not the sources: its refs are inputs too (and, with no
      // history to read, the .git folders and refs that would give one).
      inputs: [...made.inputs, ...(meta.history?.refFiles ?? []), ...(meta.blame?.refFiles ?? []), ...(rendered.gitRefs ?? [])],
      messages,
      renderCache: rendered.cache,
      reused: rendered.reused,
      rendered: rendered.rendered,
      change: last && (plan.from === 'render' || plan.from === 'meta') && !plan.freshIcons ? 'pages' : 'site',
      tagsExport: tagged.exported,
      rss: site.plugins.rss,
      llmstxt: site.plugins.llmstxt,
      privacy: site.plugins.privacy,
      excludeSearch: site.plugins.excludeSearch,
    };
    return { site, files, iconKey, rendered, meta, navigation, tagged, blog, links, made, prepared };
  };

  return {
    async update(changed) {
      const last = memo;
      const plan = last && changed ? planUpdate(changed, viewOf(last), exists) : EVERYTHING;
      if (last && plan.from === undefined) return last.prepared;
      // Forgotten until this run succeeds: after a failure nothing of the last run is trusted.
      memo = undefined;
      memo = await run(plan, last);
      return memo.prepared;
    },
  };
}

function frameOf(site: LoadedSite, files: DiscoveredSite): SiteFrame {
  const { base, origin } = servedAt(site.config.site_url);
  const docsDir = site.config.docs_dir;
  let largestPage = 0;
  let markdownBytes = 0;
  for (const page of files.pages) {
    const bytes = fileSize(path.join(docsDir, page.file ?? page.src));
    largestPage = Math.max(largestPage, bytes);
    markdownBytes += bytes;
  }
  return { config: site.config, projectDir: site.projectDir, outDir: site.outDir, base, siteUrl: origin, largestPage, markdownBytes, staticFiles: files.staticFiles };
}

/** What the plan needs to know of the last run, as absolute paths. */
function viewOf(memo: Memo): SiteView {
  const { site, files, rendered } = memo;
  const docsDir = site.config.docs_dir;
  return {
    configFiles: site.configFiles,
    docsDir,
    // A page's file: an i18n fallback copy's is the default language's, and its translation, once written, is a new page.
    pages: new Set(files.pages.map((page) => path.join(docsDir, page.file ?? page.src))),
    postsDir: site.plugins.blog ? path.join(docsDir, site.plugins.blog.postDir) : undefined,
    metaFile: site.plugins.metaFile,
    metaFiles: new Set(files.metaFiles.map((file) => path.join(docsDir, file))),
    staticFiles: new Set(files.staticFiles.map((file) => file.from)),
    customDir: site.config.theme.custom_dir === undefined ? undefined : path.resolve(site.projectDir, site.config.theme.custom_dir),
    assetsDir: path.join(site.projectDir, 'assets'),
    iconDirs: iconDirsOf(site),
    includes: new Set([...rendered.results.values()].flatMap((result) => result.includes)),
    snippetBases: snippetBasePaths(site.config, site.projectDir),
    dataInputs: site.plugins.dataInputs,
  };
}

/** The files the pages `srcs` are read from (an i18n fallback copy's is its default language's). */
function filesOf(pages: DiscoveredSite['pages'], srcs: readonly string[]): string[] {
  const fileOf = new Map(pages.map((page) => [page.src, page.file ?? page.src]));
  return srcs.map((src) => fileOf.get(src) ?? src);
}
