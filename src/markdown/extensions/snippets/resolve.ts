/**
 * Finds a snippet file in the base paths, refusing anything outside them: absolute paths, `..`,
 * and symlinks whose target lies outside (containment is checked with `path.relative` on the
 * real paths, never by string prefix, so `docs_secret/` does not pass as `docs/`). Only
 * `restrict_base_path: false`, which a site must write itself, lifts that (as in PyMdown).
 */
import { realpathSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file system as the pre-pass sees it; tests pass their own. */
export interface SnippetFileSystem {
  kind(file: string): 'file' | 'directory' | undefined;
  realpath(file: string): string;
  read(file: string): string;
}

export const nodeFileSystem: SnippetFileSystem = {
  kind(file) {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) return undefined;
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
  },
  realpath: (file) => realpathSync(file),
  read: (file) => readFileSync(file, 'utf8'),
};

export type Resolution =
  /** `looked`: the paths looked at before it, in earlier base paths (a file made there would be taken instead). */
  | { readonly kind: 'found'; readonly file: string; readonly looked: readonly string[] }
  /** Not there: `looked` has every path it was looked for at (the page changes once one of them is a file). */
  | { readonly kind: 'missing'; readonly looked: readonly string[] }
  | { readonly kind: 'refused'; readonly reason: string }
  /** The name or the file system said no (a NUL, a name too long, a symlink loop): a warning. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * One file system view per renderer: each snippet file is looked up and read once per build,
 * however many pages include it (the glossary of `auto_append` is read once, not per page).
 */
export function cachingFileSystem(fs: SnippetFileSystem): SnippetFileSystem {
  const kinds = new Map<string, 'file' | 'directory' | undefined>();
  const reals = new Map<string, string>();
  const texts = new Map<string, string>();
  return {
    kind(file) {
      if (!kinds.has(file)) kinds.set(file, fs.kind(file));
      return kinds.get(file);
    },
    realpath(file) {
      let real = reals.get(file);
      if (real === undefined) reals.set(file, (real = fs.realpath(file)));
      return real;
    },
    read(file) {
      let text = texts.get(file);
      if (text === undefined) texts.set(file, (text = fs.read(file)));
      return text;
    },
  };
}

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function resolveSnippet(name: string, basePaths: readonly string[], fs: SnippetFileSystem, restrict = true): Resolution {
  if (URL.test(name)) {
    return { kind: 'refused', reason: `snippet "${name}" is a URL: remote snippets are never downloaded; save the file under a base path instead` };
  }
  if (restrict && (path.isAbsolute(name) || path.win32.isAbsolute(name))) {
    return { kind: 'refused', reason: `snippet "${name}" is an absolute path: use a path relative to base_path` };
  }
  if (name.includes('\0')) return { kind: 'unreadable', reason: `snippet name "${name.replace(/\0/g, '\\0')}" contains a NUL character` };
  try {
    return findIn(name, basePaths, fs, restrict);
  } catch (cause) {
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
    const why = code === 'ENAMETOOLONG' ? 'the name is too long for the file system' : code === 'ELOOP' ? 'a symbolic link loops' : cause instanceof Error ? cause.message : String(cause);
    return { kind: 'unreadable', reason: `snippet "${name.length > 80 ? `${name.slice(0, 80)}…` : name}" cannot be looked up: ${why}` };
  }
}

function findIn(name: string, basePaths: readonly string[], fs: SnippetFileSystem, restrict: boolean): Resolution {
  let refusal: Resolution | undefined;
  const looked: string[] = [];
  for (const base of basePaths) {
    const kind = fs.kind(base);
    // Looked at whatever the base path is now: a folder made there later may hold the snippet, and
    // a base path naming the snippet's file may be that file once it is made.
    looked.push(path.resolve(base, name));
    if (kind !== 'directory' && path.basename(base).toLowerCase() === name.toLowerCase()) looked.push(path.join(path.dirname(base), name));
    if (kind === 'directory') {
      const candidate = path.resolve(base, name);
      if (restrict && !inside(base, candidate)) {
        refusal ??= { kind: 'refused', reason: `snippet "${name}" points outside the base path ${base}` };
        continue;
      }
      if (fs.kind(candidate) !== 'file') continue;
      if (restrict && !inside(fs.realpath(base), fs.realpath(candidate))) {
        refusal ??= { kind: 'refused', reason: `snippet "${name}" is a symlink to a file outside the base path ${base}` };
        continue;
      }
      return { kind: 'found', file: candidate, looked: looked.filter((file) => file !== candidate) };
    }
    // A base path may name one file: it then serves exactly that file name (as PyMdown does).
    if (kind === 'file' && path.basename(base).toLowerCase() === name.toLowerCase()) {
      const candidate = path.join(path.dirname(base), name);
      if (fs.kind(candidate) === 'file') return { kind: 'found', file: candidate, looked: looked.filter((file) => file !== candidate) };
    }
  }
  return refusal ?? { kind: 'missing', looked };
}

/** True when `file` is strictly inside folder `base` (path.relative, never a string prefix). */
export function inside(base: string, file: string): boolean {
  const relative = path.relative(base, file);
  if (relative === '' || path.isAbsolute(relative)) return false;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`);
}
