/**
 * Stage 2, discover: docs_dir, custom_dir and assets/ → the pages (MkDocs' URLs), the static
 * files to copy, and the index links are resolved against.
 */
import path from 'node:path';
import { discoverFiles, type DiscoveredPage } from '../discover.ts';
import type { LinkIndex } from '../links.ts';
import type { SiteMessage } from '../messages.ts';
import { collectStaticFiles, type StaticFile } from '../static-files.ts';
import type { LoadedSite } from './load.ts';

export interface DiscoveredSite {
  readonly pages: readonly DiscoveredPage[];
  /** docs-relative meta files (the meta plugin), parents first. */
  readonly metaFiles: readonly string[];
  /** docs-relative awesome-pages files (`.pages`), parents first. */
  readonly pagesFiles: readonly string[];
  readonly staticFiles: readonly StaticFile[];
  /** Pages, docs files and output files: what a link may point at. */
  readonly index: LinkIndex;
  readonly messages: SiteMessage[];
}

export function discoverStage(site: Pick<LoadedSite, 'config' | 'plugins' | 'projectDir'>): DiscoveredSite {
  const { config, projectDir } = site;
  const docsDir = config.docs_dir;
  const discovered = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs, metaFile: site.plugins.metaFile, pagesFile: site.plugins.awesomePages?.filename });
  const collected = collectStaticFiles({ docsDir, docsAssets: discovered.assets, customDir: config.theme.custom_dir, projectDir });
  const messages: SiteMessage[] = [
    ...discovered.messages.map((m) => ({ ...m, file: path.join(docsDir, m.file) })),
    ...collected.problems.map((problem) => ({ severity: 'warning' as const, message: problem.message, file: problem.file })),
  ];
  const index: LinkIndex = {
    pages: new Map(discovered.pages.map((p) => [p.src, { url: p.url }])),
    docsFiles: new Set(discovered.assets),
    files: new Set(collected.files.map((f) => f.to)),
  };
  return { pages: discovered.pages, metaFiles: discovered.metaFiles, pagesFiles: discovered.pagesFiles, staticFiles: collected.files, index, messages };
}
