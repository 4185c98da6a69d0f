/**
 * Stage 2, discover: docs_dir, custom_dir and assets/ → the pages (MkDocs' URLs), the static
 * files to copy, and the index links are resolved against. With the blog plugin, each post is
 * read here (its URL comes from its front matter and title, and links to it are rewritten at
 * render) and drafts are left out (src/site/blog-posts.ts).
 */
import path from 'node:path';
import { discoverFiles, type DiscoveredPage } from '../discover.ts';
import { blogPosts, type BlogPost } from '../blog-posts.ts';
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
  /** The blog plugin's posts, newest first (pinned first); none without the plugin. */
  readonly posts: readonly BlogPost[];
  /** Pages, docs files and output files: what a link may point at. */
  readonly index: LinkIndex;
  readonly messages: SiteMessage[];
}

export function discoverStage(site: Pick<LoadedSite, 'config' | 'plugins' | 'projectDir'>, options: { readonly now?: Date | undefined } = {}): DiscoveredSite {
  const { config, projectDir } = site;
  const docsDir = config.docs_dir;
  const discovered = discoverFiles(docsDir, { useDirectoryUrls: config.use_directory_urls, exclude: config.exclude_docs, excludeFile: site.plugins.exclude, metaFile: site.plugins.metaFile, pagesFile: site.plugins.awesomePages?.filename });
  const blog = site.plugins.blog;
  const placed = blog ? blogPosts(docsDir, discovered.pages, blog, { useDirectoryUrls: config.use_directory_urls, language: config.theme.language, now: options.now }) : undefined;
  const pages = placed?.pages ?? discovered.pages;
  const collected = collectStaticFiles({ docsDir, docsAssets: discovered.assets, customDir: config.theme.custom_dir, projectDir });
  const messages: SiteMessage[] = [
    ...discovered.messages.map((m) => ({ ...m, file: path.join(docsDir, m.file) })),
    ...collected.problems.map((problem) => ({ severity: 'warning' as const, message: problem.message, file: problem.file })),
    ...(placed?.messages ?? []),
  ];
  const index: LinkIndex = {
    pages: new Map(pages.map((p) => [p.src, { url: p.url }])),
    docsFiles: new Set(discovered.assets),
    files: new Set(collected.files.map((f) => f.to)),
  };
  return { pages, posts: placed?.posts ?? [], metaFiles: discovered.metaFiles, pagesFiles: discovered.pagesFiles, staticFiles: collected.files, index, messages };
}
