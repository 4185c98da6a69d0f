/**
 * A rebuild's search index, started before its pages render. In a rebuild most pages keep the
 * last build's file as it is (page-reuse.ts), and that file is what the index reads of them; but
 * Pagefind was started only once the changed pages had rendered and been drawn, and indexing the
 * kept ones was then the second half of a one-page rebuild (the corpus: ~0.55 s of ~1.4 s, this
 * thread mostly waiting). So as soon as the render stage knows which pages its cache gives (before
 * the others render), Pagefind is handed those pages' files in the output folder, which its own
 * process reads while this thread renders the rest.
 *
 * It is a guess made before the model exists: the emit stage takes the index (earlyIndexHolds)
 * only when every page handed over is kept as it was, searched, with no section left out, in the
 * language the index was started in (the one the last build recorded, views.json). Otherwise
 * the index is dropped unwritten and made as before.
 *
 * It pays where a core is free while the pages render: on 2 cores, a one-page rebuild of the
 * corpus took 1.44-2.31 s against 1.79-2.58 s without it (6 alternating runs); with the other core
 * busy (two niced processes), Pagefind's reading slowed the render more than it saved.
 *
 * ```ts
 * const early = startEarlyIndex('site', ['index.html', 'vpn/index.html']); // Pagefind reads them now
 * const search = early && earlyIndexHolds(early, site.model, plan.reused, searched) ? early.search : siteIndex(site);
 * ```
 */
import path from 'node:path';
import { hasExcludedSections } from '../search/exclude.ts';
import { pagefindUrl } from '../search/bundle-reuse.ts';
import { startSearchIndex, type SearchIndexer } from '../search/index.ts';
import { PART_CHARS, type IndexedFile } from '../search/index-parts.ts';
import { isRecordedParts, keptParts } from '../search/kept-parts.ts';
import type { PageExclusion } from '../site/exclude-search.ts';
import type { PageModel, SiteModel } from '../site/model.ts';
import { someSlice } from '../shared/page-html.ts';
import { isUnchanged, readViews, type ViewsFile } from './page-reuse.ts';

export interface EarlyIndex {
  readonly search: SearchIndexer;
  /** The language the index was started in (Pagefind's is fixed when it starts). */
  readonly language: string;
  /** The pages it holds as the last build indexed them, by output file: handed over, or in a part of the last index kept whole. */
  readonly pages: ReadonlySet<string>;
  /** Whether it keeps parts of the last index whole (search/kept-parts.ts): not with files of docs_dir under pagefind/, which the last parts hold copies of. */
  readonly keepsParts: boolean;
  /**
   * Settles once Pagefind has been handed the pages (of a big site's, those of the index's first
   * part: search/index-parts.ts PART_CHARS; the others follow as Pagefind answers, while it is busy
   * with these). The render stage waits for it before it renders: rendering holds this thread,
   * and Pagefind's process is started and given its work through this thread's event loop
   * (~20 ms), so without the wait it only began once the changed pages had rendered.
   */
  readonly handedOver: Promise<void>;
}

/**
 * Starts the index with the files of `dests` in `outDir`, each still the one the last build wrote
 * and named so that a glob matches it as it is; undefined when there is none, or when the last
 * build recorded no single search language (no search, or the i18n plugin's one per page).
 */
export function startEarlyIndex(outDir: string, dests: readonly string[]): EarlyIndex | undefined {
  const views = readViews(outDir);
  const language = views?.search?.language;
  if (!views || typeof language !== 'string') return undefined;
  const files = keptFiles(outDir, dests, views);
  if (files.size === 0) return undefined;
  const last = path.join(outDir, 'pagefind');
  // A big site's parts none of whose pages changed are linked in whole, their pages not read (search/kept-parts.ts).
  const recorded = views.search?.parts;
  const kept = keptParts(isRecordedParts(recorded) ? recorded : undefined, files, last, outDir);
  const inKept = new Set(kept?.parts.flatMap((part) => part.urls));
  // These pages' fragments in the last build's bundle are reused (bundle-reuse.ts): Pagefind reads the same files.
  const search = startSearchIndex(language, { last, kept: new Set(files.keys()), whole: new Set(kept?.parts.map((part) => part.folder)) }, PART_CHARS, kept);
  // A few messages however many pages: Pagefind walks the folder and reads the files itself.
  search.addFiles(outDir, [...files].flatMap(([url, file]) => (inKept.has(url) ? [] : [file])));
  return { search, language, pages: new Set([...files.values()].map(({ file }) => file)), keepsParts: kept !== undefined, handedOver: search.started };
}

/**
 * The files of `dests` in `outDir` still as the last build wrote them and named so that a glob
 * matches them as they are, by URL; each weighs its content as the last build found it in its
 * file, else the whole file.
 */
function keptFiles(outDir: string, dests: readonly string[], views: ViewsFile): Map<string, IndexedFile> {
  const files = new Map<string, IndexedFile>();
  for (const dest of dests) {
    const url = pagefindUrl(dest);
    const view = views.pages[dest];
    if (url !== undefined && isUnchanged(path.join(outDir, ...dest.split('/')), view)) files.set(url, { file: dest, chars: view?.content?.length ?? view?.size ?? 0 });
  }
  return files;
}

/**
 * Whether the index `early` holds what the site's own would: the site is searched in that one
 * language, and each page handed over keeps its file (`reused`), is searched (`searched` has it)
 * with nothing left out by mkdocs-exclude-search, nor by a heading marked data-search-exclude
 * (those are marked in the HTML handed over, which a file read as it is has not got).
 */
export function earlyIndexHolds(early: EarlyIndex, site: Pick<SiteModel, 'site'>, reused: readonly PageModel[], searched: ReadonlyMap<string, PageExclusion | undefined>): boolean {
  if (!site.site.search || site.site.languages !== undefined || site.site.language !== early.language) return false;
  const kept = new Map(reused.map((page) => [page.dest, page]));
  for (const dest of early.pages) {
    const page = kept.get(dest);
    if (!page || !searched.has(dest) || searched.get(dest) !== undefined || someSlice(page.html, hasExcludedSections)) return false;
  }
  return true;
}
