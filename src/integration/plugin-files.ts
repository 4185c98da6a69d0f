/**
 * The files a site has besides its pages, its static files and the theme's: MkDocs' sitemap.xml,
 * the tags plugin's export (tags.json), mkdocs-rss-plugin's feeds, mkdocs-redirects' pages and
 * mkdocs-llmstxt's llms.txt with its pages' Markdown, the privacy plugin's style sheets and
 * scripts pointed at its downloads (written over the copies of the same name),
 * each as text by its place in the site folder. `build` writes them after the index (as MkDocs'
 * plugins write them on_post_build); `serve` answers them from memory (static-server.ts), made
 * again from each new prepared site, so they follow every change to their inputs.
 */
import path from 'node:path';
import { redirectFiles, redirectMaps } from '../site/redirects.ts';
import { rssFeeds } from '../site/rss.ts';
import { llmsFiles } from '../site/llmstxt.ts';
import type { SiteMessage } from '../site/messages.ts';
import type { PreparedSite } from '../site/session.ts';
import { writeSiteFile } from './site-file.ts';

export interface SiteTextFile {
  /** Its path in the site folder, `/`-separated (`feed_rss_created.xml`, `old/index.html`). */
  readonly to: string;
  readonly text: string;
}

export interface PluginFiles {
  readonly files: SiteTextFile[];
  /** A feed's missing date or description, a name that would leave the site folder: at the plugin in mkdocs.yml. */
  readonly messages: SiteMessage[];
}

type Site = Pick<PreparedSite, 'model' | 'siteUrl' | 'base' | 'tagsExport' | 'rss' | 'config' | 'projectDir' | 'pluginPlace'> & Partial<Pick<PreparedSite, 'translations' | 'llmstxt' | 'privacyFiles'>>;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * sitemap.xml as MkDocs writes it: one <url> per page with its absolute location. A multilingual
 * site (the i18n plugin) lists each page's versions in every language beside it, as the plugin's
 * own sitemap.xml does: `<xhtml:link rel="alternate" hreflang="fr" href="…/fr/about/"/>`.
 */
function sitemap(site: Pick<Site, 'model' | 'siteUrl' | 'base' | 'translations'>): string {
  const root = site.siteUrl ?? site.base;
  const alternates = (src: string) => Object.entries(site.translations?.get(src) ?? {}).map(([lang, url]) => `\n         <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(root + url)}"/>`).join('');
  const urls = site.model.pages.map((page) => `    <url>\n         <loc>${escapeXml(root + page.url)}</loc>${alternates(page.src)}\n    </url>`);
  const namespaces = site.translations ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${namespaces}>\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * A name a config gave, as a path in the site folder; undefined when it is the folder itself or
 * leaves it (`../escaped.json`, `/etc/x`), whatever the config says.
 *
 * @example insideSite('meta/./tags.json') // 'meta/tags.json'
 */
function insideSite(name: string): string | undefined {
  const to = path.posix.normalize(name.replaceAll('\\', '/'));
  if (to === '.' || to === '' || to.startsWith('../') || to === '..' || path.posix.isAbsolute(to)) return undefined;
  return to;
}

/** Every plugin file of the site and the problems met making them. */
export function pluginFiles(site: Site): PluginFiles {
  const files: SiteTextFile[] = [{ to: 'sitemap.xml', text: sitemap(site) }];
  const messages: SiteMessage[] = [];
  const at = (plugin: string) => site.pluginPlace(plugin) ?? { file: site.config.config_file_path };
  const add = (plugin: string, name: string, text: string, outside: string) => {
    const to = insideSite(name);
    if (to === undefined) messages.push({ severity: 'warning', message: outside, ...at(plugin) });
    else files.push({ to, text });
  };
  const exported = site.tagsExport;
  if (exported) add('tags', exported.file, exported.json, `tags plugin: export_file '${exported.file}' lies outside the site folder; not written`);
  // As the plugin's on_post_build: the feeds read every page's content and meta.
  if (site.rss) {
    const feeds = rssFeeds({ config: site.config, options: site.rss, pages: site.model.pages, projectDir: site.projectDir });
    for (const { file, text } of feeds.files) add('rss', file, text, `rss plugin: feeds_filenames '${file}' lies outside the site folder; not written`);
    for (const message of feeds.problems) messages.push({ severity: 'warning', message, ...at('rss') });
  }
  // As the plugin's on_post_build: llms.txt, the listed pages' Markdown, the full output.
  if (site.llmstxt) {
    const llms = llmsFiles({ options: site.llmstxt, siteName: site.config.site_name, siteDescription: site.config.site_description ?? undefined, pages: site.model.pages });
    for (const { file, text } of llms.files) add('llmstxt', file, text, `llmstxt plugin: '${file}' lies outside the site folder; not written`);
    for (const message of llms.problems) messages.push({ severity: 'warning', message, ...at('llmstxt') });
  }
  // Already inside the site: assets_fetch_dir's and the static files' own paths.
  for (const file of site.privacyFiles ?? []) add('privacy', file.to, file.text, `privacy plugin: '${file.to}' lies outside the site folder; not written`);
  const maps = redirectMaps(site.config.plugins);
  if (maps) {
    const redirects = redirectFiles(maps, site.model.pages, site.config.use_directory_urls);
    for (const file of redirects.files) add('redirects', file.dest, file.html, `redirects plugin: '${file.dest}' lies outside the site folder; not written`);
    for (const message of redirects.problems) messages.push({ severity: 'warning', message, ...at('redirects') });
  }
  return { files, messages };
}

/** Writes the files under `outDir` (each already known to stay inside it). */
export function writePluginFiles(outDir: string, files: readonly SiteTextFile[]): void {
  for (const file of files) writeSiteFile(outDir, path.join(outDir, ...file.to.split('/')), file.text);
}

/**
 * The file a request path (site-relative, decoded) asks for: the file itself, or a folder's
 * index.html (a redirect page at `old/` is `old/index.html`).
 *
 * @example servedFile(files, 'old/') // the file to 'old/index.html'
 */
export function servedFile(files: readonly SiteTextFile[], rel: string): SiteTextFile | undefined {
  const wanted = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return files.find((file) => file.to === wanted);
}
