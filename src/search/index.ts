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
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { bundleLanguages, PARTS_FILE } from './bundle-entry.ts';
import { pagefindUrl, seedBundle, settleBundle, type SeededFragment } from './bundle-reuse.ts';
import { createPagefindIndex, stopPagefind } from './config.ts';

/**
 * Every HTML file except the site's root 404.html, which is not a page anyone searches for
 * (MkDocs' search leaves it out too). Pagefind's glob has no negation, so the alternatives
 * spell out "any root file name but 404": subfolders, then root names by their first letters.
 */
export const PAGES_GLOB = '{*/**/*.html,[!4]*.html,4.html,4[!0]*.html,40.html,40[!4]*.html,404?*.html}';

/** The first part's files the browser starts from: removed when the index fails, so that search says it is unavailable. */
const ENTRY_FILES = ['pagefind.js', 'pagefind-entry.json', PARTS_FILE];

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

/** A page Pagefind reads from its file: its name under the folder (one a glob matches as it is written) and its weight. */
export interface IndexedFile {
  /** `about/index.html`: letters, digits, `_`, `.`, `-` and `/` only (a glob reads no other character as itself). */
  readonly file: string;
  /** About how many characters of it Pagefind indexes (the page's content HTML): what its part is filled by. */
  readonly chars: number;
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

/**
 * The HTML characters one part of the index is filled with before the next part starts; a page
 * is never split, so a page bigger than this is a part of its own.
 *
 * Pagefind holds every page it was handed until the index is written, and writing an index
 * copies every page's words once more (its `build_indexes` clones each page, then packs the
 * words). On the ~2,000-page bench site (43 MB of article HTML, 2.0 million words) its process
 * peaked at 586 MiB with one index, 383 MiB with two and 314 MiB with three, written one after
 * another, each deleted once written (measured with the same pages split by order). A rebuild's
 * parts that take fragments from the last bundle are kept until the end (see `ask`): 459 MiB for
 * three kept, still under one index's peak.
 *
 * Each part is a bundle of its own: the first in `pagefind/`, the others in `pagefind/part-2/`...,
 * listed in `pagefind/parts.json`. The browser searches them all (Pagefind's mergeIndex) and
 * sorts their results together by score; a part's scores are weighed by its own pages (how
 * common a word is in it), so results of two parts rank a little less evenly than in one index.
 * The corpus (123 pages, 2.7 MB) is one part, as is any site under ~700 pages of its size.
 */
export const PART_CHARS = 16_000_000;

/** One of the indexes a site's search is written in (PART_CHARS), all in Pagefind's one process. */
interface Part {
  /** Its bundle's folder under the first part's: '' for the first, `part-2`, `part-3`... */
  readonly folder: string;
  readonly index: Promise<PagefindIndex | string>;
  /** What `index` settled to, once it has. */
  ready: PagefindIndex | string | undefined;
  /** The HTML characters of the pages handed to it. */
  chars: number;
  /** The URLs (bundle-reuse.ts pagefindUrl) of its pages handed over by file name. */
  readonly urls: Set<string>;
}

/** A part's write once asked for: its folder, the fragments linked into it from the last bundle, Pagefind's answer (none when its index did not start). */
interface Asked {
  readonly outputPath: string;
  readonly fragments: readonly SeededFragment[];
  readonly result: ReturnType<PagefindIndex['writeFiles']> | undefined;
}

/** What a queued step hands over, once it knows its part. */
interface Handing {
  readonly part: Part;
  readonly send: (index: PagefindIndex) => Promise<{ errors: string[] }>;
}

/**
 * `reuse`: the last build's bundle (`<site>/pagefind`) and the URLs of the pages this index
 * takes as that build left them: their fragments are linked in before the write, not compressed
 * and written again (bundle-reuse.ts). `partChars`: PART_CHARS, but for tests.
 */
export function startSearchIndex(language: string | undefined, reuse?: BundleReuse, partChars: number = PART_CHARS): SearchIndexer {
  const messages: string[] = [];
  // A multilingual site's index is one part: Pagefind splits a part by the pages' languages, and
  // the browser asks each part for its page's language, which a part might not have.
  const budget = language === undefined ? Number.POSITIVE_INFINITY : partChars;
  const parts: Part[] = [];
  // Pagefind's indexes once started, and how many additions queued have not yet been handed to
  // them (their message not yet passed to its process's input stream, which keeps their order):
  // `finish` asks for the write once none is left.
  let unhanded = 0;
  let handedWanted: Array<() => void> = [];
  const allReady = () => parts.every((part) => part.ready !== undefined);
  const handedCheck = (): void => {
    if (!allReady() || unhanded > 0 || handedWanted.length === 0) return;
    const wanted = handedWanted;
    handedWanted = [];
    for (const resolve of wanted) resolve();
  };
  const startIndex = () => createPagefindIndex(language).then(
    ({ index, errors }) => index ?? `Pagefind did not start: ${errors.join('; ') || 'no reason given'}`,
    (error: unknown) => `Pagefind failed: ${describe(error)}`,
  );
  // Indexes for the next parts, asked for ahead: Pagefind's service answers in order, so an index
  // asked for only as its part starts came after every page queued before (seconds, in a rebuild
  // of 2,000 pages), and the new part's pages waited for it. One is kept ahead (an empty index,
  // never used by a site of one part; none for a multilingual one, never split), and `addFiles`
  // asks for as many as its files fill.
  const spares: Array<Promise<PagefindIndex | string>> = [];
  const reserve = (count: number) => {
    while (Number.isFinite(budget) && spares.length < count) spares.push(startIndex());
  };
  const newPart = (): Part => {
    const index = spares.shift() ?? startIndex();
    reserve(1);
    const part: Part = {
      folder: parts.length === 0 ? '' : `part-${parts.length + 1}`,
      index,
      ready: undefined,
      chars: 0,
      urls: new Set(),
    };
    void part.index.then((index) => {
      part.ready = index;
      handedCheck();
    });
    parts.push(part);
    return part;
  };
  const first = newPart();
  // The part `chars` more go to: the last, or a new one when the last has pages and would pass the budget.
  const partFor = (chars: number): Part => {
    const last = parts.at(-1) ?? first;
    const part = last.chars > 0 && last.chars + chars > budget ? newPart() : last;
    part.chars += chars;
    return part;
  };
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
   * stage placing pages) has the write already under way.
   */
  const handedOver = (): true | Promise<void> => {
    if (allReady() && unhanded === 0) return true;
    return new Promise((resolve) => {
      handedWanted.push(resolve);
      handedCheck();
    });
  };
  // Just before a part's write, once every page is handed over (Pagefind skips a file that is
  // there): the kept pages' fragments of this part only. A fragment's name is unique within the
  // index that names it, not across parts, so one of another part's pages could stand where a
  // page of this one is written, under the same name (and its bytes would match the name).
  const seeded = new Map<Part, { readonly outputPath: string; readonly fragments: SeededFragment[] }>();
  const seed = (part: Part, outputPath: string): SeededFragment[] => {
    const fragments = reuse === undefined ? [] : seedBundle(reuse.last, outputPath, new Set([...part.urls].filter((url) => reuse.kept.has(url))));
    seeded.set(part, { outputPath, fragments });
    return fragments;
  };
  // A part's write, asked for (after its seeding). Pagefind's service takes one message at a time,
  // in the order sent, so parts asked for together are written one after another, with no turn
  // of this thread's event loop in between (in a rebuild it is busy placing pages meanwhile). A
  // part seeded with no fragment is deleted right after its write, its memory given back before
  // the next part is built; one with fragments is kept to the end, as settleBundle may find one
  // Pagefind must write again. The last part goes with Pagefind's process (stopPagefind).
  const ask = (part: Part, root: string): Asked => {
    const outputPath = part === first ? root : path.join(root, part.folder);
    const index = part.ready;
    if (typeof index !== 'object') return { outputPath, fragments: [], result: undefined };
    const fragments = seed(part, outputPath);
    const result = index.writeFiles({ outputPath });
    // Awaited in turn by `written`: a failure meanwhile is not an unhandled rejection.
    result.catch(() => undefined);
    if (fragments.length === 0 && part !== parts.at(-1)) index.deleteIndex().catch(() => undefined);
    return { outputPath, fragments, result };
  };
  /** The index's end once its parts' writes are asked for (`asking`): the pages' answers, then each part's write in turn. */
  const written = async (root: string, asking: Promise<Asked[]>): Promise<SearchIndexResult> => {
    const notBuilt = (reason: string): SearchIndexResult => ({
      pages: 0,
      outputPath: root,
      messages: [...messages, `search index not built: ${reason}; the site works, but search will say it is unavailable`],
    });
    // An index not written leaves no fragment linked from the last bundle, unchecked, to be
    // published, no part, and no entry file nor script of the first part's: the dialog then says
    // search is unavailable (a part written without the others would answer for some pages only).
    // The other parts' writes, asked for at once, are let finish first: they write after the failure.
    let asked: readonly Asked[] = [];
    const failed = async (what: string, detail: unknown) => {
      await Promise.allSettled(asked.map(({ result }) => result));
      for (const { outputPath, fragments } of seeded.values()) for (const { name } of fragments) rmSync(path.join(outputPath, ...name.split('/')), { force: true });
      for (const part of parts.slice(1)) rmSync(path.join(root, part.folder), { recursive: true, force: true });
      for (const name of ENTRY_FILES) rmSync(path.join(root, name), { force: true });
      return notBuilt(`${what}: ${describe(detail)}`);
    };
    const firstIndex = await first.index;
    if (typeof firstIndex === 'string') {
      await stopPagefind(undefined);
      return notBuilt(firstIndex);
    }
    let last: PagefindIndex = firstIndex;
    try {
      await allAdded();
      let pages = 0;
      asked = await asking;
      for (const [n, part] of parts.entries()) {
        // A part started after the writes were asked for (none should be) is asked for now.
        const { outputPath, fragments, result: answer } = asked[n] ?? ask(part, root);
        const index = part.ready;
        if (typeof index !== 'object') return await failed(`cannot write ${outputPath}`, index ?? 'Pagefind did not start');
        last = index;
        const result = await answer;
        if (!result) return await failed(`cannot write ${outputPath}`, 'Pagefind did not start');
        if (result.errors.length > 0) return await failed(`cannot write ${outputPath}`, result.errors.join('; '));
        // The fragments linked from the last bundle: one the new index does not name is removed;
        // one it names that may not be what it names is removed too, and Pagefind, asked again,
        // writes it (it skips the other content-named files, there already, and writes its
        // entry file and scripts again: those are never linked from the last bundle).
        if (fragments.length > 0 && settleBundle(outputPath, fragments).length > 0) {
          const again = await index.writeFiles({ outputPath });
          if (again.errors.length > 0) return await failed(`cannot write ${outputPath}`, again.errors.join('; '));
        }
        for (const name of UNUSED_FILES) rmSync(path.join(outputPath, name), { force: true });
        pages += indexedPages(outputPath);
      }
      writeFileSync(path.join(root, PARTS_FILE), JSON.stringify(parts.slice(1).map((part) => `${part.folder}/`)));
      // Pagefind reads every HTML file it is given, static ones from docs_dir too; the index
      // keeps only those with data-pagefind-body (our pages), as its entry file says.
      if (pages === 0) messages.push(`search index: no page in ${path.dirname(root)} has data-pagefind-body, so search finds nothing; check the layout marks the article`);
      return { pages, outputPath: root, messages };
    } catch (error) {
      return await failed('Pagefind failed', error);
    } finally {
      // Stops Pagefind's backend process so the build can exit, without waiting for it (it
      // restarts on the next call, once stopped).
      void stopPagefind(last);
    }
  };
  return {
    add: (sourcePath, html) => queue(() => {
      const content = typeof html === 'string' ? html : html();
      const part = partFor(content.length);
      const url = pagefindUrl(sourcePath);
      if (url !== undefined) part.urls.add(url);
      return { part, send: (index) => index.addHTMLFile({ sourcePath, content }) };
    }, `${sourcePath}: `),
    addFiles: (dir, files) => {
      for (const { file } of files) if (pagefindUrl(file) === undefined) messages.push(`search index: ${file}: not read from its file, as its name has characters a glob reads otherwise`);
      // One message per part's worth of files, Pagefind walking the folder for the names it lists.
      const chunks = chunked(files.filter(({ file }) => pagefindUrl(file) !== undefined), budget);
      reserve(chunks.length);
      for (const chunk of chunks) {
        queue(() => {
          const part = partFor(chunk.reduce((sum, { chars }) => sum + chars, 0));
          for (const url of chunk.flatMap(({ file }) => pagefindUrl(file) ?? [])) part.urls.add(url);
          const names = chunk.map(({ file }) => file);
          return { part, send: (index) => index.addDirectory({ path: dir, glob: names.length === 1 ? names.join('') : `{${names.join(',')}}` }) };
        }, '');
      }
    },
    addDirectory: (dir) => queue(() => ({ part: partFor(0), send: (index) => index.addDirectory({ path: dir, glob: PAGES_GLOB }) }), ''),
    room: () => (waiting.length < WAITING_MAX ? Promise.resolve() : new Promise<void>((resolve) => roomWanted.push(resolve))),
    finish: (outDir) => {
      const root = path.join(outDir, 'pagefind');
      // The writes are asked for once every page is handed over, without waiting for Pagefind's
      // answers: its service takes one message at a time, in the order sent (tested in
      // tests/search/index.test.ts), so it still writes after the last page. In a one-page
      // rebuild they so start before the publish stage's ~0.1 s of placing files, not after.
      // None when the first part's index did not start: the index is not built.
      const askAll = () => (typeof first.ready === 'object' ? parts.map((part) => ask(part, root)) : []);
      const now = handedOver();
      const asking = now === true ? Promise.resolve(askAll()) : now.then(askAll);
      asking.catch(() => undefined);
      return written(root, asking);
    },
    cancel: async () => {
      // What waits for its turn is dropped: a step started now could start a part for nothing.
      unhanded -= waiting.length;
      waiting.length = 0;
      const index = await first.index;
      await stopPagefind(typeof index === 'string' ? undefined : index);
    },
    // After the queue's own steps, which wait for the first part's index too and so hand their
    // work over first: the first part's pages queued by then (and in flight, IN_FLIGHT), not the others'.
    started: first.index.then(() => undefined),
    discard: () => {
      unhanded -= waiting.length;
      waiting.length = 0;
      for (const index of [...parts.map((part) => part.index), ...spares]) void index.then((ready) => (typeof ready === 'string' ? undefined : ready.deleteIndex())).catch(() => undefined);
    },
  };
}

/**
 * `files` in runs of consecutive ones, each of at most `most` characters (a bigger file is a run
 * of its own): what parts take of them as partFor fills them from an empty one (after pages
 * handed over, the part they left partly filled takes the first run only if it fits whole).
 */
function chunked(files: readonly IndexedFile[], most: number): IndexedFile[][] {
  const runs: IndexedFile[][] = [];
  let run: IndexedFile[] = [];
  let chars = 0;
  for (const file of files) {
    if (run.length > 0 && chars + file.chars > most) {
      runs.push(run);
      run = [];
      chars = 0;
    }
    run.push(file);
    chars += file.chars;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The pages of every language in the written index (`pagefind-entry.json`). */
function indexedPages(outputPath: string): number {
  return bundleLanguages(outputPath).reduce((sum, language) => sum + language.pages, 0);
}

function describe(detail: unknown): string {
  return detail instanceof Error ? detail.message : String(detail);
}
