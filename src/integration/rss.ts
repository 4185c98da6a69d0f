/** mkdocs-rss-plugin's feeds (src/site/rss.ts), written into the built site. */
import path from 'node:path';
import { rssFeeds } from '../site/rss.ts';
import type { PreparedSite } from '../site/session.ts';
import { writeSiteFile } from './site-file.ts';

/** Writes the feeds under `outDir`; returns the problems (a date or description missing, a file name that would leave the site folder). */
export function writeRssFeeds(outDir: string, site: Pick<PreparedSite, 'rss' | 'config' | 'model' | 'projectDir'>): string[] {
  if (!site.rss) return [];
  const { files, problems } = rssFeeds({ config: site.config, options: site.rss, pages: site.model.pages, projectDir: site.projectDir });
  for (const { file, text } of files) {
    if (!writeSiteFile(outDir, path.resolve(outDir, file), text)) problems.push(`rss plugin: feeds_filenames '${file}' lies outside the site folder; not written`);
  }
  return problems;
}
