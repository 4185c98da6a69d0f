/**
 * Writing a site's search index (index.ts) once every page is handed over: each part's bundle
 * (index-parts.ts), with the kept pages' fragments linked in from the last build's bundle
 * (bundle-reuse.ts) and checked after, then the list of parts the browser merges.
 *
 *   const asked = askWrites(parts, 'out/pagefind', reuse); // every part's write, asked for at once
 *   const result = await writtenIndex(parts, 'out/pagefind', Promise.resolve(asked), allAdded, messages, reuse);
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { bundlePages } from './bundle-entry.ts';
import { PARTS_FILE } from './parts-list.ts';
import { seedBundle, settleBundle, type SeededFragment } from './bundle-reuse.ts';
import { stopPagefind } from './config.ts';
import { partFolder, type Part, type Parts } from './index-parts.ts';
import type { RecordedPart } from './kept-parts.ts';

/** What an index may take from the last build's (startSearchIndex). */
export interface BundleReuse {
  /** The last build's bundle: `<site>/pagefind`. */
  readonly last: string;
  /** The URLs (bundle-reuse.ts pagefindUrl) of the pages the index takes as the last build left them. */
  readonly kept: ReadonlySet<string>;
  /** The folders of its parts kept whole (kept-parts.ts), whose fragments no new part takes (one that cannot be linked has its pages' written again). */
  readonly whole?: ReadonlySet<string> | undefined;
}

export interface SearchIndexResult {
  /** Pages in the index; 0 when indexing failed. */
  readonly pages: number;
  /** Where the bundle was written (`<outDir>/pagefind`). */
  readonly outputPath: string;
  /** Problems, each a full sentence with what to do; the caller prints them as warnings. */
  readonly messages: string[];
  /**
   * Each part's folder and pages, for the next build to keep the parts none of whose pages
   * changed (kept-parts.ts); undefined when a part holds a page whose URL is not known.
   */
  readonly parts?: readonly RecordedPart[] | undefined;
}

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

/** A part's write once asked for: its folder, the fragments linked into it from the last bundle, Pagefind's answer (none when its index did not start). */
export interface Asked {
  readonly part: Part;
  readonly outputPath: string;
  readonly fragments: readonly SeededFragment[];
  readonly result: ReturnType<PagefindIndex['writeFiles']> | undefined;
}

/**
 * A part's write, asked for. First its seeding (Pagefind skips a file that is there): the kept
 * pages' fragments of this part only, as a fragment's name is unique within the index that names
 * it, not across parts (one of another part's pages could stand where a page of this one is
 * written, under the same name, its bytes matching the name).
 *
 * Pagefind's service takes one message at a time, in the order sent, so parts asked for together
 * are written one after another, with no turn of this thread's event loop in between (in a
 * rebuild it is busy placing pages meanwhile). A part seeded with no fragment is deleted right
 * after its write, its memory given back before the next part is built; one with fragments is
 * kept to the end, as settleBundle may find one Pagefind must write again. The last part goes
 * with Pagefind's process (stopPagefind).
 */
function askWrite(parts: Parts, part: Part, root: string, reuse: BundleReuse | undefined): Asked {
  const outputPath = path.join(root, part.folder);
  const index = part.ready;
  if (typeof index !== 'object') return { part, outputPath, fragments: [], result: undefined };
  const fragments = reuse === undefined ? [] : seedBundle(reuse.last, outputPath, new Set([...part.urls].filter((url) => reuse.kept.has(url))), reuse.whole);
  const result = index.writeFiles({ outputPath });
  // Awaited in turn by writtenIndex: a failure meanwhile is not an unhandled rejection.
  result.catch(() => undefined);
  if (fragments.length === 0 && part !== parts.all.at(-1)) index.deleteIndex().catch(() => undefined);
  return { part, outputPath, fragments, result };
}

/**
 * Every part's write, asked for at once into `root`, each named after the `linked` parts kept
 * whole from the last index (kept-parts.ts), which come first; none when the first part's index
 * did not start (the index is not built). A part no page went to is not written (its pages all
 * removed, the kept parts holding the rest), unless the index has no other.
 */
export function askWrites(parts: Parts, root: string, reuse: BundleReuse | undefined, linked = 0): Asked[] {
  if (typeof parts.first.ready !== 'object') return [];
  const holding = parts.all.filter((part) => part.steps > 0);
  const writing = holding.length > 0 || linked > 0 ? holding : [parts.first];
  writing.forEach((part, n) => { part.folder = partFolder(linked + n); });
  return writing.map((part) => askWrite(parts, part, root, reuse));
}

/**
 * The index's end once its parts' writes are asked for (`asking`): once every addition has its
 * answer (`allAdded`), each part's write in turn, checked; then Pagefind is stopped. `messages`
 * holds what the additions said and ends in the result.
 */
export async function writtenIndex(parts: Parts, root: string, asking: Promise<Asked[]>, allAdded: () => Promise<void>, messages: string[], reuse: BundleReuse | undefined, kept: readonly RecordedPart[] = []): Promise<SearchIndexResult> {
  const notBuilt = (reason: string): SearchIndexResult => ({
    pages: 0,
    outputPath: root,
    messages: [...messages, `search index not built: ${reason}; the site works, but search will say it is unavailable`],
  });
  // An index not written leaves no fragment linked from the last bundle, unchecked, to be
  // published, no part, and no entry file nor script of the first part's: the dialog then says
  // search is unavailable (a part written without the others would answer for some pages only).
  // The other parts' writes, asked for at once, are let finish first: they write after the failure.
  const asked: Asked[] = [];
  // The parts' folders and the first part's entry files go (with the kept parts linked in).
  const removeParts = () => {
    for (const { folder } of [...asked.map((entry) => entry.part), ...kept]) if (folder !== '') rmSync(path.join(root, folder), { recursive: true, force: true });
    for (const name of ENTRY_FILES) rmSync(path.join(root, name), { force: true });
  };
  const failed = async (what: string, detail: unknown) => {
    if (asked.length === 0) asked.push(...(await asking.catch((): Asked[] => [])));
    await Promise.allSettled(asked.map(({ result }) => result));
    for (const { outputPath, fragments } of asked) for (const { name } of fragments) rmSync(path.join(outputPath, ...name.split('/')), { force: true });
    removeParts();
    return notBuilt(`${what}: ${describe(detail)}`);
  };
  const firstIndex = await parts.first.index;
  if (typeof firstIndex === 'string') {
    await stopPagefind(undefined);
    removeParts();
    return notBuilt(firstIndex);
  }
  let last: PagefindIndex = firstIndex;
  try {
    await allAdded();
    asked.push(...(await asking));
    // A part given pages after the writes were asked for (none should be) is asked for now.
    for (const part of parts.all) {
      if (part.steps === 0 || asked.some((entry) => entry.part === part)) continue;
      part.folder = partFolder(kept.length + asked.length);
      asked.push(askWrite(parts, part, root, reuse));
    }
    let pages = 0;
    for (const entry of asked) {
      const { part, outputPath, fragments } = entry;
      const index = part.ready;
      if (typeof index !== 'object') return await failed(`cannot write ${outputPath}`, index ?? 'Pagefind did not start');
      last = index;
      const result = await entry.result;
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
      pages += bundlePages(outputPath);
    }
    for (const part of kept) pages += bundlePages(path.join(root, part.folder));
    const written = [...kept, ...asked.map((entry) => entry.part)];
    writeFileSync(path.join(root, PARTS_FILE), JSON.stringify(written.flatMap(({ folder }) => (folder === '' ? [] : [`${folder}/`]))));
    // Pagefind reads every HTML file it is given, static ones from docs_dir too; the index
    // keeps only those with data-pagefind-body (our pages), as its entry file says.
    if (pages === 0) messages.push(`search index: no page in ${path.dirname(root)} has data-pagefind-body, so search finds nothing; check the layout marks the article`);
    // Recorded for a next build to keep (kept-parts.ts), for an index of more than one part whose pages are all known.
    const recorded = written.length > 1 && parts.all.every((part) => part.complete) ? written.map(({ folder, urls }) => ({ folder, urls: [...urls] })) : undefined;
    return { pages, outputPath: root, messages, parts: recorded };
  } catch (error) {
    return await failed('Pagefind failed', error);
  } finally {
    // Stops Pagefind's backend process so the build can exit, without waiting for it (it
    // restarts on the next call, once stopped).
    void stopPagefind(last);
  }
}

function describe(detail: unknown): string {
  return detail instanceof Error ? detail.message : String(detail);
}
