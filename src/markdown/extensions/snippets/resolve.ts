/**
 * Finds a snippet file in the base paths, refusing anything outside them: absolute paths, `..`,
 * and symlinks whose target lies outside (containment is checked with `path.relative` on the
 * real paths, never by string prefix, so `docs_secret/` does not pass as `docs/`).
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
  | { readonly kind: 'found'; readonly file: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly reason: string };

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function resolveSnippet(name: string, basePaths: readonly string[], fs: SnippetFileSystem): Resolution {
  if (URL.test(name)) {
    return { kind: 'refused', reason: `snippet "${name}" is a URL: remote snippets are never downloaded; save the file under a base path instead` };
  }
  if (path.isAbsolute(name) || path.win32.isAbsolute(name)) {
    return { kind: 'refused', reason: `snippet "${name}" is an absolute path: use a path relative to base_path` };
  }
  let refusal: Resolution | undefined;
  for (const base of basePaths) {
    const kind = fs.kind(base);
    if (kind === 'directory') {
      const candidate = path.resolve(base, name);
      if (!inside(base, candidate)) {
        refusal ??= { kind: 'refused', reason: `snippet "${name}" points outside the base path ${base}` };
        continue;
      }
      if (fs.kind(candidate) !== 'file') continue;
      if (!inside(fs.realpath(base), fs.realpath(candidate))) {
        refusal ??= { kind: 'refused', reason: `snippet "${name}" is a symlink to a file outside the base path ${base}` };
        continue;
      }
      return { kind: 'found', file: candidate };
    }
    // A base path may name one file: it then serves exactly that file name (as PyMdown does).
    if (kind === 'file' && path.basename(base).toLowerCase() === name.toLowerCase()) {
      const candidate = path.join(path.dirname(base), name);
      if (fs.kind(candidate) === 'file') return { kind: 'found', file: candidate };
    }
  }
  return refusal ?? { kind: 'missing' };
}

/** True when `file` is strictly inside folder `base`. */
function inside(base: string, file: string): boolean {
  const relative = path.relative(base, file);
  if (relative === '' || path.isAbsolute(relative)) return false;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`);
}
