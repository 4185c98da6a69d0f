/**
 * The parts of a big site's last index (index-parts.ts PART_CHARS) that a rebuild keeps whole. A
 * part is a bundle of its own, and one whose every page is kept as the last build indexed it is
 * the same bundle again: its folder is linked into the new index, and Pagefind never reads its
 * pages. Only the parts holding a changed, added or removed page are indexed again (the 2,000-page
 * site's one-page rebuild read and indexed all 1,968 pages, ~3.3 s of its ~4.8 s).
 *
 * The last build recorded each part's folder and pages (views.json, from SearchIndexResult.parts);
 * a part is kept when each of those pages is among the kept ones and the part's bundle holds as
 * many pages as recorded. When every part would be kept (pages were added, none changed), the last
 * part is indexed again all the same, so the new pages join it instead of starting a part of
 * their own each time. The emit stage takes the index only if every page of a kept part is kept
 * and searched as it was (early-index.ts earlyIndexHolds); a folder that cannot be linked when the
 * index is written has its pages read by Pagefind instead (index.ts).
 *
 *   const kept = keptParts(views.search.parts, keptUrls, 'site/pagefind', fileOf); // parts kept whole, or undefined
 *   linkKeptParts(kept, 'work/out/pagefind', search.addFiles); // the parts linked in; the others' pages read
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundlePages } from './bundle-entry.ts';
import type { IndexedFile } from './index-parts.ts';
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

/** Whether `value` is a list of recorded parts (views.json, as read back). */
export function isRecordedParts(value: unknown): value is RecordedPart[] {
  return Array.isArray(value) && value.every((part: unknown) =>
    typeof part === 'object' && part !== null && 'folder' in part && typeof part.folder === 'string' && PART_FOLDER.test(part.folder)
    && 'urls' in part && Array.isArray(part.urls) && part.urls.every((url: unknown) => typeof url === 'string'));
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
  return { last, dir, parts: whole.map((part) => ({ ...part, files: part.urls.flatMap((url) => kept.get(url) ?? []) })) };
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
 * Links each kept part into the index written in `root`: the parts linked; the pages of one that
 * could not be are handed to `read` (the index's addFiles), to be indexed again.
 */
export function linkKeptParts(kept: KeptParts, root: string, read: (dir: string, files: readonly IndexedFile[]) => void): RecordedPart[] {
  const linked: RecordedPart[] = [];
  for (const { folder, urls, files } of kept.parts) {
    if (linkPart(kept.last, folder, root)) linked.push({ folder, urls });
    else read(kept.dir, files);
  }
  return linked;
}

/**
 * Links (or copies) the files of part `folder` of the bundle `last` into the same folder under
 * `root`; the index's own part without the other parts' folders and their list, which the new
 * index writes. False, with what it linked removed again, when one could not be.
 */
function linkPart(last: string, folder: string, root: string): boolean {
  const skip = folder === '' ? (name: string) => name === PARTS_FILE || /^part-\d+$/.test(name) : () => false;
  return linkFiles(path.join(last, folder), path.join(root, folder), skip);
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
