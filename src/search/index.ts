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
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { bundleLanguages } from './bundle-entry.ts';
import { seedBundle, settleBundle, type SeededFragment } from './bundle-reuse.ts';
import { createPagefindIndex, stopPagefind } from './config.ts';

/**
 * Every HTML file except the site's root 404.html, which is not a page anyone searches for
 * (MkDocs' search leaves it out too). Pagefind's glob has no negation, so the alternatives
 * spell out "any root file name but 404": subfolders, then root names by their first letters.
 */
export const PAGES_GLOB = '{*/**/*.html,[!4]*.html,4.html,4[!0]*.html,40.html,40[!4]*.html,404?*.html}';

/**
 * Pagefind writes its ready-made UIs next to the search API; our dialog uses the API only, so
 * these are removed rather than deployed unused (about 0.4 MB).
 */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/** What an index may take from the last build's (startSearchIndex). */
export interface BundleReuse {
  /** The last build's bundle: `<site>/pagefind`. */
  readonly last: string;
  /** The URLs (bundle-reuse.ts pagefindUrl) of the pages the index takes as the last build left them. */
  readonly kept: ReadonlySet<string>;
}

export interface SearchIndexResult {
  /** Pages in the index; 0 when indexing failed. */
  readonly pages: number;
  /** Where the bundle was written (`<outDir>/pagefind`). */
  readonly outputPath: string;
  /** Problems, each a full sentence with what to do; the caller prints them as warnings. */
  readonly messages: string[];
}

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
 * `finish` only has to write the bundle. `add` and `addDirectory` queue and return at once.
 */
export interface SearchIndexer {
  /**
   * One page: its file as the site has it (`about/index.html`, the URL is computed from it) and
   * its HTML, or how to read it when its turn comes (a kept page's file).
   */
  readonly add: (sourcePath: string, html: string | (() => string)) => void;
  /**
   * Every page under `dir` (PAGES_GLOB: all HTML but the root 404.html), or the files `glob`
   * matches there; Pagefind reads them itself, so their HTML never passes through this process.
   */
  readonly addDirectory: (dir: string, glob?: string) => void;
  /**
   * Resolves when the queue has room again (fewer than WAITING_MAX pages waiting): whoever hands
   * pages over as they are made (the page middleware, for Astro) waits for it, so pages made faster
   * than Pagefind indexes them do not pile up here.
   */
  readonly room: () => Promise<void>;
  /** Waits for every page queued, writes `<outDir>/pagefind/` and stops Pagefind. */
  readonly finish: (outDir: string) => Promise<SearchIndexResult>;
  /** Stops Pagefind without writing anything (the build failed before `finish`). */
  readonly cancel: () => Promise<void>;
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

/**
 * `reuse`: the last build's bundle (`<site>/pagefind`) and the URLs of the pages this index
 * takes as that build left them: their fragments are linked in before the write, not compressed
 * and written again (bundle-reuse.ts).
 */
export function startSearchIndex(language: string | undefined, reuse?: BundleReuse): SearchIndexer {
  const messages: string[] = [];
  const started = createPagefindIndex(language).then(
    ({ index, errors }) => index ?? `Pagefind did not start: ${errors.join('; ') || 'no reason given'}`,
    (error: unknown) => `Pagefind failed: ${describe(error)}`,
  );
  // A few additions in flight at a time, started in order: a page's HTML is read (a kept page) or
  // sent only when a place is free, so a big site never has every page in flight at once, while
  // Pagefind always has the next pages to work on. Each settles (never rejects), keeping what
  // Pagefind said was wrong.
  const waiting: Array<() => Promise<void>> = [];
  let running = 0;
  let drained: (() => void) | undefined;
  let roomWanted: Array<() => void> = [];
  // Pagefind once started, and how many additions queued have not yet been handed to it (their
  // message not yet passed to its process's input stream, which keeps their order): `finish`
  // asks for the write once none is left.
  let ready: PagefindIndex | string | undefined;
  let unhanded = 0;
  let handedWanted: Array<(index: PagefindIndex | string) => void> = [];
  const handedCheck = (): void => {
    if (ready === undefined || unhanded > 0 || handedWanted.length === 0) return;
    const index = ready;
    const wanted = handedWanted;
    handedWanted = [];
    for (const resolve of wanted) resolve(index);
  };
  void started.then((index) => {
    ready = index;
    handedCheck();
  });
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
  const queue = (work: (index: PagefindIndex) => Promise<{ errors: string[] }>, label: string) => {
    unhanded++;
    waiting.push(async () => {
      const index = await started;
      let answer: Promise<{ errors: string[] }> | undefined;
      try {
        if (typeof index !== 'string') answer = work(index);
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
   * Pagefind's index once every addition queued has been handed to it: at once (no turn of the
   * event loop) when they all have, so a caller that goes on working without yielding (the
   * publish stage placing pages) has the write already under way.
   */
  const handedOver = (): PagefindIndex | string | Promise<PagefindIndex | string> => {
    if (ready !== undefined && unhanded === 0) return ready;
    return new Promise((resolve) => {
      handedWanted.push(resolve);
      handedCheck();
    });
  };
  /** The index's end once its write is asked for (`writing`): the pages' answers, then the write's. */
  const written = async (outputPath: string, writing: Promise<Awaited<ReturnType<PagefindIndex['writeFiles']>> | undefined>, seeded: readonly SeededFragment[]): Promise<SearchIndexResult> => {
    const notBuilt = (reason: string): SearchIndexResult => ({
      pages: 0,
      outputPath,
      messages: [...messages, `search index not built: ${reason}; the site works, but search will say it is unavailable`],
    });
    // An index not written leaves no fragment linked from the last bundle, unchecked, to be published.
    const failed = (what: string, detail: unknown) => {
      for (const { name } of seeded) rmSync(path.join(outputPath, ...name.split('/')), { force: true });
      return notBuilt(`${what}: ${describe(detail)}`);
    };
    const index = await started;
    if (typeof index === 'string') {
      await stopPagefind(undefined);
      return notBuilt(index);
    }
    try {
      await allAdded();
      const result = await writing;
      if (!result) return notBuilt('Pagefind did not start');
      if (result.errors.length > 0) return failed(`cannot write ${outputPath}`, result.errors.join('; '));
      // The fragments linked from the last bundle: one the new index does not name is removed;
      // one it names that may not be what it names is removed too, and Pagefind, asked again,
      // writes it (it skips the other content-named files, there already, and writes its
      // entry file and scripts again: those are never linked from the last bundle).
      if (seeded.length > 0 && settleBundle(outputPath, seeded).length > 0) {
        const again = await index.writeFiles({ outputPath });
        if (again.errors.length > 0) return failed(`cannot write ${outputPath}`, again.errors.join('; '));
      }
      for (const name of UNUSED_FILES) rmSync(path.join(outputPath, name), { force: true });
      // Pagefind reads every HTML file it is given, static ones from docs_dir too; the index
      // keeps only those with data-pagefind-body (our pages), as its entry file says.
      const pages = indexedPages(outputPath);
      if (pages === 0) messages.push(`search index: no page in ${path.dirname(outputPath)} has data-pagefind-body, so search finds nothing; check the layout marks the article`);
      return { pages, outputPath, messages };
    } catch (error) {
      return failed('Pagefind failed', error);
    } finally {
      // Stops Pagefind's backend process so the build can exit, without waiting for it (it
      // restarts on the next call, once stopped).
      void stopPagefind(index);
    }
  };
  return {
    add: (sourcePath, html) => queue((index) => index.addHTMLFile({ sourcePath, content: typeof html === 'string' ? html : html() }), `${sourcePath}: `),
    addDirectory: (dir, glob = PAGES_GLOB) => queue((index) => index.addDirectory({ path: dir, glob }), ''),
    room: () => (waiting.length < WAITING_MAX ? Promise.resolve() : new Promise<void>((resolve) => roomWanted.push(resolve))),
    finish: (outDir) => {
      const outputPath = path.join(outDir, 'pagefind');
      // The write is asked for once every page is handed over, without waiting for Pagefind's
      // answers: its service takes one message at a time, in the order sent (tested in
      // tests/search/index.test.ts), so it still writes after the last page. In a one-page
      // rebuild it so starts before the publish stage's ~0.1 s of placing files, not after.
      const write = (index: PagefindIndex | string) => (typeof index === 'string' ? undefined : index.writeFiles({ outputPath }));
      // Before the write is asked for: Pagefind skips a file that is there.
      const seeded = reuse === undefined ? [] : seedBundle(reuse.last, outputPath, reuse.kept);
      const now = handedOver();
      const writing = now instanceof Promise ? now.then(write) : Promise.resolve(write(now));
      // Awaited below, after the pages' answers: a failure meanwhile is not an unhandled rejection.
      writing.catch(() => undefined);
      return written(outputPath, writing, seeded);
    },
    cancel: async () => {
      const index = await started;
      await stopPagefind(typeof index === 'string' ? undefined : index);
    },
    // After the queue's own steps, which wait for `started` too and so hand their work over first.
    started: started.then(() => undefined),
    discard: () => {
      unhanded -= waiting.length;
      waiting.length = 0;
      void started.then((index) => (typeof index === 'string' ? undefined : index.deleteIndex())).catch(() => undefined);
    },
  };
}

/** The pages of every language in the written index (`pagefind-entry.json`). */
function indexedPages(outputPath: string): number {
  return bundleLanguages(outputPath).reduce((sum, language) => sum + language.pages, 0);
}

function describe(detail: unknown): string {
  return detail instanceof Error ? detail.message : String(detail);
}
