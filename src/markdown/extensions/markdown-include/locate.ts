/**
 * Where a `{!file!}` include (markdown_include and mdx_include) may be read from.
 *
 * Both Python packages join the name to `base_path` and open whatever that names, anywhere on the
 * disk. We read through pymdownx.snippets' resolver (snippets/resolve.ts) with its rules:
 * URLs are never fetched, absolute and `~` paths are refused, containment is `path.relative` on
 * real paths (a symlink out is refused), and a NUL or a looping symlink is a warning.
 *
 * The boundary is wider than snippets' base path, because real sites climb out of it: Typer's
 * pages write `{!../docs_src/x.py!}` with `base_path: docs`, FastAPI's `{!../../../docs_src/x.py!}`
 * from `docs/en/`. A file is read when it lies inside the base path, or inside the Git work
 * tree that holds the project folder (the nearest folder above mkdocs.yml's with a `.git`), or
 * inside the project folder when there is none. Nothing outside the site's own repository is read,
 * and nothing in a `.git` folder.
 */
import path from 'node:path';
import { inside, resolveSnippet, type Resolution, type SnippetFileSystem } from '../snippets/resolve.ts';

/** The folders an include may come from: its base path, then the project's repository. */
export function includeRoots(basePath: string, projectDir: string, fs: SnippetFileSystem): string[] {
  return [...new Set([basePath, repositoryOf(projectDir, fs)])];
}

/** The nearest folder from `projectDir` up that holds `.git` (a folder, or a worktree's file). */
function repositoryOf(projectDir: string, fs: SnippetFileSystem): string {
  for (let dir = projectDir; ; dir = path.dirname(dir)) {
    if (fs.kind(path.join(dir, '.git')) !== undefined) return dir;
    if (path.dirname(dir) === dir) return projectDir;
  }
}

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Looks `name` up as Python would (`os.path.join(folder, name)`, normalized) and lets snippets'
 * resolver check it against the first root that holds it.
 */
export function locateInclude(name: string, folder: string, roots: readonly string[], fs: SnippetFileSystem): Resolution {
  if (URL.test(name) || name.startsWith('//')) {
    return { kind: 'refused', reason: `include "${name}" is a URL: remote files are never downloaded; save the file in the project and include it by its path` };
  }
  if (name.startsWith('~')) return { kind: 'refused', reason: `include "${name}" names a home folder: use a path relative to base_path` };
  if (path.isAbsolute(name) || path.win32.isAbsolute(name)) return { kind: 'refused', reason: `include "${name}" is an absolute path: use a path relative to base_path` };
  const target = path.resolve(folder, name);
  const root = roots.find((candidate) => inside(candidate, target));
  if (root === undefined) {
    return { kind: 'refused', reason: `include "${name}" points outside the base path and the project's repository (${roots.join(', ')}); it is not read` };
  }
  if (inGitFolder(root, target)) return gitRefusal(name);
  const found = resolveSnippet(path.relative(root, target), [root], fs, true);
  // A symlink into .git is refused as a path into it is.
  if (found.kind === 'found' && inGitFolder(fs.realpath(root), fs.realpath(found.file))) return gitRefusal(name);
  return found;
}

/**
 * Whether `file` lies in a `.git` folder under `root`. The repository is the boundary, but not
 * its git folder: `.git/config` holds remote URLs with credentials, and on CI the checkout's
 * token (actions/checkout writes it there), which a preview build of a pull request would publish.
 */
function inGitFolder(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep).some((part) => part.toLowerCase() === '.git');
}

function gitRefusal(name: string): Resolution {
  return { kind: 'refused', reason: `include "${name}" is inside a .git folder (repository settings, maybe credentials); it is not read` };
}

/** True when `name` is a URL (mdx_include's test: urlparse finds a network location). */
export function isUrl(name: string): boolean {
  return URL.test(name) || name.startsWith('//');
}
