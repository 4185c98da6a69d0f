/**
 * Copying a site's static files (docs assets, custom_dir and assets/ files) into the build's
 * output. A big site has thousands of them: copied one at a time on the main thread they took
 * seconds of a 2,000-page build while the search index was being written by Pagefind's own
 * process and the main thread only waited. So each folder is created once, and the copies go to
 * libuv's thread pool a few at a time, to run while the caller awaits something else.
 */
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile, link as hardLink, lstat, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Copies in flight at once: libuv's pool has 4 threads by default; a few more keep it busy. */
const IN_FLIGHT = 8;

/**
 * Copies each file `from` to `out`/`to` (`to`: POSIX, relative), overwriting. Rejects with the
 * first failure after the copies already started have ended, so nothing is left writing.
 *
 * A file whose source an earlier one has (an asset alias: the same image copied to where each
 * page's relative link looks for it; Privacy Guides has ~300, its 2,000-page copy ~4,800) is
 * hard-linked to that one's copy once it is made: creating a file costs ~0.2 ms on this machine's
 * file system, a link ~0.015 ms. Both are files of the output, neither a source.
 *
 * `last`: the site of the last build (the output folder, before this build is published). A
 * file whose copy there has the source's bytes is hard-linked from it instead of copied again:
 * a rebuild of the Privacy Guides corpus wrote its ~450 files (16 MB) anew each time and deleted
 * the last ones with the old site; a site with big downloads (videos, PDFs) wrote them all. On
 * the corpus the one-page rebuild's time did not move measurably (the copies run while Pagefind
 * writes its index); what it saves is the writing. The bytes are compared, not sizes and times:
 * the copy may have been edited in place.
 *
 * `made`: copies an earlier call made in `out`, by source: a file with one of those sources is
 * linked to that copy too.
 *
 * @example await copyFilesInto('/tmp/site', [{ from: '/p/docs/logo.png', to: 'assets/logo.png' }]);
 */
export async function copyFilesInto(out: string, files: ReadonlyArray<{ readonly from: string; readonly to: string }>, last?: string, made: ReadonlyMap<string, string> = new Map()): Promise<void> {
  const targets = files.map((file) => ({ from: file.from, to: path.join(out, ...file.to.split('/')), kept: last === undefined ? undefined : path.join(last, ...file.to.split('/')) }));
  makeFolders(targets.map((target) => path.dirname(target.to)));
  const copyOf = new Map(made);
  const copies: typeof targets = [];
  const links: Array<{ readonly from: string; readonly to: string }> = [];
  for (const target of targets) {
    const copy = copyOf.get(target.from);
    if (copy === undefined) {
      copyOf.set(target.from, target.to);
      copies.push(target);
    } else {
      links.push({ from: copy, to: target.to });
    }
  }
  let next = 0;
  let failure: { readonly error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < copies.length && failure === undefined) {
      const target = copies[next++];
      if (!target) break;
      try {
        if (target.kept !== undefined && (await sameBytes(target.from, target.kept))) await linkOver(target.kept, target.to);
        else await copyOver(target.from, target.to);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, copies.length) }, lane));
  if (failure) throw failure.error;
  for (const link of links) linkOrCopy(link.from, link.to);
}

/**
 * Whether the source `a` and the last site's file `b` hold the same bytes (read a MiB at a time);
 * `b` must be a file of its own, not a link to one elsewhere, to be linked into the new site.
 */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a).catch(() => undefined), lstat(b).catch(() => undefined)]);
  if (!first?.isFile() || !second?.isFile() || first.size !== second.size) return false;
  const [left, right] = await Promise.all([open(a), open(b)]);
  try {
    const size = Math.min(first.size, CHUNK);
    const one = Buffer.alloc(size);
    const two = Buffer.alloc(size);
    for (let at = 0; at < first.size; at += size) {
      const [read, other] = await Promise.all([left.read(one, 0, size, at), right.read(two, 0, size, at)]);
      if (read.bytesRead !== other.bytesRead || !one.subarray(0, read.bytesRead).equals(two.subarray(0, other.bytesRead))) return false;
      if (read.bytesRead === 0) break;
    }
    return true;
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}

/**
 * Hard-links `to` to `from`, replacing what is at `to` as a copy does: a page's file placed
 * there (a static file at a page's file name wins). A link is never made over a file.
 */
function linkOver(from: string, to: string): Promise<void> {
  return replacing(to, () => hardLink(from, to));
}

/**
 * Copies `from` to `to`, replacing what is at `to` with a file of its own: what is there may be
 * a file linked from the last site (a kept page at the static file's name), which copying into
 * would change in the site still published.
 */
function copyOver(from: string, to: string): Promise<void> {
  return replacing(to, () => copyFile(from, to, constants.COPYFILE_EXCL));
}

/** Runs `make`, which fails with EEXIST when something is at `to`; then again once that is removed. */
async function replacing(to: string, make: () => Promise<void>): Promise<void> {
  try {
    await make();
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    await rm(to, { force: true });
    await make();
  }
}

/** How much of two files sameBytes reads at a time. */
const CHUNK = 1 << 20;

/** Hard-links `to` to `from`, replacing a file at `to`; copies where no link can be made (a file system without them). */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
    return;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
      copyFileSync(from, to);
      return;
    }
  }
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Creates every folder of `folders` (and its parents), each once. */
export function makeFolders(folders: Iterable<string>): void {
  const made = new Set<string>();
  for (const folder of folders) {
    if (made.has(folder)) continue;
    mkdirSync(folder, { recursive: true });
    // Its parents exist now too: they need no call of their own.
    for (let dir = folder; !made.has(dir); dir = path.dirname(dir)) {
      made.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
}

/**
 * Puts the files `names` (site-relative, POSIX) of the site in `from` into the site `to` as they
 * are: hard-linked (no copy of the bytes; the old site's entries are removed when the new one is
 * published, the link keeps the file), or copied where a link cannot be made.
 */
export function keepFiles(from: string, to: string, names: Iterable<string>): void {
  const pairs = [...names].map((name) => ({ from: path.join(from, ...name.split('/')), to: path.join(to, ...name.split('/')) }));
  makeFolders(pairs.map((pair) => path.dirname(pair.to)));
  for (const pair of pairs) linkOrCopy(pair.from, pair.to);
}

/**
 * Moves the folder `from` to `to`. Where `to` is there already (a page of the site under the same
 * name), each entry goes into it, replacing its namesake (a folder's files merged into a folder),
 * as an entry written there later would.
 */
export function moveInto(from: string, to: string): void {
  if (!existsSync(to)) {
    renameSync(from, to);
    return;
  }
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && statSync(target, { throwIfNoEntry: false })?.isDirectory()) moveInto(source, target);
    else {
      rmSync(target, { recursive: true, force: true });
      renameSync(source, target);
    }
  }
  // Emptied: its entries are all in `to` now.
  rmSync(from, { recursive: true, force: true });
}
