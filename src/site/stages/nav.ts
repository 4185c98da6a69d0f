/**
 * Stage 4, nav: the rendered pages' titles and front matter + mkdocs.yml's `nav:` (without one,
 * the awesome-pages plugin's `.pages` files, when it is on) → the nav tree
 * (src/nav owns every rule), each page's final title, and MkDocs' `validation.nav` messages
 * placed at `mkdocs.yml:line:col`.
 */
import path from 'node:path';
import type { RenderResult } from '../../markdown/index.ts';
import { awesomeNavConfig, buildNav, type NavConfig, type NavResult, type PageRef } from '../../nav/index.ts';
import { readPagesFiles } from '../awesome-pages.ts';
import type { SiteMessage } from '../messages.ts';
import { pageTitle } from '../titles.ts';
import type { DiscoveredSite } from './discover.ts';
import type { LoadedSite } from './load.ts';
import { iconOf, severityOf, textOf } from './values.ts';

export interface NavStage {
  readonly nav: NavResult;
  /** Each page's title: its nav title, else front matter `title`, first H1, file name (MkDocs' order). */
  readonly titles: ReadonlyMap<string, string>;
  readonly messages: SiteMessage[];
}

export function navStage(site: Pick<LoadedSite, 'config' | 'placeOf' | 'plugins'>, files: Pick<DiscoveredSite, 'pages' | 'pagesFiles'> & Partial<Pick<DiscoveredSite, 'posts'>>, results: ReadonlyMap<string, RenderResult>): NavStage {
  const { config } = site;
  const ownTitles = new Map<string, string>();
  // Blog posts are never in the nav (Material marks them NOT_IN_NAV): the blog index stands for them.
  const posts = new Set((files.posts ?? []).map((post) => post.src));
  const refs = files.pages.filter((page) => !posts.has(page.src)).map((page) => {
    const result = results.get(page.src);
    const meta = result?.meta ?? {};
    const title = pageTitle({ meta, h1: result?.title, src: page.src });
    ownTitles.set(page.src, title);
    return { src: page.src, url: page.url, title, icon: iconOf(meta), status: textOf(meta, 'status'), subtitle: textOf(meta, 'subtitle') };
  });
  const messages: SiteMessage[] = [];
  const nav = buildNav(config.nav, refs, { notInNav: config.not_in_nav, generate: awesomePages(site, files, messages) });

  const notFound = severityOf(config.validation.nav.not_found);
  if (notFound) for (const missing of nav.missing) messages.push({ severity: notFound, message: missing.message, ...site.placeOf(['nav', ...missing.at]) });
  const absolute = severityOf(config.validation.nav.absolute_links);
  if (absolute) {
    for (const link of nav.absoluteLinks) {
      messages.push({ severity: absolute, message: `An absolute path to '${link.entry}' is included in the 'nav' configuration, which presumably points to an external resource.`, ...site.placeOf(['nav', ...link.at]) });
    }
  }
  const omitted = severityOf(config.validation.nav.omitted_files);
  if (omitted && config.nav !== undefined) {
    for (const src of nav.notInNav) messages.push({ severity: omitted, message: `page ${src} exists but is not in the "nav" configuration`, file: path.join(config.docs_dir, src) });
  }

  // A nav title is the page's title too (MkDocs sets Page.title from the nav entry).
  const titles = new Map(ownTitles);
  for (const page of files.pages) {
    if (!posts.has(page.src)) continue;
    const result = results.get(page.src);
    titles.set(page.src, pageTitle({ meta: result?.meta ?? {}, h1: result?.title, src: page.src }));
  }
  for (const item of nav.pagesInOrder) if (item.title) titles.set(item.src, item.title);
  return { nav, titles, messages };
}

/**
 * The awesome-pages plugin's nav generator, when the plugin is on: it reads the `.pages` files
 * and says what they could not do in `messages`. Like the plugin, it only shapes a generated nav:
 * with mkdocs.yml's own `nav:` the files change nothing.
 */
function awesomePages(site: Pick<LoadedSite, 'config' | 'plugins'>, files: Pick<DiscoveredSite, 'pagesFiles'>, messages: SiteMessage[]): ((pages: readonly PageRef[]) => NavConfig) | undefined {
  const options = site.plugins.awesomePages;
  if (!options) return undefined;
  const docsDir = site.config.docs_dir;
  if (site.config.nav !== undefined) {
    if (hasRestEntry(site.config.nav)) messages.push({ severity: 'warning', message: "awesome-pages: a '...' entry in mkdocs.yml's nav (the rest of the generated nav) is not supported; remove the nav to let the .pages files shape it", file: site.config.config_file_path });
    return undefined;
  }
  const read = readPagesFiles(docsDir, files.pagesFiles);
  messages.push(...read.messages);
  return (pages) => {
    const generated = awesomeNavConfig(pages, read.metas, options);
    for (const note of generated.notes) messages.push({ severity: 'warning', message: `awesome-pages: ${note.message}`, file: path.join(docsDir, note.folder, options.filename) });
    return generated.nav;
  };
}

function hasRestEntry(nav: NavConfig): boolean {
  return nav.some((item) => (typeof item === 'string' ? /^\.\.\.\s*(\||$)/.test(item) : Object.values(item).some((child) => Array.isArray(child) && hasRestEntry(child))));
}
