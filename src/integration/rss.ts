/** mkdocs-rss-plugin's feeds (src/site/rss.ts), written into the built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contains } from '../site/output-dir.ts';
import { rssFeeds } from '../site/rss.ts';
import type { PreparedSite } from '../site/session.ts';

/** Writes the feeds under `outDir`; returns the problems (a date or description missing, a file name that would leave the site folder). */
export function writeRssFeeds(outDir: string, site: Pick<PreparedSite, 'rss' | 'config' | 'model' | 'projectDir'>): string[] {
  if (!site.rss) return [];
  const { files, problems } = rssFeeds({ config: site.config, options: site.rss, pages: site.model.pages, projectDir: site.projectDir });
  for (const { file, text } of files) {
    const target = path.resolve(outDir, file);
    if (target === outDir || !contains(outDir, target)) {
      problems.push(`rss plugin: feeds_filenames '${file}' lies outside the site folder; not written`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return problems;
}
