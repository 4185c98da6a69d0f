/**
 * The emit stage's state for one build (src/integration.ts runs it around Astro): which pages
 * Astro renders and which keep the last build's file (page-reuse.ts), and the search index that
 * takes each page's HTML as soon as it exists (the kept files at once; the rendered ones from
 * page-middleware.ts), so Pagefind works on another core while Astro renders. What Material's
 * search or mkdocs-exclude-search leave out (src/search/exclude.ts, src/site/exclude-search.ts)
 * never goes in; without the search plugin, nothing does.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasExcludedSections, searchedPages, withExcludedSections } from '../search/exclude.ts';
import { pagefindUrl } from '../search/bundle-reuse.ts';
import { noSearchIndex, startSearchIndex, type BundleReuse, type SearchIndexer, type SearchIndexResult } from '../search/index.ts';
import { searchDocument } from '../search/search-document.ts';
import { keptIndex, lastBundlePages } from '../search/kept-index.ts';
import { isRecordedParts } from '../search/kept-parts.ts';
import type { PageExclusion } from '../site/exclude-search.ts';
import { drawKeeper } from '../site/heap-keeper.ts';
import { BIG_PAGE_CHARS } from '../site/model.ts';
import type { PreparedSite } from '../site/session.ts';
import { titledContent } from '../shared/title-heading.ts';
import { contentPlace } from './content-patch.ts';
import { earlyIndexHolds, type EarlyIndex } from './early-index.ts';
import { contentIsOurs, contentSplice, type ContentSplice } from './content-splice.ts';
import { bundledAssets, indexedPagesKey, planReuse, viewKeys, type FoundContent, type ReusePlan } from './page-reuse.ts';
import { htmlChars, someSlice, type PageHtml } from '../shared/page-html.ts';
import type { PageModel } from '../site/model.ts';
import { hashOf } from '../site/render-cache.ts';
import { copyFilesInto } from './copy-files.ts';
import { drawnDocument, modelDocument, modelIndexable } from './model-index.ts';

/** What the integration knows of the pages of a build while Astro renders them. */
export interface BuildEmit {
  readonly plan: ReusePlan;
  readonly search: SearchIndexer;
  /** The pages the index takes, by destination, with what mkdocs-exclude-search leaves out of each. */
  readonly searched: ReadonlyMap<string, PageExclusion | undefined>;
  /** True when the theme's bundle differs from the one the reused pages link to: all are rendered. */
  stale: boolean;
  readonly pagesToRender: () => PreparedSite['model']['pages'];
  /** Told each page's HTML as it is drawn: the search index takes it, and where its content is is noted. */
  /** Resolves when the search index can take more pages (SearchIndexer.room). */
  readonly pageRendered: (route: string, html: string, bytes?: Uint8Array) => Promise<void>;
  /** Where each drawn page's content is in its HTML, by destination, for the record of this build (page-reuse.ts). */
  readonly contents: Map<string, FoundContent>;
  /** Whether the index reads the page `route` from its file (see FROM_FILE_CHARS); it then does, once the page is placed (addPlacedPages). */
  readonly readsRenderedFile: (route: string) => boolean;
  /** The big pages whose content Astro does not draw: written into their files once placed (content-splice.ts). */
  readonly splice: ContentSplice;
  /** Hands the search index the big pages it reads from their files, now in place under `out`. */
  readonly addPlacedPages: (out: string) => void;
  /** Whether the index waits for pages it reads from their files once placed (addPlacedPages): it cannot be finished before. */
  readonly waitsForPlacedPages: () => boolean;
  /**
   * The index made from the model (model-index.ts), written while Astro draws: in the workspace's
   * `search/pagefind` until publishBuild moves it into the site. Undefined when it is not made;
   * once made it stays, `holds` false when a drawn page said otherwise to Pagefind or one was
   * never checked (the index is then made from the written pages, once this one is done).
   */
  readonly modelIndex: () => ModelIndex | undefined;
}

/** A search index written from the model's pages (BuildEmit.modelIndex). */
export interface ModelIndex {
  /** Where it is written: `<dir>/pagefind`. */
  readonly dir: string;
  readonly result: Promise<SearchIndexResult>;
  /** False once a drawn page's document differed from the model's; true when every one was checked and none did. */
  readonly holds: () => boolean;
}

/**
 * Starts a build's emit stage: plans which pages are reused (with `codeKey`, our code's key, and
 * `reuse`; none otherwise), and starts the search index with the reused pages' files, so Pagefind
 * indexes them while Astro bundles the theme.
 */
export function startEmit(site: PreparedSite, out: string, codeKey: string | undefined, reuse: boolean, early?: EarlyIndex): BuildEmit {
  const searched = searchedByDest(site);
  const salt = codeKey === undefined ? undefined : createHash('sha256').update(JSON.stringify([codeKey, site.base, site.siteUrl ?? null])).digest('hex');
  const plan: ReusePlan = salt === undefined
    ? { render: site.model.pages, reused: [], keys: undefined, assets: [] }
    : reuse ? planReuse(site.model, salt, site.outDir) : { render: site.model.pages, reused: [], keys: viewKeys(site.model, salt), assets: [] };
  // A rebuild's index started before its pages rendered, with the files of those it guessed are
  // kept (early-index.ts): taken when the guess holds, else dropped for one made as before.
  const pagefindStatics = site.staticFiles.some((file) => file.to.startsWith('pagefind/'));
  const held = early && earlyIndexHolds(early, site.model, plan.reused, searched) && !(early.keepsParts && pagefindStatics) ? early : undefined;
  if (early && !held) early.search.discard();
  // The kept pages' fragments as the last build wrote them are reused (bundle-reuse.ts).
  const kept = new Set(plan.reused.flatMap((page) => (searched.has(page.dest) ? pagefindUrl(page.dest) ?? [] : [])));
  const last = path.join(site.outDir, 'pagefind');
  // Every page the index takes was handed to the early index, kept as the last build indexed it,
  // and the last bundle holds exactly those pages: it is that bundle (search/kept-index.ts). Not
  // when docs_dir has files under pagefind/: the last bundle holds their last copies.
  const whole = held && held.pages.size === searched.size && plan.last?.search?.pages === indexedPagesKey(searched.keys()) && lastBundlePages(last) === searched.size && !pagefindStatics
    ? keptIndex(last, searched.size, held.search, isRecordedParts(plan.last?.search?.parts) ? plan.last.search.parts : undefined)
    : undefined;
  const search = whole ?? held?.search ?? siteIndex(site, kept.size > 0 ? { last, kept } : undefined);
  // Pages the index reads from their files once they are in place under `out` (addPlacedPages).
  const placed: string[] = [];
  addReusedPages(search, plan.reused.filter((page) => searched.has(page.dest) && !held?.pages.has(page.dest)), site.outDir, placed, FROM_FILE_CHARS, (dest) => searched.get(dest));
  const pageByRoute = new Map(site.model.pages.map((page) => [page.route, page]));
  const pageByDest = new Map(site.model.pages.map((page) => [page.dest, page]));
  let model: ModelIndex | undefined;
  // The pages handed over from the model, until each is checked against its drawn page; one that
  // differed. A page's document is made once for Pagefind, and kept as its hash for the check (a
  // big site's pages are read from their files to make it).
  const unchecked = new Set<string>();
  const handed = new Map<string, string>();
  let differed = false;
  let checked = false;
  const contents = new Map<string, FoundContent>();
  // A big draw collects as its pages are drawn (site/heap-keeper.ts DRAW_KEPT_PAGES).
  const keepHeap = drawKeeper(plan.render.length);
  const emit: BuildEmit = {
    plan,
    search,
    searched,
    contents,
    // Only pages the index reads from their files: the HTML Astro hands back has no content.
    splice: contentSplice(site.model.pages, (page) => readFromFile(page) && contentIsOurs(page), randomUUID()),
    stale: false,
    // Asked once Vite has bundled the theme (its files are in `out/_astro`), before any page renders.
    pagesToRender: () => {
      if (!checked) {
        checked = true;
        emit.stale = plan.reused.length > 0 && bundledAssets(out).join('\n') !== plan.assets.join('\n');
        // Every page Astro draws that the index takes is handed over now, its document made from
        // the model, when it can be for all of them (model-index.ts); each is checked once drawn.
        // The index then has every page it takes: it is written while Astro draws them, beside the
        // site (what docs_dir has under pagefind/ first, as Pagefind's own files replace it).
        const fromModel = emit.stale || placed.length > 0 ? undefined : modelIndexed(plan.render, searched);
        if (fromModel) {
          for (const page of fromModel) {
            search.add(page.dest, () => {
              const document = modelDocument(site, page);
              if (unchecked.has(page.dest)) handed.set(page.dest, hashOf(document));
              return document;
            });
            unchecked.add(page.dest);
          }
          const dir = path.join(path.dirname(out), 'search');
          const result = copyFilesInto(dir, site.staticFiles.filter((file) => file.to.startsWith('pagefind/'))).then(() => search.finish(dir));
          result.catch(() => undefined);
          model = { dir, result, holds: () => !differed && unchecked.size === 0 };
        }
      }
      return emit.stale ? site.model.pages : plan.render;
    },
    pageRendered: (route, html, bytes) => {
      keepHeap?.();
      const page = pageByRoute.get(route);
      if (page === undefined) return Promise.resolve();
      // content-patch.ts never patches a big page: its place is not looked for (its HTML may be in a file).
      if (plan.keys && contentIsOurs(page) && htmlChars(page.html) < BIG_PAGE_CHARS) {
        const place = contentPlace(html, titledContent(page), bytes);
        if (place) contents.set(page.dest, place);
      }
      if (emit.stale || !searched.has(page.dest)) return Promise.resolve();
      if (model) {
        if (unchecked.delete(page.dest) && !differed) {
          const drawn = drawnDocument(html);
          const hash = handed.get(page.dest);
          if (drawn === undefined || (hash === undefined ? drawn !== modelDocument(site, page) : hashOf(drawn) !== hash)) differed = true;
        }
        handed.delete(page.dest);
        return Promise.resolve();
      }
      search.add(page.dest, indexedHtml(html, searched.get(page.dest)));
      return search.room();
    },
    readsRenderedFile: (route) => {
      const page = pageByRoute.get(route);
      if (!page || emit.stale || !searched.has(page.dest) || !readFromFile(page)) return false;
      placed.push(page.dest);
      return true;
    },
    addPlacedPages: (out) => {
      search.addFiles(out, placed.splice(0).map((dest) => ({ file: dest, chars: htmlChars(pageByDest.get(dest)?.html ?? '') })));
    },
    waitsForPlacedPages: () => placed.length > 0,
    modelIndex: () => model,
  };
  return emit;
}

/**
 * The pages Astro draws (`drawn`) that the index takes, when the model makes every one's search
 * document (model-index.ts modelIndexable); undefined when it does not, or none is drawn.
 */
function modelIndexed(drawn: readonly PageModel[], searched: ReadonlyMap<string, PageExclusion | undefined>): PageModel[] | undefined {
  const pages = drawn.filter((page) => searched.has(page.dest));
  return pages.length > 0 && pages.every((page) => modelIndexable(page, searched.get(page.dest))) ? pages : undefined;
}

/**
 * Hands the index the reused pages it takes (kept from the last build, in `outDir`): each read
 * from its file there when its turn comes, but a big one (readFromFile), which Pagefind reads
 * itself once the file is in place under the new site (its dest goes in `placed`), as a rendered
 * big page is. Read here and handed over, the 10 MB page's file (90 MB) took a rebuild that kept
 * it to 1.18 GB (see FROM_FILE_CHARS).
 */
export function addReusedPages(search: Pick<SearchIndexer, 'add'>, pages: ReadonlyArray<{ readonly dest: string; readonly html: PageHtml }>, outDir: string, placed: string[], minChars: number = FROM_FILE_CHARS, exclusionOf: (dest: string) => PageExclusion | undefined = () => undefined): void {
  for (const page of pages) {
    // A page Pagefind reads itself keeps every section: mkdocs-exclude-search leaves out only whole ones of those.
    if (readFromFile(page, minChars)) placed.push(page.dest);
    else search.add(page.dest, () => indexedHtml(readFileSync(path.join(outDir, ...page.dest.split('/')), 'utf8'), exclusionOf(page.dest)));
  }
}

/**
 * From this many characters of Markdown HTML, a page is indexed from its file once it is in
 * place, read by Pagefind itself. Handed over from here, it is read again from Astro's response
 * (a copy, then a string of it: twice its bytes with any character beyond Latin-1), then made
 * JSON, then base64 for Pagefind's Node API: several times the page at once, while Astro still
 * holds its own copies (a 10 MB Markdown page makes 80 million characters of HTML). Smaller
 * pages are handed over as they are rendered, so Pagefind indexes them while Astro renders the next.
 */
const FROM_FILE_CHARS = BIG_PAGE_CHARS;

/** Pages Astro renders at once (its `build.concurrency`) when none is big. */
const PAGES_IN_FLIGHT = 4;
/** Markdown from which a page's HTML may be big (BIG_PAGE_CHARS): HTML runs several times its Markdown. */
const BIG_SOURCE_BYTES = BIG_PAGE_CHARS / 16;

/**
 * How many pages Astro renders at once. One at a time, the main thread sat idle while each
 * page's folder and file were written on libuv's threads (Privacy Guides on a quiet machine: 0.19-
 * 0.27 s of Astro's pages phase; 4 fills libuv's default pool). Part of what Astro gains is then
 * spent waiting for Pagefind, which indexes the pages as they come. Pages read only the model, so
 * their order and overlap change nothing in them or in the search index. A site with a big page
 * (`minChars` of HTML or more) renders one at a time, as before: one whose content Astro draws (a
 * custom_dir template's or a blog view's, content-splice.ts) holds several copies of its HTML in
 * Astro, and four of those at once would be the build's peak.
 */
export function pagesInFlight(pages: ReadonlyArray<{ readonly html: PageHtml }>, minChars: number = BIG_PAGE_CHARS): number {
  return pages.some((page) => htmlChars(page.html) >= minChars) ? 1 : PAGES_IN_FLIGHT;
}

/**
 * pagesInFlight before the pages are rendered, from the size of the largest page's source: a
 * page of BIG_SOURCE_BYTES of Markdown may make a big page's HTML.
 */
export function pagesInFlightFor(largestPage: number): number {
  return largestPage >= BIG_SOURCE_BYTES ? 1 : PAGES_IN_FLIGHT;
}

/**
 * Whether a page is indexed from its file: big (`minChars` of HTML or more), with a file name a
 * glob matches as it is, and no section left out of search (withExcludedSections marks those
 * in the HTML handed over; the file has not got the marks).
 */
export function readFromFile(page: { readonly dest: string; readonly html: PageHtml }, minChars: number = FROM_FILE_CHARS): boolean {
  return htmlChars(page.html) >= minChars && fileGlob(page.dest) !== undefined && !someSlice(page.html, hasExcludedSections);
}

/** A glob matching exactly the file `dest`, when its name has no character a glob reads otherwise. */
export function fileGlob(dest: string): string | undefined {
  return /^[\w.-]+(?:\/[\w.-]+)*$/.test(dest) && !dest.split('/').some((part) => /^\.+$/.test(part)) ? dest : undefined;
}

/**
 * The index made from the written files (`out`), when the theme's bundle changed under the kept
 * pages and every page was rendered again (see pagesToRender): each page the index takes, read
 * from its file.
 */
export function indexWrittenPages(site: PreparedSite, out: string): Promise<SearchIndexResult> {
  const search = siteIndex(site);
  for (const [dest, exclusion] of searchedByDest(site)) search.add(dest, () => indexedHtml(readFileSync(path.join(out, ...dest.split('/')), 'utf8'), exclusion));
  return search.finish(out);
}

/** The pages the index takes (src/search/exclude.ts searchedPages), by destination. */
function searchedByDest(site: PreparedSite): Map<string, PageExclusion | undefined> {
  return new Map(searchedPages(site.model.pages, site.model.site.search, site.excludeSearch).map(({ page, exclusion }) => [page.dest, exclusion]));
}

/** What Pagefind is handed of a page's HTML: the part it reads (searchDocument), with the sections Material's search or mkdocs-exclude-search leave out marked. */
function indexedHtml(html: string, exclusion?: PageExclusion): string {
  return withExcludedSections(searchDocument(html), exclusion);
}

/**
 * Pagefind started in the site's language (in each page's own with the i18n plugin), or an index
 * that takes nothing for a site without search.
 */
function siteIndex(site: PreparedSite, reuse?: BundleReuse): SearchIndexer {
  const { search, languages, language } = site.model.site;
  return search ? startSearchIndex(languages ? undefined : language, reuse) : noSearchIndex();
}
