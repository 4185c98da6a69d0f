/**
 * The search index of a build: Pagefind over the written HTML, through its Node API.
 *
 * What gets indexed and how it ranks is decided by the markup, not here:
 * - only the article is indexed: Page.astro puts `data-pagefind-body` on
 *   `article.md-content__inner`, so the header, nav, ToC and footer are left out;
 * - the title ranks above body text: Pagefind takes `meta.title` from the page's first <h1>
 *   and weights headings by default (h1 7, h2 6 ... h6 2, everything else 1), so no
 *   `data-pagefind-weight` is needed (checked on the guide: "signal" matches the h3 "Signal"
 *   with weight 5 and body text with weight 1 in `weighted_locations`);
 * - sub-results come from the ids our toc extension puts on headings (Pagefind anchors a
 *   sub-result on every heading that has an id); their "¶" permalinks are left out (config.ts);
 * - the language is `theme.language`, forced, because Pagefind would otherwise split the site
 *   by each page's <html lang> and a page without one would land in an "unknown" index; a
 *   multilingual site (the i18n plugin) is split so, on purpose: every page has its language's.
 *
 * Indexing never fails the build: every problem comes back as a message the caller reports as a
 * warning (the site works without search; the UI says so).
 */
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { pagefindUrl } from './bundle-reuse.ts';
import { stopPagefind } from './config.ts';
import { chunked, createParts, PART_CHARS, type IndexedFile, type Part } from './index-parts.ts';
import { askWrites, writtenIndex, type BundleReuse, type SearchIndexResult } from './index-write.ts';
import { linkKeptParts, type KeptParts } from './kept-parts.ts';

export type { IndexedFile } from './index-parts.ts';
export type { BundleReuse, SearchIndexResult } from './index-write.ts';

/**
 * Every HTML file except the site's root 404.html, which is not a page anyone searches for
 * (MkDocs' search leaves it out too). Pagefind's glob has no negation, so the alternatives
 * spell out "any root file name but 404": subfolders, then root names by their first letters.
 */
export const PAGES_GLOB = '{*/**/*.html,[!4]*.html,4.html,4[!0]*.html,40.html,40[!4]*.html,404?*.html}';

/** Indexes every HTML file under `outDir` and writes the bundle to `<outDir>/pagefind/`. */
export async function buildSearchIndex(outDir: string, language: string): Promise<SearchIndexResult> {
  const indexer = startSearchIndex(language);
  indexer.addDirectory(outDir);
  return indexer.finish(outDir);
}

/**
 * An index that is filled while the site is still being written: Pagefind runs in its own
 * process, so pages handed to it as soon as their HTML exists are indexed on another core while
 * Astro renders the next ones (in a build, by the page middleware and from reused pages), and
 * `finish` only has to write the bundle. `add`, `addFiles` and `addDirectory` queue and return at once.
 *
 * A big site's index is written in parts (PART_CHARS), each a bundle of its own that the search
 * dialog merges (`parts.json`).
 */
export interface SearchIndexer {
  /**
   * One page: its file as the site has it (`about/index.html`, the URL is computed from it) and
   * its HTML, or how to read it when its turn comes (a kept page's file).
   */
  readonly add: (sourcePath: string, html: string | (() => string)) => void;
  /**
   * Pages Pagefind reads from their files in `dir`, so their HTML never passes through this process.
   * A name a glob does not match as it is written is left out, with a message.
   */
  readonly addFiles: (dir: string, files: readonly IndexedFile[]) => void;
  /**
   * Every page under `dir` (PAGES_GLOB: all HTML but the root 404.html), in one part whatever its
   * size, and never reused from the last bundle (their names are not known here).
   */
  readonly addDirectory: (dir: string) => void;
  /**
   * Resolves when the queue has room again (fewer than WAITING_MAX pages waiting): whoever hands
   * pages over as they are made (the page middleware, for Astro) waits for it, so pages made faster
   * than Pagefind indexes them do not pile up here.
   */
  readonly room: () => Promise<void>;
  /** Waits for every page queued, writes `<outDir>/pagefind/` and stops Pagefind. */
  readonly finish: (outDir: string) => Promise<SearchIndexResult>;
  /**
   * Stops Pagefind without writing anything (the build failed before `finish`): once it has
   * done what it was asked (its messages are taken in order), or, `now`, at once, its process
   * ended whatever it is doing (nothing it does is wanted: kept-index.ts).
   */
  readonly cancel: (now?: boolean) => Promise<void>;
  /**
   * Drops this index, unwritten, and leaves Pagefind's process running for another: an index
   * made meanwhile need not wait for the process to stop and start again (as after `cancel`).
   */
  readonly discard: () => void;
  /** Settles once Pagefind's process is up (or failed to start): what is queued by then has been handed over. */
  readonly started: Promise<void>;
}

/** The index of a site without search (no search plugin): takes nothing, writes nothing. */
export function noSearchIndex(): SearchIndexer {
  return {
    add: () => undefined,
    addFiles: () => undefined,
    addDirectory: () => undefined,
    room: () => Promise.resolve(),
    finish: (outDir) => Promise.resolve({ pages: 0, outputPath: path.join(outDir, 'pagefind'), messages: [] }),
    cancel: () => Promise.resolve(),
    discard: () => undefined,
    started: Promise.resolve(),
  };
}

/** How many pages are handed to Pagefind at once. */
const IN_FLIGHT = 16;
/**
 * How many pages may wait for their turn before `room` makes whoever hands them over wait. The
 * 2,000-page site's pages came from Astro faster than Pagefind took them: at Astro's last page,
 * ~1,000 were waiting, their HTML in this process (the build's peak, ~250 MB over its baseline).
 */
const WAITING_MAX = 64;

/** What a queued step hands over, once it knows its part. */
interface Handing {
  readonly part: Part;
  readonly send: (index: PagefindIndex) => Promise<{ errors: string[] }>;
}

/**
 * `reuse`: the last build's bundle (`<site>/pagefind`) and the URLs of the pages this index
 * takes as that build left them: their fragments are linked in before the write, not compressed
 * and written again (bundle-reuse.ts). `partChars`: PART_CHARS, but for tests. `kept`: the last
 * index's parts this one keeps whole (kept-parts.ts): linked in when it is written, their pages
 * never handed to Pagefind (but when a part cannot be linked: then its pages' files are).
 */
export function startSearchIndex(language: string | undefined, reuse?: BundleReuse, partChars: number = PART_CHARS, kept?: KeptParts): SearchIndexer {
  const messages: string[] = [];
  // Pagefind's indexes once started, and how many additions queued have not yet been handed to
  // them (their message not yet passed to its process's input stream, which keeps their order):
  // `finish` asks for the writes once none is left.
  let unhanded = 0;
  let handedWanted: Array<() => void> = [];
  const handedCheck = (): void => {
    if (!parts.allReady() || unhanded > 0 || handedWanted.length === 0) return;
    const wanted = handedWanted;
    handedWanted = [];
    for (const resolve of wanted) resolve();
  };
  const parts = createParts(language, partChars, () => handedCheck());
  const { first, partFor } = parts;
  // A few additions in flight at a time, started in order: a page's HTML is read (a kept page) or
  // sent only when a place is free, so a big site never has every page in flight at once, while
  // Pagefind always has the next pages to work on. Each takes its part as it starts, so the parts
  // are filled in the order the pages were queued. Each settles (never rejects), keeping what
  // Pagefind said was wrong.
  const waiting: Array<() => Promise<void>> = [];
  let running = 0;
  let drained: (() => void) | undefined;
  let roomWanted: Array<() => void> = [];
  const next = (): void => {
    while (running < IN_FLIGHT && waiting.length > 0) {
      const step = waiting.shift();
      if (!step) break;
      running++;
      void step().finally(() => {
        running--;
        next();
      });
    }
    if (waiting.length < WAITING_MAX && roomWanted.length > 0) {
      for (const resolve of roomWanted) resolve();
      roomWanted = [];
    }
    if (running === 0 && waiting.length === 0) drained?.();
  };
  const queue = (take: () => Handing, label: string) => {
    unhanded++;
    waiting.push(async () => {
      let answer: Promise<{ errors: string[] }> | undefined;
      try {
        const { part, send } = take();
        const index = await part.index;
        if (typeof index !== 'string') answer = send(index);
      } catch (error) {
        messages.push(`search index: ${label}${describe(error)}`);
      } finally {
        unhanded--;
        handedCheck();
      }
      if (!answer) return;
      try {
        messages.push(...(await answer).errors.map((e) => `search index: ${label}${e}`));
      } catch (error) {
        messages.push(`search index: ${label}${describe(error)}`);
      }
    });
    next();
  };
  const allAdded = () => new Promise<void>((resolve) => {
    drained = resolve;
    next();
  });
  /**
   * True once every addition queued has been handed to Pagefind: at once (no turn of the event
   * loop) when they all have, so a caller that goes on working without yielding (the publish
   * stage placing pages) has the writes already under way.
   */
  const handedOver = (): true | Promise<void> => {
    if (parts.allReady() && unhanded === 0) return true;
    return new Promise((resolve) => {
      handedWanted.push(resolve);
      handedCheck();
    });
  };
  // What waits for its turn is dropped (by cancel and discard): a step started then could start a part for nothing.
  const dropWaiting = () => {
    unhanded -= waiting.length;
    waiting.length = 0;
  };
  const addFiles: SearchIndexer['addFiles'] = (dir, files) => {
    // A file's URL is there only for a name a glob matches as it is written (bundle-reuse.ts pagefindUrl).
    const named = files.flatMap((entry) => {
      const url = pagefindUrl(entry.file);
      if (url === undefined) messages.push(`search index: ${entry.file}: not read from its file, as its name has characters a glob reads otherwise`);
      return url === undefined ? [] : [{ ...entry, url }];
    });
    // One message per part's worth of files, Pagefind walking the folder for the names it lists.
    const chunks = chunked(named, parts.budget);
    parts.reserve(chunks.length);
    for (const chunk of chunks) {
      queue(() => {
        const part = partFor(chunk.reduce((sum, { chars }) => sum + chars, 0));
        for (const { url } of chunk) part.urls.add(url);
        const names = chunk.map(({ file }) => file);
        return { part, send: (index) => index.addDirectory({ path: dir, glob: names.length === 1 ? names.join('') : `{${names.join(',')}}` }) };
      }, '');
    }
  };
  return {
    add: (sourcePath, html) => queue(() => {
      const content = typeof html === 'string' ? html : html();
      const part = partFor(content.length);
      const url = pagefindUrl(sourcePath);
      if (url !== undefined) part.urls.add(url);
      else part.complete = false;
      return { part, send: (index) => index.addHTMLFile({ sourcePath, content }) };
    }, `${sourcePath}: `),
    addFiles,
    addDirectory: (dir) => queue(() => {
      const part = partFor(0);
      part.complete = false;
      return { part, send: (index) => index.addDirectory({ path: dir, glob: PAGES_GLOB }) };
    }, ''),
    room: () => (waiting.length < WAITING_MAX ? Promise.resolve() : new Promise<void>((resolve) => roomWanted.push(resolve))),
    finish: (outDir) => {
      const root = path.join(outDir, 'pagefind');
      // Before the writes are asked for: a part that cannot be linked has its pages read instead.
      const linked = kept === undefined ? [] : linkKeptParts(kept, root, addFiles);
      // The writes are asked for once every page is handed over, without waiting for Pagefind's
      // answers: its service takes one message at a time, in the order sent (tested in
      // tests/search/index.test.ts), so it still writes after the last page. In a one-page
      // rebuild they so start before the publish stage's ~0.1 s of placing files, not after.
      const askAll = () => askWrites(parts, root, reuse, linked.length);
      const now = handedOver();
      const asking = now === true ? Promise.resolve(askAll()) : now.then(askAll);
      asking.catch(() => undefined);
      return writtenIndex(parts, root, asking, allAdded, messages, reuse, linked);
    },
    cancel: async (now) => {
      dropWaiting();
      const index = await first.index;
      await stopPagefind(typeof index === 'string' || now === true ? undefined : index);
    },
    // After the queue's own steps, which wait for the first part's index too and so hand their
    // work over first: the first part's pages queued by then (and in flight, IN_FLIGHT), not the others'.
    started: first.index.then(() => undefined),
    discard: () => {
      dropWaiting();
      for (const index of parts.indexes()) void index.then((ready) => (typeof ready === 'string' ? undefined : ready.deleteIndex())).catch(() => undefined);
    },
  };
}

function describe(detail: unknown): string {
  return detail instanceof Error ? detail.message : String(detail);
}
