/**
 * The Astro integration: the one place (with the .astro files) that knows Astro. It prepares
 * the site with src/site (config, pages, nav), hands the model to our content loader, maps
 * MkDocs settings onto Astro's (site_url -> site/base, use_directory_urls -> build.format,
 * site_dir -> outDir), copies static files, writes the sitemap and the search index.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MODEL_ENV } from './integration/loader.ts';
import { renameIndexPages } from './integration/routes.ts';
import { staticFilesPlugin } from './integration/static-server.ts';
import { writeSitemap } from './integration/sitemap.ts';
import { searchDevPlugin } from './search/dev-plugin.ts';
import { buildSearchIndex } from './search/index.ts';
import { formatMessage, type SiteMessage } from './site/messages.ts';
import { prepareSite, type PreparedSite } from './site/prepare.ts';
import { themeAssets, writeThemeAssets } from './theme/assets.ts';

export interface MkdocsIntegrationOptions {
  /** Path to mkdocs.yml; default: `MKDOCS_CONFIG_FILE` or ./mkdocs.yml. */
  readonly configFile?: string | undefined;
  /** Overrides site_dir. */
  readonly siteDir?: string | undefined;
  /** Receives every message once; default: printed through Astro's logger. */
  readonly onMessages?: ((messages: readonly SiteMessage[]) => void) | undefined;
  /** Called after the build with the number of pages written. */
  readonly onBuilt?: ((summary: { pages: number; outDir: string; searchPages: number }) => void) | undefined;
}

export default function mkdocs(options: MkdocsIntegrationOptions = {}): AstroIntegration {
  const configFile = path.resolve(options.configFile ?? process.env['MKDOCS_CONFIG_FILE'] ?? 'mkdocs.yml');
  let prepared: PreparedSite | undefined;
  let modelFile = '';
  // Set in `astro:server:setup`; the dev server calls it after re-preparing the site.
  let refresh: (() => Promise<void>) | undefined;
  // Every message goes through one reporter, so the CLI's counts and --strict see them all.
  let report: (messages: readonly SiteMessage[]) => void = () => undefined;

  const prepare = (): PreparedSite => {
    const next = prepareSite({ configFile, siteDir: options.siteDir });
    writeFileSync(modelFile, JSON.stringify(next.model));
    report(next.messages);
    prepared = next;
    return next;
  };

  return {
    name: 'mkdocs-astro',
    hooks: {
      'astro:config:setup': ({ updateConfig, createCodegenDir, logger, addWatchFile }) => {
        modelFile = path.join(fileURLToPath(createCodegenDir()), 'site-model.json');
        process.env[MODEL_ENV] = modelFile;
        report = options.onMessages ?? ((messages: readonly SiteMessage[]) => {
          for (const m of messages) {
            const line = formatMessage(m);
            if (m.severity === 'error') logger.error(line);
            else if (m.severity === 'warning') logger.warn(line);
            else logger.info(line);
          }
        });
        const site = prepare();
        addWatchFile(configFile);
        updateConfig({
          ...(site.siteUrl ? { site: site.siteUrl } : {}),
          base: site.base,
          // A file URL: Astro 7 does not resolve a path string given through updateConfig.
          outDir: pathToFileURL(`${site.outDir}${path.sep}`),
          trailingSlash: 'ignore',
          build: { format: site.config.use_directory_urls ? 'directory' : 'file' },
          vite: { plugins: [staticFilesPlugin({ current: () => prepared, rebuild: prepare, refresh: () => refresh?.() }), searchDevPlugin(() => prepared)] },
        });
      },
      'astro:server:setup': ({ refreshContent }) => {
        // staticFilesPlugin re-prepares on source changes; then the loader re-reads the model.
        if (refreshContent) refresh = () => refreshContent({ loaders: ['mkdocs-astro'] });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!prepared) return;
        const outDir = fileURLToPath(dir);
        renameIndexPages(outDir, prepared.model.pages.map((page) => page.url));
        for (const file of prepared.staticFiles) {
          const target = path.join(outDir, file.to);
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(file.from, target);
        }
        // The theme's fonts and generated stylesheet depend on mkdocs.yml (theme.font).
        const theme = themeAssets(prepared.model.site);
        const late: SiteMessage[] = theme.warnings.map((message) => ({ severity: 'warning', message, file: prepared?.config.config_file_path }));
        writeThemeAssets(outDir, theme.assets);
        writeSitemap(outDir, prepared);
        const search = await buildSearchIndex(outDir, prepared.model.site.language);
        // A failed index is a warning: the site works, and the search dialog says it is unavailable.
        for (const message of search.messages) late.push({ severity: 'warning', message: `search: ${message}` });
        report(late);
        options.onBuilt?.({ pages: prepared.model.pages.length, outDir, searchPages: search.pages });
        logger.info(`${pages.length} routes written to ${outDir}`);
      },
    },
  };
}
