/**
 * Where one build keeps its intermediate files, and how the finished site reaches the output
 * folder.
 *
 * Astro empties its `outDir`, writes server chunks into it and imports them from there. So Astro
 * never sees the user's folder: each build gets a private dot-folder inside the output folder
 * (`site/.mkdocs-astro-build-<pid>-<random>/`), which keeps every write inside the output folder,
 * keeps two builds apart, and lets the finished files be renamed into place on the same file
 * system. The chunks import Astro's dependencies, so the workspace links `node_modules` to the
 * folder Astro was installed in: that makes the build work from any working directory.
 *
 * Publishing empties the output folder as MkDocs does (`mkdocs.utils.clean_directory`: every
 * entry except those whose name starts with a dot, so `.git` and `.nojekyll` stay), then moves the
 * new site in. It runs only after a successful build: a failed build leaves the old site whole.
 * The old entries are renamed into the workspace, not deleted there and then: the output folder
 * changes in a few renames, and the old site is deleted with the workspace, on libuv's threads.
 * Deleting the corpus's last site (1,400 files) file by file on the main thread took 250-350 ms
 * on this machine, the threads ~60 ms.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const PREFIX = '.mkdocs-astro-build-';

export interface Workspace {
  /** The workspace folder itself (the build's working directory while Astro runs). */
  readonly root: string;
  /** Astro's outDir: the site is assembled here. */
  readonly out: string;
  /** Astro's cacheDir (its content data store), private to this build. */
  readonly cache: string;
  /** Where the render stage keeps big pages' HTML in files (src/shared/page-html.ts), read from until the build ends. */
  readonly html: string;
  /** Where publishing puts the old site's entries, to go with the workspace. */
  readonly previous: string;
  /** Removes the workspace (and the old site put aside); safe to call twice. */
  readonly dispose: () => Promise<void>;
}

export function createWorkspace(outDir: string): Workspace {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new OutputDirError(`cannot build into ${outDir}: it is a file, not a folder`);
  }
  mkdirSync(outDir, { recursive: true });
  removeStaleWorkspaces(outDir);
  const root = mkdtempSync(path.join(outDir, `${PREFIX}${process.pid}-`));
  symlinkSync(astroNodeModules(), path.join(root, 'node_modules'), 'junction');
  const out = path.join(root, 'out');
  const cache = path.join(root, 'cache');
  const html = path.join(root, 'html');
  const previous = path.join(root, 'previous');
  for (const folder of [out, cache, html, previous]) mkdirSync(folder);
  return { root, out, cache, html, previous, dispose: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Makes `root` usable as Astro's root: our pages (`sources`, this package's src/) linked in as its
 * `src/`. Astro writes its `.astro/` type files, and Vite its caches, into its root: with this,
 * never into this package, which may be read-only once installed (`npm i -g` by root, a Nix
 * store). Astro must see the links as they are (Vite's preserveSymlinks) so every module id stays
 * under its root.
 */
export function linkSources<T extends { readonly root: string }>(workspace: T, sources: string): T {
  symlinkSync(sources, path.join(workspace.root, 'src'), 'junction');
  return workspace;
}

/**
 * `serve` and `preview` have no output folder to work in: their Astro root is a private folder
 * in the system's temporary folder (linked to Astro's node_modules and our sources); the caller
 * removes it when the server stops (`dispose`).
 */
export function createScratchRoot(sources: string): { readonly root: string; readonly cache: string; readonly dispose: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-root-'));
  symlinkSync(astroNodeModules(), path.join(root, 'node_modules'), 'junction');
  const cache = path.join(root, 'cache');
  mkdirSync(cache);
  return linkSources({ root, cache, dispose: () => rmSync(root, { recursive: true, force: true }) }, sources);
}

/**
 * Empties `outDir` the way MkDocs does and moves the assembled site from `from` into it. The
 * old entries go to `previous` (a folder on the same file system, deleted later); one that
 * cannot be renamed there (a mount point) is deleted.
 */
export function publishSite(from: string, outDir: string, previous: string): void {
  for (const entry of readdirSync(outDir)) {
    if (entry.startsWith('.')) continue;
    try {
      renameSync(path.join(outDir, entry), path.join(previous, entry));
    } catch {
      rmSync(path.join(outDir, entry), { recursive: true, force: true });
    }
  }
  for (const entry of readdirSync(from)) {
    const target = path.join(outDir, entry);
    // A dot entry of the new site (rare: a theme file) replaces the kept one of the same name.
    if (entry.startsWith('.')) rmSync(target, { recursive: true, force: true });
    renameSync(path.join(from, entry), target);
  }
}

/** A user-facing problem with the output folder: printed without a stack trace. */
export class OutputDirError extends Error {}

/** The `node_modules` folder that holds `astro`, which the build's chunks import from. */
function astroNodeModules(): string {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  return path.dirname(path.dirname(manifest));
}

/** Workspaces left by builds that were killed: their process no longer exists. */
function removeStaleWorkspaces(outDir: string): void {
  for (const entry of readdirSync(outDir)) {
    if (!entry.startsWith(PREFIX)) continue;
    const pid = Number(entry.slice(PREFIX.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
