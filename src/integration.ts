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
import type { AstroIntegration } from 'astro';
import type { ConfigOverrides } from './config/index.ts';
import { listOutputs, removeBuildManifest, writeBuildManifest } from './integration/build-manifest.ts';
import { readRenderCache, writeRenderCache } from './integration/cache-file.ts';
import { copyFilesInto } from './integration/copy-files.ts';
import { modelModule } from './integration/model-module.ts';
import { indexWrittenPages, pagesInFlight, startEmit, type BuildEmit } from './integration/emit.ts';
import { takeReusedPages, writeViews } from './integration/page-reuse.ts';
import { placePages } from './integration/routes.ts';
import { pluginFiles, writePluginFiles } from './integration/plugin-files.ts';
import { staticFilesPlugin } from './integration/static-server.ts';
import { createWorkspace, OutputDirError, publishSite, type Workspace } from './integration/workspace.ts';
import { searchDevPlugin } from './search/dev-plugin.ts';
import { formatMessage, type SiteMessage } from './site/messages.ts';
import { configKey, fingerprintFiles } from './site/fingerprint.ts';
import { checkSiteOutputDir } from './site/output-dir.ts';
import { prepareSite, type PreparedSite } from './site/prepare.ts';
import { previewedSite } from './site/preview.ts';
import { createSiteSession, type SiteSession } from './site/session.ts';
import { phaseClock, type TimingListener } from './site/timings.ts';
import { siteStylesheets, themeAssets, writeThemeAssets } from './theme/assets.ts';

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
}

/** Modification times can be coarse: a file changed this close to the start may have been missed. */
const MTIME_MARGIN_MS = 2000;

export interface MkdocsIntegration extends AstroIntegration {
  /** Removes the build's workspace; the CLI calls it whether the build succeeded or not. */
  readonly dispose: () => void;
}

export default function mkdocs(options: MkdocsIntegrationOptions = {}): MkdocsIntegration {
  const configFile = path.resolve(options.configFile ?? 'mkdocs.yml');
  let prepared: PreparedSite | undefined;
  let workspace: Workspace | undefined = options.workspace;
  let cwdBefore: string | undefined;
  // A build's pages: which Astro renders (the others are reused, src/integration/page-reuse.ts),
  // and the search index they go into as their HTML appears (src/integration/page-middleware.ts).
  let emit: BuildEmit | undefined;
  // Pages read the model through a virtual module; this instance's entry in it.
  const models = modelModule({
    model: () => prepared?.model,
    pagesToRender: () => emit?.pagesToRender(),
    wantsRenderedPages: () => emit !== undefined,
    pageRendered: (route, html) => emit?.pageRendered(route, html),
    readsRenderedFile: (route) => emit?.readsRenderedFile(route) ?? false,
    contentMarker: (route) => emit?.splice.marker(route),
  });
  // Every message goes through one reporter, so the CLI's counts and --strict see them all.
  let report: (messages: readonly SiteMessage[]) => void = () => undefined;
  // What was reported, for the manifest: an up-to-date site says its build's messages again.
  const reported: SiteMessage[] = [];
  // Laps continue from prepareSite's last phase to the end of the build.
  let lap = phaseClock(undefined);

  // `serve` keeps one site session (src/site/session.ts): each change re-runs only the stages it
  // reaches, on one thread (no worker start-up per save), reusing the pages of its last save.
  let session: SiteSession | undefined;

  // A build may render on several threads (src/site/render-pages.ts decides) and reuses the
  // pages of the last build in its output folder.
  const prepare = async (command: 'build' | 'serve', changed?: readonly string[]): Promise<PreparedSite> => {
    let next: PreparedSite;
    if (command === 'serve') {
      session ??= createSiteSession({ configFile, siteDir: options.siteDir, overrides: options.overrides, onTiming: options.onTiming, threads: 1, serve: true });
      next = await session.update(changed);
    } else {
      next = await prepareSite({ configFile, siteDir: options.siteDir, overrides: options.overrides, onTiming: options.onTiming, cache: options.cache === false ? undefined : readRenderCache });
    }
    lap = phaseClock(options.onTiming);
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

  return {
    name: 'mkdocs-astro',
    dispose: () => {
      if (cwdBefore !== undefined) process.chdir(cwdBefore);
      cwdBefore = undefined;
      models.dispose();
      void emit?.search.cancel();
      emit = undefined;
      workspace?.dispose();
      workspace = undefined;
    },
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, addMiddleware, logger }) => {
        const cwd = process.cwd();
        const print = options.onMessages ?? ((messages: readonly SiteMessage[]) => {
          for (const m of messages) {
            const line = formatMessage(m, cwd);
            if (m.severity === 'error') logger.error(line);
            else if (m.severity === 'warning') logger.warn(line);
            else logger.info(line);
          }
        });
        report = (messages) => {
          reported.push(...messages);
          print(messages);
        };
        if (command === 'preview') {
          // The built site as it is: nothing is prepared or rendered.
          const served = previewedSite({ configFile, siteDir: options.siteDir, overrides: options.overrides });
          if (served.problem) throw new OutputDirError(served.problem);
          updateConfig({ ...(served.siteUrl ? { site: served.siteUrl } : {}), base: served.base, outDir: pathToFileURL(`${served.outDir}${path.sep}`), trailingSlash: 'ignore' });
          return;
        }
        const site = await prepare(command === 'build' ? 'build' : 'serve');
        if (command === 'build') {
          const problem = checkSiteOutputDir(site, path.resolve(import.meta.dirname, '..'));
          if (problem) throw new OutputDirError(problem);
          workspace ??= createWorkspace(site.outDir);
          // Astro puts its server chunks (the prerender entry) in `<cwd>/.astro/` whenever outDir
          // is not under the working directory: a folder every build from that directory shares,
          // in the user's project. Working in the workspace keeps them in it; dispose() goes back.
          cwdBefore = process.cwd();
          process.chdir(workspace.root);
          emit = startEmit(site, workspace.out, options.codeKey ?? options.manifest?.codeKey, options.cache !== false);
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
          build: { format: 'file', inlineStylesheets: 'never', concurrency: pagesInFlight(site.model.pages) },
          vite: {
            build: { assetsInlineLimit: 0 },
            plugins: [
              models.plugin,
              staticFilesPlugin({ current: () => prepared, rebuild: (changed) => prepare('serve', changed) }),
              searchDevPlugin(() => prepared),
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!prepared || !workspace || !emit) return;
        lap('astro');
        const out = workspace.out;
        const { plan } = emit;
        const reused = emit.stale ? [] : plan.reused;
        const placed = placePages(out, path.dirname(out), emit.stale ? prepared.model.pages : plan.render) + reused.length;
        emit.splice.apply(out);
        takeReusedPages(prepared.outDir, out, reused);
        // Static files are copied on libuv's threads while Pagefind's process writes the index
        // (the main thread only waits for it). A static file under pagefind/ goes first, as
        // Pagefind's own files replace it; the theme's files and the sitemap are written after
        // the copies, replacing a static file of the same name, as they always have.
        const underIndex = (file: { readonly to: string }) => file.to.startsWith('pagefind/');
        await copyFilesInto(out, prepared.staticFiles.filter(underIndex));
        const copying = copyFilesInto(out, prepared.staticFiles.filter((file) => !underIndex(file)));
        // Not left unhandled while the index is awaited; its failure is thrown below.
        copying.catch(() => undefined);
        // The index was filled while Astro rendered; a bundle that changed under the reused pages
        // (see pagesToRender) had them all rendered again, and the index is made from the files.
        if (emit.stale) await emit.search.cancel();
        if (!emit.stale) emit.addPlacedPages(out);
        const search = emit.stale ? await indexWrittenPages(prepared, out) : await emit.search.finish(out);
        await copying;
        lap('pagefind');
        // The theme's fonts and generated stylesheet depend on mkdocs.yml (theme.font), Mermaid on
        // the pages, the admonition icons on the pages and the site's own stylesheets.
        const theme = themeAssets({ ...prepared.model, pages: [...prepared.model.pages, ...(prepared.model.notFound ?? [])], siteCss: siteStylesheets(prepared.staticFiles) });
        const late: SiteMessage[] = theme.warnings.map((warning) => ({ severity: 'warning', message: warning.message, ...(warning.at ? prepared?.placeOf(warning.at) : { file: prepared?.config.config_file_path }) }));
        if (reused.length > 0) late.push({ severity: 'info', message: `${reused.length} of ${prepared.model.pages.length} pages look as they did in the last build: their files were kept, not drawn again` });
        writeThemeAssets(out, theme.assets);
        // After the pages and the index, as MkDocs' plugins write them on_post_build: the feeds
        // read every page's content and meta, and redirect pages are no pages to find.
        const plugin = pluginFiles(prepared);
        writePluginFiles(out, plugin.files);
        late.push(...plugin.messages);
        lap('write');
        emit = undefined;
        // A failed index is a warning: the site works, and the search dialog says it is unavailable.
        for (const message of search.messages) late.push({ severity: 'warning', message: `search: ${message}` });
        // Reported before publishing: with --strict a late warning stops the build and the old site stays.
        report(late);
        publishSite(out, prepared.outDir);
        writeRenderCache(prepared.outDir, prepared.renderCache);
        if (plan.keys.size > 0) writeViews(prepared.outDir, plan.keys);
        // A build that records nothing (--no-cache) leaves no older build's word for this site.
        if (options.manifest) recordBuild(prepared, options.manifest, reported, { pages: placed, searchPages: search.pages, search: prepared.model.site.search });
        else removeBuildManifest(prepared.outDir);
        lap('publish');
        options.onBuilt?.({ pages: placed, outDir: prepared.outDir, searchPages: search.pages, search: prepared.model.site.search });
        logger.info(`${placed} pages written to ${prepared.outDir}`);
      },
    },
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
