/**
 * A rebuild's search index when it would be the last build's as it was: every page the index
 * takes is kept with its file as it was (the early index holds them all:
 * src/integration/early-index.ts), and the last build recorded that its index holds exactly
 * those pages (page-reuse.ts indexedPagesKey; the bundle counts as many), so none was left out,
 * added or removed since. Pagefind has no incremental index: it would read every
 * kept page again and write the same bundle whole (the corpus: ~0.4 s after a static file
 * changed, the 2,000-page site's ~5 s). Instead the last bundle's files are linked into the new
 * site, and Pagefind, which was reading the kept pages meanwhile, is stopped unwritten.
 *
 * Should a page be handed to it after all, or the last bundle not be linked whole, it is the
 * early index it wraps, written as before.
 *
 *   const search = keptIndex('site/pagefind', 123, early.search); // search.finish(out) links site/pagefind/** into out/pagefind
 */
import path from 'node:path';
import { bundlePages, bundleParts } from './bundle-entry.ts';
import type { SearchIndexer } from './index.ts';
import { linkFiles, type RecordedPart } from './kept-parts.ts';

/** How many pages the bundle in `last` holds, every part and language counted; undefined when one cannot be read. */
export function lastBundlePages(last: string): number | undefined {
  try {
    return ['', ...bundleParts(last)].reduce((pages, folder) => pages + bundlePages(path.join(last, folder)), 0);
  } catch {
    return undefined;
  }
}

/**
 * The index of `pages` pages that the bundle in `last` is, `early` standing by (see the file's
 * comment); `parts`: its parts' pages, as the last build recorded them.
 */
export function keptIndex(last: string, pages: number, early: SearchIndexer, parts?: readonly RecordedPart[]): SearchIndexer {
  let handed = false;
  const handing = <A extends unknown[]>(hand: (...args: A) => void) => (...args: A): void => {
    handed = true;
    hand(...args);
  };
  const addFiles = handing(early.addFiles);
  return {
    add: handing(early.add),
    // The publish stage hands over the big pages it placed: none, here.
    addFiles: (dir, files) => (files.length > 0 ? addFiles(dir, files) : undefined),
    addDirectory: handing(early.addDirectory),
    room: early.room,
    finish: async (outDir) => {
      const outputPath = path.join(outDir, 'pagefind');
      // outputPath holds no file yet: emit.ts takes no kept index for a site with static files under pagefind/.
      if (handed || !linkFiles(last, outputPath)) return early.finish(outDir);
      // At once: it would first read the kept pages it was handed (~0.2 s of the corpus's).
      await early.cancel(true);
      return { pages, outputPath, messages: [], ...(parts ? { parts } : {}) };
    },
    cancel: early.cancel,
    discard: early.discard,
    started: early.started,
  };
}
