/** A file a plugin writes beside the pages (tags.json, RSS feeds, redirect pages), kept inside the site folder. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contains } from '../site/output-dir.ts';

/**
 * Writes `text` to `target` (absolute, in `outDir`), making its folder; false, and nothing
 * written, when `target` is the site folder itself or lies outside it, whatever a config named.
 */
export function writeSiteFile(outDir: string, target: string, text: string): boolean {
  if (target === outDir || !contains(outDir, target)) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  // A file of its own: a static file of the same name may be linked from the site still published.
  rmSync(target, { force: true });
  writeFileSync(target, text);
  return true;
}
