/**
 * mkdocs-literate-nav 0.6: the nav written as Markdown lists in `SUMMARY.md` files (the plugin's
 * `nav_file`), resolved into a nav config shaped like mkdocs.yml's `nav:` for buildNav.
 *
 *   SUMMARY.md                         ->  nav config
 *     * [Frob](index.md)                    - Frob: index.md
 *     * Borgs                               - Borgs:
 *         * [Bar](borgs/bar.md)                 - Bar: borgs/bar.md
 *         * borgs/*.md                          - borgs/foo.md        (each match, untitled)
 *     * [API](api/)                         - API: [api/SUMMARY.md's nav, or api/ inferred]
 *
 * The rules are the plugin's (parser.py `NavParser`, plugin.py `resolve_directories_in_nav`):
 * - a link's path is relative to its nav file's folder; `scheme:` and `//host` links stay as written;
 * - a link ending in `/` to a folder holding pages is that folder's nav: its own nav file, else
 *   every page and folder in it (recursively, as MkDocs generates a nav);
 * - a bare item with a `*` is a wildcard: every page and folder it matches that no entry seen so
 *   far names (a folder as a section titled from its name); ending in `/`, folders only; matching
 *   nothing, it stays as written (and MkDocs reports it);
 * - a section whose children all come to nothing is left out;
 * - `implicit_index`: a folder's index page goes first in a folder nav that does not name it.
 * The root nav file replaces mkdocs.yml's `nav:`; without it, `nav:` keeps its entries, its
 * wildcards and `Title: folder/` entries resolved the same way; without both, all is inferred.
 */
import type { Globber } from './literate-nav-glob.ts';
import { dirnameToTitle } from './titles.ts';
import type { NavConfig, NavConfigItem, NavPath } from './types.ts';

/** One `<li>` of a nav list, as the Markdown renders it (the plugin reads the same element tree). */
export interface LiterateListItem {
  /** The item's own text before its first element, trimmed; undefined when there is none. */
  readonly text: string | undefined;
  readonly elements: readonly LiterateElement[];
  /** Text written after one of its elements (`[A](a.md) and more`), which the plugin refuses. */
  readonly textAfter?: { readonly element: string; readonly text: string } | undefined;
  /** The item as short HTML, for messages. */
  readonly html: string;
  /** 1-based line of the nav file, when it could be found. */
  readonly line?: number | undefined;
}

export type LiterateElement =
  | { readonly kind: 'link'; readonly href: string; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly LiterateListItem[] }
  | { readonly kind: 'other'; readonly html: string };

/** A folder's nav file, read: its docs-relative path and the list chosen in it (undefined: it has none). */
export interface LiterateNavFile {
  readonly src: string;
  readonly list: readonly LiterateListItem[] | undefined;
}

export interface LiterateNavOptions {
  readonly navFile: string;
  readonly implicitIndex: boolean;
}

/** Where a resolved nav entry was written: a nav file's line, or mkdocs.yml's `nav:` at a path. */
export type LiterateOrigin = { readonly file: string; readonly line?: number | undefined } | { readonly nav: NavPath };

export interface LiterateNavNote {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
}

export interface LiterateNavResult {
  readonly nav: NavConfig;
  /** Each entry's origin, by `navPathKey` of its place in `nav` (as buildNav names places). */
  readonly origins: ReadonlyMap<string, LiterateOrigin>;
  /** The nav files found (MkDocs keeps them as pages, but not in the nav and not reported missing from it). */
  readonly navFiles: readonly string[];
  readonly notes: LiterateNavNote[];
}

/** The key of a place in a nav config (buildNav's `at`): indices, and titles of titled entries. */
export function navPathKey(at: NavPath): string {
  return JSON.stringify(at);
}

/** An entry before wildcards and folders are resolved, with where it was written. */
type Entry =
  | { readonly kind: 'item'; readonly title: string | undefined; readonly target: string; readonly origin: LiterateOrigin }
  | { readonly kind: 'section'; readonly title: string; readonly children: Entry[]; readonly origin: LiterateOrigin }
  | { readonly kind: 'dir'; readonly title: string; readonly dir: string; readonly fallback: string; readonly origin: LiterateOrigin }
  | { readonly kind: 'wildcard'; readonly title: string | undefined; readonly pattern: string; readonly fallback: string | undefined; readonly origin: LiterateOrigin };

/** A resolved entry: a config item with its origin and its children's. */
interface Resolved {
  readonly title: string | undefined;
  readonly target: string | Resolved[];
  readonly origin: LiterateOrigin;
}

/**
 * The nav the plugin makes from the nav files (`readNavFile(dir)`: the folder's nav file, if it
 * is a page) and mkdocs.yml's `nav:` (`yamlNav`, undefined when absent).
 */
export function literateNavConfig(yamlNav: NavConfig | undefined, globber: Globber, readNavFile: (dir: string) => LiterateNavFile | undefined, options: LiterateNavOptions): LiterateNavResult {
  const seen = new Set<string>();
  const notes: LiterateNavNote[] = [];
  const navFiles: string[] = [];
  const warned = new Set<string>();
  const files = new Map<string, LiterateNavFile | undefined>();
  const navFileOf = (dir: string): LiterateNavFile | undefined => {
    if (!files.has(dir)) {
      const found = readNavFile(dir);
      files.set(dir, found);
      if (found) navFiles.push(found.src);
    }
    return files.get(dir);
  };

  const resolveLink = (root: string, link: string, title: string, origin: LiterateOrigin): Entry => {
    if (isUrl(link)) return { kind: 'item', title, target: link, origin };
    const path = normpath(join(root, link));
    seen.add(path);
    if (link.endsWith('/') && globber.isDir(path)) return { kind: 'dir', title, dir: path, fallback: link, origin };
    return { kind: 'item', title, target: path, origin };
  };

  const listToEntries = (items: readonly LiterateListItem[], root: string, file: string, first: Entry | undefined): Entry[] => {
    const result: Entry[] = first ? [first] : [];
    if (first?.kind === 'item') seen.add(first.target);
    for (const item of items) {
      const origin = { file, line: item.line };
      const problem = (reason: string): void => {
        notes.push({ severity: 'error', message: `literate-nav: ${reason}; the item is left out: ${item.html}`, file, line: item.line });
      };
      let title = item.text;
      let content: Entry | undefined;
      let children: Entry[] | undefined;
      const elements = [...item.elements];
      const head = elements[0];
      if (title === undefined && head?.kind === 'link') {
        elements.shift();
        if (head.href !== '') {
          content = resolveLink(root, head.href, head.text, origin);
          title = head.text;
        }
      }
      const next = elements[0];
      if (next?.kind === 'list') {
        elements.shift();
        if (content?.kind === 'dir') {
          problem(`a link to a folder ('${content.fallback}') cannot have a nested list: the folder's nav is its own nav file`);
          continue;
        }
        // The link leads the section as its first, untitled entry (section-index makes it the section's page).
        children = listToEntries(next.items, root, file, content?.kind === 'item' ? { ...content, title: undefined } : undefined);
      }
      const extra = elements[0];
      if (extra) {
        problem(`expected nothing more in the item, found ${extra.kind === 'other' ? extra.html : extra.kind === 'link' ? 'a second link' : 'a second list'} (an item is a link, a title with a nested list, or a wildcard)`);
        continue;
      }
      if (item.textAfter) {
        problem(`expected no text after ${item.textAfter.element}, found '${item.textAfter.text}'`);
        continue;
      }
      if (title === undefined) {
        problem("no title found: write '* [Title](page.md)', a section title with a nested list, or a wildcard such as '* *.md'");
        continue;
      }
      if (children) result.push({ kind: 'section', title, children, origin });
      else if (content) result.push(content);
      else if (title.includes('*')) result.push({ kind: 'wildcard', title: undefined, pattern: wildcardPath(root, title), fallback: title, origin });
      else problem(`'${title}' is neither a link, nor a section (no nested list), nor a wildcard (no '*')`);
    }
    return result;
  };

  /** A folder's nav: its nav file's list, else everything in it. */
  const folderNav = (roots: readonly string[]): Resolved[] => {
    const root = roots[0] ?? '.';
    const file = navFileOf(root);
    const list = file?.list;
    const index = options.implicitIndex ? globber.findIndex(root) : undefined;
    if (file && list !== undefined && !(options.implicitIndex && file.src === index)) seen.add(file.src);
    if (list === undefined) return resolve([{ kind: 'wildcard', title: undefined, pattern: wildcardPath(root, '*'), fallback: undefined, origin: { file: file?.src ?? root } }], roots);
    const origin = { file: file?.src ?? root };
    const first: Entry | undefined = index === undefined ? undefined : { kind: 'wildcard', title: undefined, pattern: index, fallback: undefined, origin };
    return resolve(listToEntries(list, root, file?.src ?? root, first), roots);
  };

  const resolve = (entries: readonly Entry[], roots: readonly string[]): Resolved[] => {
    for (const entry of entries) if (entry.kind === 'item') seen.add(entry.target);
    const resolved: Resolved[] = [];
    for (const entry of entries) {
      if (entry.kind === 'item') resolved.push({ title: entry.title, target: entry.target, origin: entry.origin });
      else if (entry.kind === 'section') {
        const children = resolve(entry.children, roots);
        if (children.length > 0) resolved.push({ title: entry.title, target: children, origin: entry.origin });
      } else if (entry.kind === 'dir') {
        if (roots.includes(entry.dir)) {
          warnOnce(`literate-nav: a folder's nav includes itself (${[entry.dir, ...roots].map((root) => `'${root}'`).join(' -> ')}); the link is kept as written`, entry.origin);
          resolved.push({ title: entry.title, target: entry.fallback, origin: entry.origin });
          continue;
        }
        const children = folderNav([entry.dir, ...roots]);
        if (children.length > 0) resolved.push({ title: entry.title, target: children, origin: entry.origin });
      } else if (entry.title !== undefined) {
        // `Title: folder/*` in mkdocs.yml: the matches as a section, or the entry as written.
        const children = resolve([{ ...entry, title: undefined }], roots);
        if (children.length > 0) resolved.push({ title: entry.title, target: children, origin: entry.origin });
        else if (entry.fallback !== undefined) resolved.push({ title: entry.title, target: entry.fallback, origin: entry.origin });
      } else resolved.push(...expandWildcard(entry, roots));
    }
    return resolved;
  };

  const expandWildcard = (entry: Extract<Entry, { kind: 'wildcard' }>, roots: readonly string[]): Resolved[] => {
    const out: Resolved[] = [];
    const matched = globber.glob(entry.pattern.replace(/\/+$/, ''), (problem) => warnOnce(`literate-nav: ${problem}`, entry.origin));
    for (const path of matched) {
      if (seen.has(path)) continue;
      if (globber.isDir(path)) {
        // The plugin has no guard here; a pattern reaching back into a folder being resolved would loop.
        if (roots.includes(path)) continue;
        const children = folderNav([path, ...roots]);
        if (children.length > 0) out.push({ title: dirnameToTitle(path.slice(path.lastIndexOf('/') + 1)), target: children, origin: entry.origin });
      } else {
        if (entry.pattern.endsWith('/')) continue;
        out.push({ title: undefined, target: path, origin: entry.origin });
      }
      seen.add(path);
    }
    if (matched.length === 0 && entry.fallback !== undefined) out.push({ title: undefined, target: entry.fallback, origin: entry.origin });
    return out;
  };

  const warnOnce = (message: string, origin: LiterateOrigin): void => {
    if (warned.has(message)) return;
    warned.add(message);
    notes.push({ severity: 'warning', message, ...('file' in origin ? { file: origin.file, line: origin.line } : {}) });
  };

  let resolved: Resolved[] = [];
  // The plugin reads the root nav file when there is no `nav:` or when the file exists.
  if (yamlNav === undefined || navFileOf('.') !== undefined) resolved = folderNav(['.']);
  if (resolved.length === 0 && yamlNav !== undefined) resolved = resolve(yamlEntries(yamlNav, [], resolveLink), ['.']);
  const origins = new Map<string, LiterateOrigin>();
  return { nav: toConfig(resolved, [], origins), origins, navFiles, notes };
}

/** mkdocs.yml's `nav:` with the plugin's additions: untitled `*` entries are wildcards, `Title: folder/` a folder's nav. */
function yamlEntries(nav: NavConfig, at: NavPath, resolveLink: (root: string, link: string, title: string, origin: LiterateOrigin) => Entry): Entry[] {
  return nav.map((item, index): Entry => {
    const origin = { nav: [...at, index] };
    if (typeof item === 'string') {
      return item.includes('*') ? { kind: 'wildcard', title: undefined, pattern: wildcardPath('', item), fallback: item, origin } : { kind: 'item', title: undefined, target: item, origin };
    }
    const [title, value] = Object.entries(item)[0] ?? ['', ''];
    const place = { nav: [...at, index, title] };
    if (Array.isArray(value)) return { kind: 'section', title, children: yamlEntries(value, [...at, index, title], resolveLink), origin: place };
    if (typeof value !== 'string') return { kind: 'item', title, target: '', origin: place };
    if (value.includes('*')) return { kind: 'wildcard', title, pattern: wildcardPath('', value), fallback: value, origin: place };
    return resolveLink('', value, title, place);
  });
}

function toConfig(resolved: readonly Resolved[], at: NavPath, origins: Map<string, LiterateOrigin>): NavConfig {
  return resolved.map((entry, index): NavConfigItem => {
    const place = entry.title === undefined ? [...at, index] : [...at, index, entry.title];
    origins.set(navPathKey(place), entry.origin);
    if (typeof entry.target === 'string') return entry.title === undefined ? entry.target : { [entry.title]: entry.target };
    return { [entry.title ?? '']: toConfig(entry.target, place, origins) };
  });
}

/** `Wildcard(root, pattern)`: joined, normalized, without a leading `/`, a trailing `/` kept. */
function wildcardPath(root: string, pattern: string): string {
  const path = normpath(join(root, pattern)).replace(/^\/+/, '');
  return pattern.endsWith('/') ? `${path}/` : path;
}

function isUrl(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
}

/** `posixpath.join`: an absolute second part replaces the first. */
function join(root: string, path: string): string {
  if (path.startsWith('/') || root === '') return path;
  return root.endsWith('/') ? root + path : `${root}/${path}`;
}

/** `posixpath.normpath`: `.` parts and repeated slashes go, `..` eats a part (not above an absolute root). */
function normpath(path: string): string {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined || '.';
}
