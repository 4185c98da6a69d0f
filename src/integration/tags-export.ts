/** The tags plugin's export (src/site/tags-export.ts), written into the built site. */
import path from 'node:path';
import type { PreparedSite } from '../site/session.ts';
import { writeSiteFile } from './site-file.ts';

/** Writes `export_file` under `outDir`; returns the problems (a file that would leave the site folder). */
export function writeTagsExport(outDir: string, site: Pick<PreparedSite, 'tagsExport'>): string[] {
  const exported = site.tagsExport;
  if (!exported) return [];
  if (writeSiteFile(outDir, path.resolve(outDir, exported.file), exported.json)) return [];
  return [`tags plugin: export_file '${exported.file}' lies outside the site folder; not written`];
}
