/** The tags plugin's export (src/site/tags-export.ts), written into the built site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contains } from '../site/output-dir.ts';
import type { PreparedSite } from '../site/session.ts';

/** Writes `export_file` under `outDir`; returns the problems (a file that would leave the site folder). */
export function writeTagsExport(outDir: string, site: Pick<PreparedSite, 'tagsExport'>): string[] {
  const exported = site.tagsExport;
  if (!exported) return [];
  const target = path.resolve(outDir, exported.file);
  if (target === outDir || !contains(outDir, target)) return [`tags plugin: export_file '${exported.file}' lies outside the site folder; not written`];
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, exported.json);
  return [];
}
