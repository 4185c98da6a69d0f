/**
 * The parts a site's search index is written in (index.ts): which part each addition goes to,
 * and the Pagefind indexes behind them, asked for ahead.
 *
 *   const parts = createParts('en', PART_CHARS, onReady);
 *   parts.partFor(page.length).urls.add('/about/'); // the part this page fills
 */
import type { PagefindIndex } from 'pagefind';
import { createPagefindIndex } from './config.ts';

/**
 * The HTML characters one part of the index is filled with before the next part starts; a page
 * is never split, so a page bigger than this is a part of its own.
 *
 * Pagefind holds every page it was handed until the index is written, and writing an index
 * copies every page's words once more (its `build_indexes` clones each page, then packs the
 * words). On the ~2,000-page bench site (43 MB of article HTML, 2.0 million words) its process
 * peaked at 586 MiB with one index, 383 MiB with two and 314 MiB with three, written one after
 * another, each deleted once written (measured with the same pages split by order). A rebuild's
 * parts that take fragments from the last bundle are kept until the end (index-write.ts): 459 MiB
 * for three kept, still under one index's peak.
 *
 * Each part is a bundle of its own: the first in `pagefind/`, the others in `pagefind/part-2/`...,
 * listed in `pagefind/parts.json`. The browser searches them all (Pagefind's mergeIndex) and
 * sorts their results together by score; a part's scores are weighed by its own pages (how
 * common a word is in it), so results of two parts rank a little less evenly than in one index.
 * The corpus (123 pages, 2.7 MB) is one part, as is any site under ~700 pages of its size.
 */
export const PART_CHARS = 16_000_000;

/** One of the indexes a site's search is written in (PART_CHARS), all in Pagefind's one process. */
export interface Part {
  /**
   * Its bundle's folder under the index's: '' for the index's own, `part-2`, `part-3`... (partFolder),
   * by the order the parts were started, until the writes name them (index-write.ts askWrites).
   */
  folder: string;
  readonly index: Promise<PagefindIndex | string>;
  /** What `index` settled to, once it has. */
  ready: PagefindIndex | string | undefined;
  /** The HTML characters of the pages handed to it. */
  chars: number;
  /** The URLs (bundle-reuse.ts pagefindUrl) of its pages. */
  readonly urls: Set<string>;
  /** False once a page went to it whose URL is not in `urls` (a name a glob reads otherwise, a whole folder). */
  complete: boolean;
  /** How many additions went to it (a page, a part's worth of files, a folder): 0 for a part that holds no page. */
  steps: number;
}

/** The folder of a bundle's `n`th part (from 0): '' for the first, whose folder is the index's own, then `part-2`, `part-3`... */
export function partFolder(n: number): string {
  return n === 0 ? '' : `part-${n + 1}`;
}

export interface Parts {
  readonly first: Part;
  /** Every part so far, in order (the list grows as pages fill them). */
  readonly all: readonly Part[];
  /** The characters a part takes: PART_CHARS, or no end for a multilingual index. */
  readonly budget: number;
  /** The part `chars` more go to: the last, or a new one when the last has pages and would pass the budget. */
  readonly partFor: (chars: number) => Part;
  /** Asks ahead for the indexes of `count` more parts (none for an index never split). */
  readonly reserve: (count: number) => void;
  /** Whether every part's index has settled. */
  readonly allReady: () => boolean;
  /** Every index asked for, the parts' and those asked for ahead. */
  readonly indexes: () => Array<Promise<PagefindIndex | string>>;
}

/**
 * The parts of an index in `language` (undefined: a multilingual site's, never split: Pagefind
 * splits a part by the pages' languages, and the browser asks each part for its page's language,
 * which a part might not have). `onReady` is called as each part's index settles.
 */
export function createParts(language: string | undefined, partChars: number, onReady: () => void): Parts {
  const budget = language === undefined ? Number.POSITIVE_INFINITY : partChars;
  const all: Part[] = [];
  const startIndex = () => createPagefindIndex(language).then(
    ({ index, errors }) => index ?? `Pagefind did not start: ${errors.join('; ') || 'no reason given'}`,
    (error: unknown) => `Pagefind failed: ${error instanceof Error ? error.message : String(error)}`,
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
    const part: Part = { folder: partFolder(all.length), index, ready: undefined, chars: 0, urls: new Set(), complete: true, steps: 0 };
    void part.index.then((ready) => {
      part.ready = ready;
      onReady();
    });
    all.push(part);
    return part;
  };
  const first = newPart();
  return {
    first,
    all,
    budget,
    partFor: (chars) => {
      const last = all.at(-1) ?? first;
      const part = last.chars > 0 && last.chars + chars > budget ? newPart() : last;
      part.chars += chars;
      part.steps++;
      return part;
    },
    reserve,
    allReady: () => all.every((part) => part.ready !== undefined),
    indexes: () => [...all.map((part) => part.index), ...spares],
  };
}

/** A page Pagefind reads from its file: its name under the folder (one a glob matches as it is written) and its weight. */
export interface IndexedFile {
  /** `about/index.html`: letters, digits, `_`, `.`, `-` and `/` only (a glob reads no other character as itself). */
  readonly file: string;
  /** About how many characters of it Pagefind indexes (the page's content HTML): what its part is filled by. */
  readonly chars: number;
}

/**
 * `files` in runs of consecutive ones, each of at most `most` characters (a bigger file is a run
 * of its own): what parts take of them as partFor fills them from an empty one (after pages
 * handed over, the part they left partly filled takes the first run only if it fits whole).
 */
export function chunked<T extends IndexedFile>(files: readonly T[], most: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
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
