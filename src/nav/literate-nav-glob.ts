/**
 * The documentation pages as mkdocs-literate-nav's `MkDocsGlobber` sees them: the files in MkDocs'
 * order, then every folder holding one, in the order a folder is first met walking up from each
 * file. Wildcards match part by part (`fnmatch`: `*` any run of characters, `?` one, `[ab]` /
 * `[!ab]` a class), never across a `/`, case-sensitively.
 *
 *   pages a.md, e/f/g.md  ->  folders '' (docs_dir), 'e/f', 'e'
 *   glob('*')             ->  ['a.md', 'e']
 */
import { compareFiles, isIndexFile } from './auto.ts';

export interface Globber {
  /** Whether `path` (docs-relative, normalized; `.` for docs_dir) is a folder holding pages. */
  isDir(path: string): boolean;
  /** Pages, then folders, whose path matches `pattern` (normalized, no leading `/`) part by part. */
  glob(pattern: string): string[];
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
    glob(pattern) {
      const wanted = pattern.split('/').filter((part) => part !== '' && part !== '.').map(fnmatchRegex);
      const matches = (path: string): boolean => {
        const parts = path === '' ? [] : path.split('/');
        return parts.length === wanted.length && parts.every((part, index) => wanted[index]?.test(part) === true);
      };
      return [...files.filter(matches), ...[...dirs].filter(matches)];
    },
    findIndex: (dir) => indexes.get(key(dir)),
  };
}

/** Python's `fnmatch.translate` for one path part: a whole-part match. */
function fnmatchRegex(part: string): RegExp {
  let source = '';
  for (let index = 0; index < part.length; index++) {
    const char = part.charAt(index);
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '[') {
      const close = part.indexOf(']', index + 2);
      if (close === -1) source += '\\[';
      else {
        let body = part.slice(index + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        else if (body.startsWith('^')) body = `\\${body}`;
        source += `[${body}]`;
        index = close;
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}
