/**
 * Project loading for the bench: the real config loader, page discovery and link resolver, so
 * the bench renders each page exactly as the site build does (minus Astro).
 */
import path from 'node:path';
import { loadConfig } from '../src/config/index.ts';
import type { ExtensionSpec } from '../src/markdown/types.ts';
import { discoverFiles } from '../src/site/discover.ts';
import { createLinkResolver } from '../src/site/links.ts';
import { collectStaticFiles } from '../src/site/static-files.ts';

export interface BenchProject {
  docsDir: string;
  pages: string[];
  extensions: ExtensionSpec[];
  resolveLink: (href: string, from: string) => string | undefined;
}

export function loadProject(projectDir: string): BenchProject {
  const { config } = loadConfig(path.join(projectDir, 'mkdocs.yml'));
  const docsDir = config.docs_dir;
  const discovered = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs });
  const staticFiles = collectStaticFiles({ docsDir, docsAssets: discovered.assets, customDir: config.theme.custom_dir, projectDir }).files;
  return {
    docsDir,
    pages: discovered.pages.map((page) => page.src),
    extensions: config.markdown_extensions,
    resolveLink: createLinkResolver({
      pages: new Map(discovered.pages.map((page) => [page.src, { url: page.url }])),
      docsFiles: new Set(discovered.assets),
      files: new Set(staticFiles.map((file) => file.to)),
    }),
  };
}
