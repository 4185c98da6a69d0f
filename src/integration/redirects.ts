/** The redirects plugin's files (src/site/redirects.ts), written into the built site. */
import path from 'node:path';
import { redirectFiles, redirectMaps } from '../site/redirects.ts';
import type { PreparedSite } from '../site/session.ts';
import { writeSiteFile } from './site-file.ts';

/** Writes them under `outDir` and returns the plugin's warnings (none when it is not enabled). */
export function writeRedirects(outDir: string, site: PreparedSite): string[] {
  const maps = redirectMaps(site.config.plugins);
  if (!maps) return [];
  const { files, problems } = redirectFiles(maps, site.model.pages, site.config.use_directory_urls);
  for (const file of files) {
    // A redirect never leaves the site folder, whatever its name says.
    if (!writeSiteFile(outDir, path.join(outDir, ...file.dest.split('/')), file.html)) problems.push(`redirects plugin: '${file.dest}' lies outside the site folder; not written`);
  }
  return problems;
}
