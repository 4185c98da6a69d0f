/**
 * mkdocs-rss-plugin's four files for a built site: the RSS and JSON feeds of the pages by
 * creation date and by update date (src/site/rss-feed.ts), each of `length` items, from the
 * pages the plugin takes (src/site/rss-items.ts) and git's dates when `use_git` is on.
 *
 *   rssFeeds({ config, options, pages, projectDir }).files
 *   // [{ file: 'feed_rss_created.xml', text: '<?xml ...' }, { file: 'feed_rss_updated.xml', ... }, ...]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';
import { createRenderer, splitFrontMatter } from '../markdown/index.ts';
import { readGitHistory, type FileDates } from './git-history.ts';
import { buildDate } from './rss-dates.ts';
import { jsonFeed, rssXml, type RssChannel } from './rss-feed.ts';
import { newest, pageItem, takesPage, type RssItem } from './rss-items.ts';
import type { RssOptions } from './rss-options.ts';
import type { PageHtml } from '../shared/page-html.ts';

export interface RssSite {
  readonly config: Pick<MkdocsConfig, 'docs_dir' | 'site_name' | 'site_url' | 'site_description' | 'site_author' | 'repo_url'> & { readonly theme: Pick<MkdocsConfig['theme'], 'language'> };
  readonly options: RssOptions;
  /** The site's pages in MkDocs' order, each with its rendered content and meta. */
  readonly pages: ReadonlyArray<{ readonly src: string; readonly url: string; readonly title: string; readonly html: PageHtml; readonly meta: Readonly<Record<string, unknown>> }>;
  readonly projectDir: string;
  /** The build's time (unix seconds); default: SOURCE_DATE_EPOCH, else now, as MkDocs' get_build_timestamp. */
  readonly builtAt?: number | undefined;
}

export interface RssFiles {
  /** Each file's path in site_dir and its text. */
  readonly files: ReadonlyArray<{ readonly file: string; readonly text: string }>;
  readonly problems: string[];
}

/** The feeds the plugin writes for the site. */
export function rssFeeds(site: RssSite): RssFiles {
  const { config, options } = site;
  const problems: string[] = [];
  const docsDir = config.docs_dir;
  const builtAt = site.builtAt ?? buildTimestamp();
  let git: ReadonlyMap<string, FileDates> | undefined;
  if (options.useGit) {
    const history = readGitHistory(docsDir, { follow: false });
    if (history.kind === 'read') git = history.files;
    else problems.push(`rss plugin: ${history.reason}: dates come from page meta (front matter) only. To disable this warning, set 'use_git: false' in the plugin's options`);
  }
  // markdown.markdown(text): Python-Markdown without extensions, outside MkDocs.
  const bare = createRenderer({ extensions: [], projectDir: site.projectDir, docsDir, bare: true });
  const siteUrl = config.site_url ? (config.site_url.endsWith('/') ? config.site_url : `${config.site_url}/`) : undefined;
  const context = { options, siteUrl, docsDir, git, builtAt, markdownToHtml: (markdown: string) => bare.render({ path: 'abstract.md', value: markdown }).html };
  const items: RssItem[] = [];
  for (const page of site.pages) {
    if (!takesPage(page, options)) continue;
    // A blog view (archive, category, page 2) has no file: Material writes its title as its Markdown.
    const source = pageSource(path.join(docsDir, page.src)) ?? { meta: {}, markdown: `# ${page.title}` };
    // The model's meta is plain data (its dates are strings): the file's front matter gives YAML's dates back.
    const made = pageItem({ ...page, meta: { ...page.meta, ...source.meta }, markdown: source.markdown }, context);
    items.push(made.item);
    problems.push(...made.problems);
  }
  const date = buildDate(builtAt);
  const channel = (feedFile: string, jsonFile: string): RssChannel => ({
    title: options.feedTitle || config.site_name,
    description: options.feedDescription || config.site_description || undefined,
    htmlUrl: siteUrl,
    rssUrl: siteUrl === undefined ? undefined : siteUrl + feedFile,
    jsonUrl: siteUrl === undefined ? undefined : siteUrl + jsonFile,
    author: config.site_author || undefined,
    repoUrl: config.repo_url || undefined,
    language: config.theme.language || undefined,
    buildDate: date,
    ttl: options.feedTtl,
    logoUrl: options.image,
  });
  const names = options.filenames;
  const created = newest(items, 'created', options.length);
  const updated = newest(items, 'updated', options.length);
  const files: Array<{ file: string; text: string }> = [];
  if (options.rssFeed) {
    files.push({ file: names.rssCreated, text: rssXml(channel(names.rssCreated, names.jsonCreated), created, 'created') });
    files.push({ file: names.rssUpdated, text: rssXml(channel(names.rssUpdated, names.jsonUpdated), updated, 'updated') });
  }
  if (options.jsonFeed) {
    files.push({ file: names.jsonCreated, text: jsonFeed(channel(names.rssCreated, names.jsonCreated), created, 'created') });
    files.push({ file: names.jsonUpdated, text: jsonFeed(channel(names.rssUpdated, names.jsonUpdated), updated, 'updated') });
  }
  return { files, problems };
}

/**
 * A page's front matter and Markdown without it (MkDocs drops the newlines after it too);
 * undefined for a page with no file (a generated view).
 */
function pageSource(file: string): { meta: Readonly<Record<string, unknown>>; markdown: string } | undefined {
  try {
    const source = readFileSync(file, 'utf8');
    const { meta, body } = splitFrontMatter(source);
    return { meta, markdown: body === source ? source : body.replace(/^\n+/, '') };
  } catch {
    return undefined;
  }
}

/** MkDocs' get_build_timestamp: SOURCE_DATE_EPOCH when set, else now. */
function buildTimestamp(): number {
  const fixed = Number(process.env['SOURCE_DATE_EPOCH']);
  return process.env['SOURCE_DATE_EPOCH'] && Number.isFinite(fixed) ? Math.floor(fixed) : Math.floor(Date.now() / 1000);
}
