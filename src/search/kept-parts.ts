/**
 * The parts of a big site's last index (index-parts.ts PART_CHARS) that a rebuild keeps whole. A
 * part is a bundle of its own, and one whose every page is kept as the last build indexed it is
 * the same bundle again: its files are linked into the new index, and Pagefind never reads its
 * pages. Only the parts holding a changed, added or removed page are indexed again (the 2,000-page
 * site's one-page rebuild read and indexed all 1,968 pages, ~3.3 s of its ~4.8 s).
 *
 * The last build recorded each part's folder and pages (views.json, from SearchIndexResult.parts);
 * a part is kept when each of those pages is among the kept ones and the part's bundle holds as
 * many pages as recorded. When every part would be kept (pages were added and none changed, or
 * none at all: then kept-index.ts keeps the whole bundle instead), the last part is indexed again
 * all the same, so that new pages join it instead of starting a part of their own each time. The
 * emit stage takes the index only if every page of a kept part is kept and searched as it was
 * (early-index.ts earlyIndexHolds). The parts kept come first in the new index, in their order, as
 * `pagefind/` (whose entry files the search dialog starts from), `part-2`...; the parts written
 * again follow. A part that cannot be linked when the index is written has its pages read by
 * Pagefind instead (index.ts).
 *
 *   const kept = keptParts(views.search.parts, new Map([['/a/', { file: 'a/index.html', chars: 900 }]]), 'site/pagefind', 'site');
 *   linkKeptParts(kept, 'work/out/pagefind', search.addFiles); // the parts linked in, renamed; the others' pages read
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundlePages } from './bundle-entry.ts';
import { partFolder, type IndexedFile } from './index-parts.ts';
import { PARTS_FILE } from './parts-list.ts';

/** A part of a written index: its folder ('' for the index's own) and its pages' URLs (bundle-reuse.ts pagefindUrl). */
export interface RecordedPart {
  readonly folder: string;
  readonly urls: readonly string[];
}

/** A part of the last index kept whole, with its pages' files in the last site (read should the part not be linked). */
export interface KeptPart extends RecordedPart {
  readonly files: readonly IndexedFile[];
}

export interface KeptParts {
  /** The last build's bundle: `<site>/pagefind`. */
  readonly last: string;
  /** The last site, where the kept pages' files are. */
  readonly dir: string;
  readonly parts: readonly KeptPart[];
}

/** A part folder's name as the index writes it: '' or `part-<n>`. */
const PART_FOLDER = /^(?:|part-\d+)$/;

/** Whether `value` is a list of recorded parts (views.json, as read back): each folder and page once. */
export function isRecordedParts(value: unknown): value is RecordedPart[] {
  if (!Array.isArray(value)) return false;
  const folders = new Set<string>();
  const urls = new Set<string>();
  return value.every((part: unknown) => {
    if (typeof part !== 'object' || part === null || !('folder' in part) || typeof part.folder !== 'string' || !PART_FOLDER.test(part.folder) || folders.has(part.folder)) return false;
    folders.add(part.folder);
    if (!('urls' in part) || !Array.isArray(part.urls)) return false;
    return part.urls.every((url: unknown) => {
      if (typeof url !== 'string' || urls.has(url)) return false;
      urls.add(url);
      return true;
    });
  });
}

/**
 * The parts of the last index (`recorded`, its bundle in `last`) every page of which is among
 * `kept` (URL -> the page's file in `dir`); undefined when none is, or the index had one part.
 */
export function keptParts(recorded: readonly RecordedPart[] | undefined, kept: ReadonlyMap<string, IndexedFile>, last: string, dir: string): KeptParts | undefined {
  if (!recorded || recorded.length < 2) return undefined;
  const whole = recorded.filter((part) => part.urls.length > 0 && part.urls.every((url) => kept.has(url)) && holds(path.join(last, part.folder), part.urls.length));
  // Pages added, none changed: the last part takes them (see the file's comment).
  if (whole.length === recorded.length) whole.pop();
  if (whole.length === 0) return undefined;
  const parts = whole.map((part) => ({ ...part, files: part.urls.flatMap((url) => kept.get(url) ?? []) }));
  return { last, dir, parts: parts.sort((a, b) => partNumber(a.folder) - partNumber(b.folder)) };
}

/** '' -> 1, `part-3` -> 3. */
function partNumber(folder: string): number {
  return folder === '' ? 1 : Number(folder.slice('part-'.length));
}

/** Whether the bundle in `folder` holds `pages` pages (its entry file says so). */
function holds(folder: string, pages: number): boolean {
  try {
    return bundlePages(folder) === pages;
  } catch {
    return false;
  }
}

/**
 * Links each kept part into the index written in `root`, as its first parts (index-parts.ts
 * partFolder: `pagefind/`, `part-2`...): the parts linked, with their folders in the new index.
 * The pages of one that could not be, or whose bundle no longer holds as many pages (another build
 * published meanwhile), are handed to `read` (the index's addFiles), to be indexed again.
 */
export function linkKeptParts(kept: KeptParts, root: string, read: (dir: string, files: readonly IndexedFile[]) => void): RecordedPart[] {
  const linked: RecordedPart[] = [];
  for (const { folder, urls, files } of kept.parts) {
    const into = partFolder(linked.length);
    if (holds(path.join(kept.last, folder), urls.length) && linkPart(kept.last, folder, path.join(root, into))) linked.push({ folder: into, urls });
    else read(kept.dir, files);
  }
  return linked;
}

/**
 * Links (or copies) the files of part `folder` of the bundle `last` into `to`; the index's own part
 * without the other parts' folders and their list, which the new index writes. False, with what
 * it linked removed again, when one could not be.
 */
function linkPart(last: string, folder: string, to: string): boolean {
  const skip = folder === '' ? (name: string) => name === PARTS_FILE || /^part-\d+$/.test(name) : () => false;
  return linkFiles(path.join(last, folder), to, skip);
}

/**
 * Links (or copies) every file under `from` into the same place under `to`, but the top-level
 * entries `skip` names; false, with what it linked removed again, when one could not be or none was.
 */
export function linkFiles(from: string, to: string, skip: (topName: string) => boolean = () => false): boolean {
  const linked: string[] = [];
  const made = new Set<string>();
  try {
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const relative = path.relative(from, file);
      if (skip(relative.split(path.sep)[0] ?? '')) continue;
      const target = path.join(to, relative);
      const parent = path.dirname(target);
      if (!made.has(parent)) mkdirSync(parent, { recursive: true });
      made.add(parent);
      try {
        linkSync(file, target);
      } catch {
        copyFileSync(file, target);
      }
      linked.push(target);
    }
    return linked.length > 0;
  } catch {
    for (const file of linked) rmSync(file, { force: true });
    return false;
  }
}
