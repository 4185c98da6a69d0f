/**
 * Which files a directive of mkdocs-include-markdown-plugin includes, in which order, and their
 * text. As the plugin resolves a path: one starting with `/` is absolute, one starting with
 * `./` or `../` is relative to the including file, any other is relative to docs_dir; an existing
 * file is taken as named, anything else is a glob (`*`, `**`, `{a,b}`, `+(a|b)`; hidden files are
 * not matched). Folders are skipped, and so is a file whose path or folder an `exclude` glob gave.
 *
 *   resolveFiles('../README.md', '/p/docs/index.md', '/p/docs', [], 'alpha-path').files  // ['/p/README.md']
 */
import { globSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { compareCodePoints } from '../shared/code-points.ts';

export interface ResolvedFiles {
  /** Absolute paths, sorted by `order`. */
  readonly files: string[];
  /**
   * The name was a glob, not an existing file: a file added later may match it, unseen by the
   * render cache when it is outside docs_dir or excluded by exclude_docs (not in the link index).
   */
  readonly glob: boolean;
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** `./x` or `../x`: relative to the including file. */
function fromIncluder(name: string): boolean {
  return name.startsWith('./') || name.startsWith('../');
}

/** `pattern`'s matches under `root` (absolute patterns ignore it), as absolute paths. */
function globFrom(pattern: string, root: string): string[] {
  try {
    return globSync(pattern, { cwd: root }).map((found) => path.resolve(root, found));
  } catch {
    // A pattern node cannot read (an unbalanced bracket): it matches nothing, as an unmatched glob.
    return [];
  }
}

/** The files `name` includes from `includer`, without those `ignore` names (a file or its folder). */
export function resolveFiles(name: string, includer: string, docsDir: string, ignore: readonly string[], order: string): ResolvedFiles {
  const root = name.startsWith('/') || path.isAbsolute(name) ? '/' : fromIncluder(name) ? path.dirname(includer) : docsDir;
  const exact = path.resolve(root, name);
  const isFile = statOf(exact)?.isFile() === true;
  const found = isFile ? [exact] : globFrom(name, root);
  const ignored = new Set(ignore);
  const files = found.filter((file) => !ignored.has(file) && !ignored.has(path.dirname(file)) && statOf(file)?.isDirectory() !== true);
  return { files: sortPaths([...new Set(files)], order), glob: !isFile };
}

/**
 * The files an `exclude` glob names: absolute, relative to the including file (`./`, `../`) or to
 * docs_dir. The plugin's own docs_dir case yields docs-relative paths that never equal the
 * absolute ones it compares them with, so there such an exclude does nothing; here it excludes
 * what its README says it does.
 */
export function resolveExcluded(pattern: string, includer: string, docsDir: string): string[] {
  const root = path.isAbsolute(pattern) ? '/' : fromIncluder(pattern) ? path.dirname(includer) : docsDir;
  return globFrom(pattern, root);
}

/** The valid values of `order` (the plugin's regex). */
const ORDER = /^-?(?:(?:alpha|natural)?(?:-?(?:path|name|extension))?|system|random|size|mtime|ctime|atime)?$/;

/**
 * The order to sort a glob's files in, and what is wrong with the value asked for: one the plugin
 * refuses gives no order (the directive is refused); `random` gives alpha-path, with a problem.
 */
export function checkOrder(order: string): { readonly order: string | undefined; readonly problem: string | undefined } {
  if (!ORDER.test(order)) return { order: undefined, problem: `'order' must be [-]alpha|natural[-path|name|extension], size, mtime, ctime, atime, system or random, found '${order}'` };
  if (order.replace(/^-/, '') === 'random') return { order: 'alpha-path', problem: "'order: random' is not supported here (a build must give the same site each time); alpha-path is used" };
  return { order, problem: undefined };
}

/** Python's natural sort key: digit runs compared as numbers, the rest in lower case. */
function naturalKey(text: string): Array<string | number> {
  return text.split(/(\d+)/).map((part, i) => (i % 2 === 1 ? Number(part) : part.toLowerCase()));
}

function compareKeys(a: string | number | ReadonlyArray<string | number>, b: string | number | ReadonlyArray<string | number>): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareKeys(a[i] ?? '', b[i] ?? '');
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `paths` sorted as the plugin's `order` says (`-` reverses; size is largest first unless reversed). */
export function sortPaths(paths: string[], order: string): string[] {
  const valid = ORDER.test(order) ? order : 'alpha-path';
  const reverse = valid.startsWith('-');
  const bare = valid.replace(/^-/, '');
  const [first = '', second] = bare.split('-', 2);
  const type = second !== undefined ? first : ['path', 'name', 'extension', ''].includes(first) ? 'alpha' : first;
  const by = second ?? (['path', 'name', 'extension'].includes(first) ? first : 'path');
  const part = (file: string) => (by === 'name' ? path.basename(file) : by === 'extension' ? path.extname(file) : file);
  const stats = new Map(paths.map((file) => [file, statOf(file)]));
  const key = (file: string): string | number | Array<string | number> => {
    const stat = stats.get(file);
    if (type === 'natural') return naturalKey(part(file));
    if (type === 'size') return -(stat?.size ?? 0);
    if (type === 'mtime') return stat?.mtimeMs ?? 0;
    if (type === 'ctime') return stat?.ctimeMs ?? 0;
    if (type === 'atime') return stat?.atimeMs ?? 0;
    // alpha, system (the plugin sorts it by path too) and random (refused).
    return type === 'alpha' ? part(file) : file;
  };
  // Ties are broken by the natural order of the whole path, so the result never depends on the file system's.
  const sorted = [...paths].sort((a, b) => compareKeys(key(a), key(b)) || compareKeys(naturalKey(a), naturalKey(b)));
  return reverse ? sorted.reverse() : sorted;
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/** Python's names for the encodings, as TextDecoder labels. */
const ENCODINGS: Readonly<Record<string, string>> = { utf8: 'utf-8', 'utf-8-sig': 'utf-8', latin1: 'iso-8859-1', 'latin-1': 'iso-8859-1', l1: 'iso-8859-1', cp1252: 'windows-1252', utf16: 'utf-16le', 'utf-16': 'utf-16le' };

/** A file's text in `encoding`, its line ends made `\n` as Python's text mode does. */
export function readIncluded(file: string, encoding: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, problem: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const name = encoding.trim().toLowerCase().replaceAll('_', '-');
  let text: string;
  if (name === 'ascii' || name === 'us-ascii') {
    const at = bytes.findIndex((byte) => byte > 0x7f);
    if (at >= 0) return { ok: false, problem: `${file} is not ASCII (byte ${at}); set the directive's encoding` };
    text = bytes.toString('latin1');
  } else if (ENCODINGS[name] === 'iso-8859-1') {
    // TextDecoder reads latin-1 as windows-1252; Python's latin-1 is the real ISO-8859-1.
    text = bytes.toString('latin1');
  } else {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(ENCODINGS[name] ?? name, { fatal: true });
    } catch {
      return { ok: false, problem: `unknown encoding '${encoding}'` };
    }
    try {
      text = decoder.decode(bytes);
    } catch {
      return { ok: false, problem: `${file} is not valid ${encoding}; set the directive's encoding` };
    }
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
