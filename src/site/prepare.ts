/**
 * Everything a build needs before Astro runs, as plain Node: the site pipeline's stages up to the
 * model, in order, each reading what the ones before it produced (src/site/stages/, one file per
 * stage; ARCHITECTURE.md has the table):
 *
 *   load → discover → render → nav → tags → check links → model
 *
 * The CLI, `serve`, the Astro integration and the end-to-end tests all go through here.
 */
import type { MkdocsConfig } from '../config/index.ts';
import type { SiteMessage } from './messages.ts';
import type { RenderCache } from './render-cache.ts';
import { phaseClock, type TimingListener } from './timings.ts';
import { discoverStage } from './stages/discover.ts';
import { linkStage } from './stages/links.ts';
import { loadStage, type LoadOptions } from './stages/load.ts';
import { modelStage, type ModelStage } from './stages/model.ts';
import { navStage } from './stages/nav.ts';
import { renderStage } from './stages/render.ts';
import { tagStage } from './stages/tags.ts';

export interface PrepareOptions extends LoadOptions {
  /** Told how long each phase took (config, render, model): the bench listens here. */
  readonly onTiming?: TimingListener | undefined;
  /** Threads to render pages with (default: one per core, for sites big enough to gain). */
  readonly threads?: number | undefined;
  /**
   * Pages of the last build (PreparedSite.renderCache), or where to find them once the output
   * folder is known: unchanged pages are not rendered again.
   */
  readonly cache?: RenderCache | ((outDir: string) => RenderCache | undefined) | undefined;
}

/** The model stage's output (model, base, siteUrl, staticFiles, watch, inputs) and what a build needs besides. */
export interface PreparedSite extends Omit<ModelStage, 'messages'> {
  readonly config: MkdocsConfig;
  readonly projectDir: string;
  readonly outDir: string;
  /** Every stage's messages, in stage order. */
  readonly messages: SiteMessage[];
  /** What the next build of this site may reuse. */
  readonly renderCache: RenderCache;
  /** How many pages were reused from the cache given. */
  readonly reused: number;
}

export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const lap = phaseClock(options.onTiming);
  const site = loadStage(options);
  const files = discoverStage(site);
  // Reading icon sets and building the renderer count as rendering.
  lap('config');
  const cache = typeof options.cache === 'function' ? options.cache(site.outDir) : options.cache;
  const rendered = await renderStage(site, files, { threads: options.threads, cache });
  lap('render');
  const navigation = navStage(site, files, rendered.results);
  const tagged = tagStage(site, files, rendered.results, navigation);
  const links = linkStage(site, files, tagged.results);
  const made = modelStage(site, files, rendered, navigation, tagged, links);
  lap('model');
  const messages = [site, files, rendered, navigation, tagged, links, made].flatMap((stage) => stage.messages);
  return {
    model: made.model,
    config: site.config,
    projectDir: site.projectDir,
    outDir: site.outDir,
    base: made.base,
    siteUrl: made.siteUrl,
    staticFiles: made.staticFiles,
    watch: made.watch,
    inputs: made.inputs,
    messages,
    renderCache: rendered.cache,
    reused: rendered.reused,
  };
}
