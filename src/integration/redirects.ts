/** The redirects plugin's files (src/site/redirects.ts), written into the built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contains } from '../site/output-dir.ts';
import { redirectFiles, redirectMaps } from '../site/redirects.ts';
import type { PreparedSite } from '../site/session.ts';

/** Writes them under `outDir` and returns the plugin's warnings (none when it is not enabled). */
export function writeRedirects(outDir: string, site: PreparedSite): string[] {
  const maps = redirectMaps(site.config.plugins);
  if (!maps) return [];
  const { files, problems } = redirectFiles(maps, site.model.pages, site.config.use_directory_urls);
  for (const file of files) {
    const target = path.join(outDir, ...file.dest.split('/'));
    // A redirect never leaves the site folder, whatever its name says.
    if (target === outDir || !contains(outDir, target)) {
      problems.push(`redirects plugin: '${file.dest}' lies outside the site folder; not written`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.html);
  }
  return problems;
}
