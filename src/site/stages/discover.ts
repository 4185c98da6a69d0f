/**
 * Stage 2, discover: docs_dir, custom_dir and assets/ → the pages (MkDocs' URLs), the static
 * files to copy, and the index links are resolved against. With the blog plugin, each post is
 * read here (its URL comes from its front matter and title, and links to it are rewritten at
 * render) and drafts are left out (src/site/blog-posts.ts). With the i18n plugin, each page is
 * placed in its language, at its language's URL, and the default language's pages are copied into
 * the languages that lack them (src/site/i18n-files.ts).
 */
import path from 'node:path';
import { discoverFiles, type DiscoveredPage } from '../discover.ts';
import { isNotebookPage } from '../jupyter.ts';
import { blogPosts, type BlogPost } from '../blog-posts.ts';
import { assignAssets, assignLanguages } from '../i18n-files.ts';
import type { LinkIndex } from '../links.ts';
import type { SiteMessage } from '../messages.ts';
import { collectStaticFiles, type StaticFile } from '../static-files.ts';
import type { LoadedSite } from './load.ts';

export interface DiscoveredSite {
  readonly pages: readonly DiscoveredPage[];
  /** docs-relative meta files (the meta plugin), parents first. */
  readonly metaFiles: readonly string[];
  /** docs-relative awesome-pages files (`.pages`) or awesome-nav ones (`.nav.yml`), parents first. */
  readonly pagesFiles: readonly string[];
  readonly staticFiles: readonly StaticFile[];
  /** The blog plugin's posts, newest first (pinned first); none without the plugin. */
  readonly posts: readonly BlogPost[];
  /** Pages, docs files and output files: what a link may point at. */
  readonly index: LinkIndex;
  readonly messages: SiteMessage[];
}

export function discoverStage(site: Pick<LoadedSite, 'config' | 'plugins' | 'projectDir'>, options: { readonly now?: Date | undefined } = {}): DiscoveredSite {
  const { config, projectDir } = site;
  const docsDir = config.docs_dir;
  const jupyter = site.plugins.jupyter;
  // mkdocs-jupyter's notebooks are pages (its NotebookFile), at the URL MkDocs gives any page.
  const isPlugInPage = jupyter ? (src: string) => isNotebookPage(docsDir, src, jupyter) : undefined;
  const discovered = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs, excludeFile: site.plugins.exclude, metaFile: site.plugins.metaFile, pagesFile: site.plugins.awesomeNav?.filename ?? site.plugins.awesomePages?.filename, isPlugInPage });
  const blog = site.plugins.blog;
  const placed = blog ? blogPosts(docsDir, discovered.pages, blog, { useDirectoryUrls: config.use_directory_urls, language: config.theme.language, now: options.now }) : undefined;
  // The blog's posts stay in the default language at their own URLs (the i18n plugin does not localize the blog).
  const i18n = site.plugins.i18n ? assignLanguages(placed?.pages ?? discovered.pages, site.plugins.i18n, config.use_directory_urls, new Set(placed?.posts.map((post) => post.src))) : undefined;
  const pages = i18n?.pages ?? placed?.pages ?? discovered.pages;
  // The i18n plugin writes each language's assets under its folder, the default language's at the root.
  const assets = site.plugins.i18n ? assignAssets(discovered.assets, site.plugins.i18n) : undefined;
  const collected = collectStaticFiles({ docsDir, docsAssets: discovered.assets, customDir: config.theme.custom_dir, projectDir, placeAsset: assets && ((rel) => assets.placed.get(rel)) });
  // `include_source`: each notebook is also published beside its page, as the plugin copies it.
  if (jupyter?.includeSource === true) {
    for (const page of pages) {
      if (!isNotebookPage(docsDir, page.src, jupyter)) continue;
      const to = path.posix.join(path.posix.dirname(page.dest), path.posix.basename(page.src));
      if (!collected.files.some((file) => file.to === to)) collected.files.push({ from: path.join(docsDir, page.src), to });
    }
  }
  const messages: SiteMessage[] = [
    ...[...discovered.messages, ...(i18n?.messages ?? [])].map((m) => ({ ...m, file: path.join(docsDir, m.file) })),
    ...collected.problems.map((problem) => ({ severity: 'warning' as const, message: problem.message, file: problem.file })),
    ...(placed?.messages ?? []),
  ];
  const index: LinkIndex = {
    pages: new Map(pages.map((p) => [p.src, { url: p.url }])),
    docsFiles: new Set(discovered.assets),
    files: new Set(collected.files.map((f) => f.to)),
    ...(i18n ? { i18n: { ...i18n.index, assets: assets?.index } } : {}),
  };
  return { pages, posts: placed?.posts ?? [], metaFiles: discovered.metaFiles, pagesFiles: discovered.pagesFiles, staticFiles: collected.files, index, messages };
}
