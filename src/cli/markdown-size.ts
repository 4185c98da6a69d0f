/**
 * Whether a docs folder holds at least `bytes` of Markdown, counted until it does: the CLI's
 * guess, before the renderer or Astro is loaded, of whether a cold build will render in a worker
 * (src/site/render-process.ts OFF_MAIN_MARKDOWN_BYTES), so that it can start that worker at once.
 * A guess only (no exclude_docs, no plugin pages): the build decides from the pages it finds, and
 * a worker started for nothing is ended.
 *
 *   holdsMarkdown('/p/docs', 16 << 10)  // true once 16 kB of *.md files are found
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileSize } from '../shared/file-size.ts';

export function holdsMarkdown(docsDir: string, bytes: number): boolean {
  let found = 0;
  const folders = [docsDir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // As MkDocs, dot entries hold no pages.
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if (entry.name.toLowerCase().endsWith('.md')) {
        found += fileSize(full);
        if (found >= bytes) return true;
      }
    }
  }
  return false;
}
