/**
 * The documentation pages as mkdocs-literate-nav's `MkDocsGlobber` sees them: the files in MkDocs'
 * order, then every folder holding one, in the order a folder is first met walking up from each
 * file. Wildcards match part by part (`fnmatch`: `*` any run of characters, `?` one, `[ab]` /
 * `[!ab]` a class), never across a `/`, case-sensitively.
 *
 *   pages a.md, e/f/g.md  ->  folders '' (docs_dir), 'e/f', 'e'
 *   glob('*')             ->  ['a.md', 'e']
 */
import { fnmatch } from '../shared/fnmatch.ts';
import { compareFiles, isIndexFile } from './auto.ts';

export interface Globber {
  /** Whether `path` (docs-relative, normalized; `.` for docs_dir) is a folder holding pages. */
  isDir(path: string): boolean;
  /**
   * Pages, then folders, whose path matches `pattern` (normalized, no leading `/`) part by part.
   * A part that cannot be matched matches nothing, and `warn` is told why.
   */
  glob(pattern: string, warn?: (problem: string) => void): string[];
  /** The folder's `index.md` / `README.md` page, if it has one (the last one in MkDocs' order). */
  findIndex(dir: string): string | undefined;
}

export function createGlobber(srcs: readonly string[]): Globber {
  const files = [...srcs].sort(compareFiles);
  const dirs = new Set<string>();
  const indexes = new Map<string, string>();
  for (const src of files) {
    const parts = src.split('/');
    if (isIndexFile(src)) indexes.set(parts.slice(0, -1).join('/'), src);
    for (let depth = parts.length - 1; depth >= 0; depth--) dirs.add(parts.slice(0, depth).join('/'));
  }
  const key = (path: string): string => (path === '.' ? '' : path);
  return {
    isDir: (path) => dirs.has(key(path)),
    glob(pattern, warn) {
      const wanted: RegExp[] = [];
      for (const part of pattern.split('/')) {
        if (part === '' || part === '.') continue;
        const glob = fnmatch(part);
        if ('problem' in glob) {
          warn?.(glob.problem);
          return [];
        }
        wanted.push(glob.regex);
      }
      const matches = (path: string): boolean => {
        const parts = path === '' ? [] : path.split('/');
        return parts.length === wanted.length && parts.every((part, index) => wanted[index]?.test(part) === true);
      };
      return [...files.filter(matches), ...[...dirs].filter(matches)];
    },
    findIndex: (dir) => indexes.get(key(dir)),
  };
}
