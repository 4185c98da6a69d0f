/**
 * The Astro integration: with the .astro files and src/integration/, the only code that knows
 * Astro. It prepares the site with src/site (config, pages, nav), hands the model to the pages
 * in memory (src/integration/model-module.ts), maps MkDocs settings onto Astro's (site_url ->
 * site/base, site_dir -> where the site is published), and after Astro has rendered the pages it
 * places them at MkDocs' file names, copies static files, writes the sitemap, the tags
 * plugin's tags.json and the search index, and publishes the site.
 *
 * A build never lets Astro write into the user's folder: Astro renders into a private workspace
 * (src/integration/workspace.ts), and the output folder is checked (src/site/output-dir.ts)
 * before anything is created or emptied.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger as Logger } from 'astro';
import type { ConfigOverrides } from './config/index.ts';
import { listOutputs, removeBuildManifest, writeBuildManifest } from './integration/build-manifest.ts';
import { readRenderCache } from './integration/cache-file.ts';
import { modelModule } from './integration/model-module.ts';
import { startEarlyIndex, type EarlyIndex } from './integration/early-index.ts';
import { pagesInFlight, pagesInFlightFor, startEmit, type BuildEmit } from './integration/emit.ts';
import { mayPatchLastBuild } from './integration/page-reuse.ts';
import { siteArrival, type SiteArrival } from './integration/site-arrival.ts';
import { patchPages, writePatchedSite } from './integration/content-patch.ts';
import { preloadHelperPlugin } from './integration/preload-helper.ts';
import { ssrExternalsPlugin } from './integration/ssr-externals.ts';
import { copyStaticEarly, publishBuild, type EarlyCopies } from './integration/publish-build.ts';
import { staticFilesPlugin } from './integration/static-server.ts';
import { createWorkspace, OutputDirError, type Workspace } from './integration/workspace.ts';
import { searchDevPlugin } from './search/dev-plugin.ts';
import { themeParts, type ThemeParts } from './theme/assets.ts';
import { formatMessage, type SiteMessage } from './site/messages.ts';
import { configKey, fingerprintFiles } from './site/fingerprint.ts';
import { checkSiteOutputDir } from './site/output-dir.ts';
import type { PageModel } from './site/model.ts';
import { prepareSite, type PreparedSite } from './site/prepare.ts';
import { previewedSite } from './site/preview.ts';
import { createSiteSession, type PrepareOptions, type SiteFrame, type SiteSession } from './site/session.ts';
import { phaseClock, type TimingListener } from './site/timings.ts';
import { OFF_MAIN_MARKDOWN_BYTES, type SpareWorker } from './site/render-process.ts';

export interface MkdocsIntegrationOptions {
  /** Path to mkdocs.yml; default: ./mkdocs.yml. */
  readonly configFile?: string | undefined;
  /** Overrides site_dir. */
  readonly siteDir?: string | undefined;
  /** Values the command line sets over mkdocs.yml. */
  readonly overrides?: ConfigOverrides | undefined;
  /** Receives every message once; default: printed through Astro's logger. */
  readonly onMessages?: ((messages: readonly SiteMessage[]) => void) | undefined;
  /** Called with each prepared site before its messages are reported (the CLI reads `strict:` here). */
  readonly onPrepared?: ((site: PreparedSite) => void) | undefined;
  /** Called after the build with the number of pages written. */
  readonly onBuilt?: ((summary: { pages: number; outDir: string; searchPages: number; search: boolean }) => void) | undefined;
  /**
   * Told how long each build phase took: config, render and model (prepareSite), then astro
   * (from the prepared site to Astro's last page), write, pagefind and publish. For the bench.
   */
  readonly onTiming?: TimingListener | undefined;
  /** Reuse the pages of the last build in the output folder (default true; `--no-cache` says false). */
  readonly cache?: boolean | undefined;
  /**
   * Record what this build read and wrote (src/integration/build-manifest.ts) so that the next
   * one can tell nothing changed: our code's key (src/cli/up-to-date.ts) and when the build began
   * (Date.now()), since a file changed after that may not be in this site.
   */
  readonly manifest?: { readonly codeKey: string; readonly started: number } | undefined;
  /**
   * Our code's key (src/cli/up-to-date.ts): with it, a build records what each page's file was
   * made of, and the next build (unless `cache` is false) keeps the files of pages that did not
   * change (src/integration/page-reuse.ts). Default: the manifest's.
   */
  readonly codeKey?: string | undefined;
  /** The build's workspace, when the caller made it before Astro started (the CLI: Astro's root). */
  readonly workspace?: Workspace | undefined;
  /**
   * A render worker the caller started early (the CLI, for a cold build of enough Markdown): the
   * first worker the pages render in. The caller ends it if the build never takes it.
   */
  readonly spareWorker?: SpareWorker | undefined;
}

/** Modification times can be coarse: a file changed this close to the start may have been missed. */
const MTIME_MARGIN_MS = 2000;

export interface MkdocsIntegration extends AstroIntegration {
  /**
   * Builds the site without starting Astro when no page needs drawing (each is kept, or only its
   * content changed: src/integration/content-patch.ts); resolves to false when Astro must build
   * it, its setup then taking the site prepared here. The CLI asks before loading Astro.
   */
  readonly buildWithoutAstro: () => Promise<boolean>;
  /** Removes the build's workspace; the CLI calls it whether the build succeeded or not, and awaits it. */
  readonly dispose: () => Promise<void>;
}

export default function mkdocs(options: MkdocsIntegrationOptions = {}): MkdocsIntegration {
  const configFile = path.resolve(options.configFile ?? 'mkdocs.yml');
  let prepared: PreparedSite | undefined;
  let workspace: Workspace | undefined = options.workspace;
  let cwdBefore: string | undefined;
  // A build's pages: which Astro renders (the others are reused, src/integration/page-reuse.ts),
  // and the search index they go into as their HTML appears (src/integration/page-middleware.ts).
  let emit: BuildEmit | undefined;
  // A cold build's site, which its pages wait for (site-arrival.ts).
  let arrival: SiteArrival | undefined;
  // Pages read the model through a virtual module; this instance's entry in it.
  const models = modelModule({
    model: () => prepared?.model,
    arrived: () => arrival?.arrived(),
    pagesToRender: () => emit?.pagesToRender(),
    wantsRenderedPages: () => emit !== undefined,
    pageRendered: (route, html, bytes) => emit?.pageRendered(route, html, bytes),
    readsRenderedFile: (route) => emit?.readsRenderedFile(route) ?? false,
    spliceMarkers: (route) => emit?.splice.markers(route),
  });
  // What was reported, for the manifest: an up-to-date site says its build's messages again.
  const reported: SiteMessage[] = [];
  // Every message goes through one reporter, so the CLI's counts and --strict see them all:
  // `onMessages`, else the logger of Astro's (once it runs) or the console.
  let print = options.onMessages ?? printTo(console);
  const useLogger = (logger: Logger): void => {
    print = options.onMessages ?? printTo({ error: (line) => logger.error(line), warn: (line) => logger.warn(line), log: (line) => logger.info(line) });
  };
  const report = (messages: readonly SiteMessage[]): void => {
    reported.push(...messages);
    print(messages);
  };
  // Laps continue from prepareSite's last phase to the end of the build.
  let lap = phaseClock(undefined);

  // `serve` keeps one site session (src/site/session.ts): each change re-runs only the stages it
  // reaches, on one thread (no worker start-up per save), reusing the pages of its last save.
  let session: SiteSession | undefined;

  // A build may render on several threads (src/site/render-pages.ts decides) and reuses the
  // pages of the last build in its output folder.
  const prepare = async (command: 'build' | 'serve', changed?: readonly string[], beforeRender?: PrepareOptions['beforeRender']): Promise<PreparedSite> => {
    let next: PreparedSite;
    if (command === 'serve') {
      session ??= createSiteSession({ configFile, siteDir: options.siteDir, overrides: options.overrides, onTiming: options.onTiming, threads: 1, serve: true });
      next = await session.update(changed);
    } else {
      // Big pages' HTML stays in files in the workspace, when the CLI made it before (page-html.ts).
      next = await prepareSite({ configFile, siteDir: options.siteDir, overrides: options.overrides, onTiming: options.onTiming, cache: options.cache === false ? undefined : readRenderCache, htmlDir: workspace?.html, beforeRender });
    }
    lap = phaseClock(options.onTiming);
    // A cold build's site, arriving after its build failed in Astro and was disposed of: the CLI
    // has said how the build ended, and nothing may follow that line.
    if (disposed) return next;
    // Only static files changed: no stage ran, and there is nothing new to say.
    if (next === prepared) return next;
    options.onPrepared?.(next);
    report(next.messages);
    // `serve` applies an edited mkdocs.yml by re-preparing the site, as for any source (no Astro
    // restart: pages read the model anew when rendered). The one thing it cannot change in a running
    // server is where it serves, as with `mkdocs serve`: say so instead of serving broken links.
    if (prepared && (next.base !== prepared.base || next.siteUrl !== prepared.siteUrl)) {
      report([{ severity: 'warning', file: configFile, message: `site_url changed: the server still serves under ${prepared.base}; restart serve to serve under ${next.base}` }]);
    }
    prepared = next;
    return next;
  };


  // The site a build prepared before Astro started (buildWithoutAstro), for Astro's setup to take.
  let early: PreparedSite | undefined;
  let disposed = false;
  // A build with no last build to patch: its pages render in worker processes while Astro loads
  // and bundles the theme, knowing only the site's frame; Astro's pages wait for the site (siteArrival).
  let coming: { readonly frame: SiteFrame; readonly site: Promise<PreparedSite> } | undefined;
  // A rebuild's search index, started while its pages render (early-index.ts), until the emit stage takes it or drops it.
  let earlyIndex: EarlyIndex | undefined;
  // A cold build's static files, copied while its pages render (publish-build.ts copyStaticEarly),
  // and the parts of its theme alike for every site, made meanwhile too.
  let earlyCopies: EarlyCopies | undefined;
  let earlyTheme: ThemeParts | undefined;

  /** A build's output folder checked and its workspace; returns the workspace. */
  const openWorkspace = (frame: SiteFrame | PreparedSite): Workspace => {
    const problem = checkSiteOutputDir(frame, path.resolve(import.meta.dirname, '..'));
    if (problem) throw new OutputDirError(problem);
    workspace ??= createWorkspace(frame.outDir);
    return workspace;
  };

  /** A build's output folder checked, its workspace and its emit stage; returns the workspace. */
  const startBuild = (site: PreparedSite): Workspace => {
    const opened = openWorkspace(site);
    emit ??= startEmit(site, opened.out, options.codeKey ?? options.manifest?.codeKey, options.cache !== false, earlyIndex);
    earlyIndex = undefined;
    return opened;
  };

  /**
   * What a build does once its pages are drawn (by Astro, or written without it: content-patch.ts):
   * `drawn` are the pages Astro rendered, `patched` how many were written without it.
   */
  const finish = async (drawn: readonly PageModel[], patched: number, log: (line: string) => void): Promise<void> => {
    if (!prepared || !workspace || !emit) return;
    const site = prepared;
    const [copies, parts] = [earlyCopies, earlyTheme];
    earlyCopies = undefined;
    earlyTheme = undefined;
    const done = await publishBuild({ site, out: workspace.out, previous: workspace.previous, emit, drawn, patched, report, cache: options.cache !== false, lap, indexed: () => { emit = undefined; }, earlyCopies: copies, themeParts: parts });
    // A build that records nothing (--no-cache) leaves no older build's word for this site.
    if (options.manifest) recordBuild(site, options.manifest, reported, { pages: done.pages, searchPages: done.searchPages, search: site.model.site.search });
    else removeBuildManifest(site.outDir);
    lap('publish');
    options.onBuilt?.({ pages: done.pages, outDir: site.outDir, searchPages: done.searchPages, search: site.model.site.search });
    log(`${done.pages} pages written to ${site.outDir}`);
  };

  return {
    name: 'mkdocs-astro',
    buildWithoutAstro: async () => {
      // Only a site whose last build left its views record can be patched (page-reuse.ts): for
      // any other, Astro is needed whatever the pages hold, so it starts as soon as the config is
      // read, its pages rendering meanwhile in a worker when they are enough to pay for its start.
      const framed = Promise.withResolvers<SiteFrame | undefined>();
      const preparing = prepare('build', undefined, (frame) => {
        const cold = (options.codeKey ?? options.manifest?.codeKey) === undefined || !mayPatchLastBuild(frame.outDir, options.cache !== false);
        framed.resolve(cold ? frame : undefined);
        // A rebuild hands Pagefind the pages its render cache gives while it renders the others (early-index.ts).
        const onCached = cold ? undefined : (dests: readonly string[]) => {
          earlyIndex = startEarlyIndex(frame.outDir, dests);
          return earlyIndex?.handedOver;
        };
        return { offMain: cold && frame.markdownBytes >= OFF_MAIN_MARKDOWN_BYTES, spare: options.spareWorker, onCached };
      });
      const frame = await Promise.race([framed.promise, preparing.then(() => undefined)]);
      if (frame) {
        coming = { frame, site: preparing };
        // Awaited by Astro's setup; a failure meanwhile is not an unhandled rejection.
        preparing.catch(() => undefined);
        return false;
      }
      const site = await preparing;
      early = site;
      const out = startBuild(site).out;
      const plan = emit?.plan;
      const patched = plan && options.cache !== false ? patchPages(site.model, site.outDir, plan) : undefined;
      if (!plan || !patched) return false;
      early = undefined;
      writePatchedSite(site.model, site.outDir, out, plan, patched);
      for (const entry of patched) await emit?.pageRendered(entry.page.route, entry.html);
      lap('astro');
      await finish([], patched.length, () => undefined);
      return true;
    },
    dispose: async () => {
      disposed = true;
      if (cwdBefore !== undefined) process.chdir(cwdBefore);
      cwdBefore = undefined;
      models.dispose();
      // Pagefind may be writing the index into the workspace (emit.ts modelIndex), and static files
      // may be on their way into it (copyStaticEarly): stopped or ended first.
      const stopping = Promise.all([emit?.search.cancel(), earlyIndex?.search.cancel(), earlyCopies?.done.catch(() => undefined)]);
      earlyCopies = undefined;
      emit = undefined;
      earlyIndex = undefined;
      const removed = workspace;
      workspace = undefined;
      await stopping.catch(() => undefined);
      await removed?.dispose();
    },
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, addMiddleware, logger }) => {
        useLogger(logger);
        if (command === 'preview') {
          // The built site as it is: nothing is prepared or rendered.
          const served = previewedSite({ configFile, siteDir: options.siteDir, overrides: options.overrides });
          if (served.problem) throw new OutputDirError(served.problem);
          updateConfig({ ...(served.siteUrl ? { site: served.siteUrl } : {}), base: served.base, outDir: pathToFileURL(`${served.outDir}${path.sep}`), trailingSlash: 'ignore' });
          return;
        }
        const arriving = command === 'build' ? coming : undefined;
        coming = undefined;
        arrival = arriving && siteArrival(arriving.site, {
          // A site that arrives after the build ended (Astro failed first) starts nothing.
          ready: (ready) => {
            if (!disposed) startBuild(ready);
          },
          bundled: () => {
            if (workspace) earlyCopies = copyStaticEarly(workspace.out, arriving.frame.staticFiles);
          },
          waiting: () => {
            setImmediate(() => {
              try {
                earlyTheme = themeParts();
              } catch {
                // Made again after Astro, where a failure is reported.
              }
            });
          },
        });
        // A build the CLI first tried without Astro (buildWithoutAstro) has prepared its site, or is preparing it.
        const site = arriving?.frame ?? early ?? await prepare(command === 'build' ? 'build' : 'serve');
        early = undefined;
        if (command === 'build') {
          const started = 'model' in site ? startBuild(site) : openWorkspace(site);
          // Astro puts its server chunks (the prerender entry) in `<cwd>/.astro/` whenever outDir
          // is not under the working directory: a folder every build from that directory shares,
          // in the user's project. Working in the workspace keeps them in it; dispose() goes back.
          cwdBefore = process.cwd();
          process.chdir(started.root);
          addMiddleware({ entrypoint: new URL('./integration/page-middleware.ts', import.meta.url), order: 'post' });
        }
        updateConfig({
          ...(site.siteUrl ? { site: site.siteUrl } : {}),
          base: site.base,
          // File URLs: Astro 7 does not resolve path strings given through updateConfig.
          ...(workspace ? { outDir: pathToFileURL(`${workspace.out}${path.sep}`), cacheDir: pathToFileURL(`${workspace.cache}${path.sep}`) } : {}),
          trailingSlash: 'ignore',
          // Pages are moved to MkDocs' file names after the build; one file per route is all we need.
          // No inlined stylesheets or scripts: the site must work under `default-src 'self'`.
          // A few pages at once (see pagesInFlight).
          build: { format: 'file', inlineStylesheets: 'never', concurrency: 'model' in site ? pagesInFlight(site.model.pages) : pagesInFlightFor(site.largestPage) },
          vite: {
            build: { assetsInlineLimit: 0 },
            plugins: [
              models.plugin,
              ...(arrival ? [arrival.plugin] : []),
              staticFilesPlugin({ current: () => prepared, rebuild: (changed) => prepare('serve', changed) }),
              searchDevPlugin(() => prepared),
              // Every page's script carries the helper of its dynamic imports: ours is a third of Vite's.
              preloadHelperPlugin(),
              // A build's server bundle imports our modules from their files (see ssr-externals.ts).
              ...(command === 'build' && workspace ? [ssrExternalsPlugin(path.join(workspace.root, 'src'))] : []),
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!prepared || !workspace || !emit) return;
        lap('astro');
        await finish(emit.stale ? prepared.model.pages : emit.plan.render, 0, (line) => logger.info(line));
      },
    },
  };
}

/**
 * Prints messages as the CLI does, on `to`'s error, warning and info lines, with paths relative
 * to the working directory now (a build later works in its workspace).
 */
function printTo(to: { readonly error: (line: string) => void; readonly warn: (line: string) => void; readonly log: (line: string) => void }): (messages: readonly SiteMessage[]) => void {
  const cwd = process.cwd();
  return (messages) => {
    for (const m of messages) {
      const line = formatMessage(m, cwd);
      if (m.severity === 'error') to.error(line);
      else if (m.severity === 'warning') to.warn(line);
      else to.log(line);
    }
  };
}

/**
 * The manifest of a published build (src/integration/build-manifest.ts): what it read (the files
 * `serve` would watch and every place a snippet could come from) and what it wrote. Not written
 * when an input changed while the build ran; the last one is removed then.
 */
function recordBuild(site: PreparedSite, manifest: { codeKey: string; started: number }, messages: readonly SiteMessage[], counts: { pages: number; searchPages: number; search: boolean }): void {
  const roots = site.inputs;
  const read = fingerprintFiles(roots, [site.outDir]);
  if (read.newest >= manifest.started - MTIME_MARGIN_MS) {
    removeBuildManifest(site.outDir);
    return;
  }
  // Info lines describe how that build went (pages reused...); warnings and errors are said again.
  const kept = messages.filter((m) => m.severity !== 'info');
  writeBuildManifest(site.outDir, { codeKey: manifest.codeKey, configKey: configKey(site.config), roots, fingerprint: read.hash, outputs: listOutputs(site.outDir), messages: kept, ...counts });
}
