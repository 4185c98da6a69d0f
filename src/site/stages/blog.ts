/**
 * Stage 4c, blog (Material's blog plugin, when it is on): the posts the discover stage placed,
 * rendered and titled → each post's facts, each view's excerpts and pagination, the generated
 * views (`blog/page/2/`, `blog/archive/2024/`, `blog/category/news/`) and the nav with the
 * Archive and Categories sections beside the blog index (src/site/blog.ts does the work).
 */
import path from 'node:path';
import type { NavResult } from '../../nav/index.ts';
import { applyBlog, type AppliedBlog } from '../blog.ts';
import { siteLabels } from '../labels.ts';
import type { SiteMessage } from '../messages.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import type { NavStage } from './nav.ts';
import type { PageResult } from '../render-pages.ts';

export interface BlogStage {
  /** The nav the theme draws: the nav stage's, with the blog's sections attached. */
  readonly nav: NavResult;
  /** What the blog adds; undefined without the plugin. */
  readonly blog: Omit<AppliedBlog, 'nav' | 'messages'> | undefined;
  readonly messages: SiteMessage[];
}

export function blogStage(site: Pick<LoadedSite, 'config' | 'plugins' | 'projectDir'>, files: Pick<DiscoveredSite, 'pages' | 'posts'>, results: ReadonlyMap<string, PageResult>, navigation: Pick<NavStage, 'nav' | 'titles'>): BlogStage {
  const options = site.plugins.blog;
  if (!options) return { nav: navigation.nav, blog: undefined, messages: [] };
  const { config } = site;
  const customDir = config.theme.custom_dir ? path.resolve(site.projectDir, config.theme.custom_dir) : undefined;
  // The model stage reports the labels' own problems; here only the section names are needed.
  const labels = siteLabels(config.theme.language, customDir).table;
  const { nav, messages, ...blog } = applyBlog({
    options,
    posts: files.posts,
    docsDir: config.docs_dir,
    pages: files.pages,
    results,
    titles: navigation.titles,
    nav: navigation.nav,
    labels,
    language: config.theme.language,
    useDirectoryUrls: config.use_directory_urls,
  });
  return { nav, blog, messages };
}
