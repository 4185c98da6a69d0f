/**
 * mkdocs-awesome-nav 3.x: the nav made from the files and each folder's `.nav.yml`
 * (awesome-nav-config.ts). The result is a nav config, shaped like mkdocs.yml's `nav:`, for
 * buildNav; it replaces mkdocs.yml's own nav, as the plugin does.
 *
 *   docs/.nav.yml        nav: [index.md, guides, { More: ['*', { MkDocs: https://mkdocs.org }] }]
 *   docs/guides/.nav.yml title: The Guides
 *                     -> ['index.md', { 'The Guides': ['guides/a.md', 'guides/b.md'] }, { More: ['support.md', { MkDocs: 'https://mkdocs.org' }] }]
 *
 * The plugin's rules, step by step:
 * - a folder's `nav` (default: the index page, then `*`) lists pages, folders, links, sections
 *   and glob patterns (minimatch with extglob: `@(a|b).md`, `**`); names are relative to the folder;
 * - entries resolve by priority, not in their written order: named pages first, then named
 *   folders (deepest first), then patterns in order; each page or folder is taken once, so a
 *   pattern gets only what nothing before it took ("unvisited");
 * - a pattern's matches are sorted (`sort`: by path, filename or title; natural or alphabetical;
 *   asc or desc; sections first, last or mixed; ignore_case), skip the `ignore` patterns and the
 *   folders whose file says `hide: true`; a pattern that matches nothing is reported;
 * - a folder is a section titled by its parent's entry, else its `title`, else its name
 *   (`preserve_directory_names`, `use_index_title`); an empty one is left out, and one with a
 *   single page or section is replaced by it with `flatten_single_child_sections`;
 * - `append_unmatched` adds `*` (no report) after a folder's `nav`.
 * Settings other than title, hide and nav are inherited by the folders below, and a `glob:` entry
 * can set them for its matches.
 */
import path from 'node:path';
import type { NavScopeOptions, NavSort, NavYml, NavYmlEntry, NavYmlPath } from './awesome-nav-config.ts';
import { compareNatsort, natsortKey } from './natsort.ts';
import { dirnameToTitle } from './titles.ts';
import type { NavConfig, NavConfigItem, PageRef } from './types.ts';
import { compareCodePoints } from '../shared/code-points.ts';

export interface AwesomeNavOptions {
  /** A page's front matter `title` (sort by title, use_index_title); undefined when it has none. */
  readonly frontMatterTitle?: ((src: string) => string | undefined) | undefined;
}

/** What the plugin logs, by its `logs` option's names; `folder` is where the `.nav.yml` sits (`` for docs_dir). */
export interface AwesomeNavNote {
  readonly kind: 'no_matches' | 'root_title' | 'root_hide';
  readonly folder: string;
  readonly at: NavYmlPath;
  readonly message: string;
}

/** The settings in force somewhere: a folder's (its file's), or a `glob:` entry's over its folder's. */
interface Scope {
  /** docs-relative folder names and patterns are relative to (`` for docs_dir). */
  readonly dir: string;
  readonly options: NavScopeOptions & { readonly useIndexTitle?: boolean | undefined };
  readonly parent: Scope | undefined;
  /** The folder whose `.nav.yml` wrote the entries, for notes; undefined without a file. */
  readonly file: string | undefined;
}

type Pending =
  | { readonly kind: 'page'; readonly page: PageRef; readonly title: string | undefined }
  | { readonly kind: 'dir'; readonly dir: string; readonly scope: Scope; readonly title: string | undefined }
  | { readonly kind: 'pattern'; readonly glob: string; readonly scope: Scope; readonly ignoreNoMatches: boolean; readonly at: NavYmlPath }
  | { readonly kind: 'link'; readonly title: string; readonly url: string }
  | { readonly kind: 'section'; readonly title: string; readonly path: string; readonly children: readonly Pending[] };

/** What resolves against the files: sections and links are kept as written. */
type Resolvable = Exclude<Pending, { kind: 'section' | 'link' }>;

type Resolved =
  | { readonly kind: 'page'; readonly page: PageRef; readonly title: string | undefined; readonly path: string }
  | { readonly kind: 'section'; readonly title: string; readonly path: string; readonly children: readonly Resolved[] }
  | { readonly kind: 'link'; readonly title: string; readonly url: string };

const INHERIT = '$inherit';
const DEFAULT_NAV: readonly NavYmlEntry[] = [
  { kind: 'pattern', glob: '@(index.md|README.md)', options: { sort: {} }, ignoreNoMatches: true, at: [] },
  { kind: 'pattern', glob: '*', options: { sort: {} }, ignoreNoMatches: true, at: [] },
];
const UNMATCHED: NavYmlEntry = { kind: 'pattern', glob: '*', options: { sort: {} }, ignoreNoMatches: true, at: [] };

/**
 * The nav config of `pages` (those of a generated nav: not_in_nav already left out) with the
 * `.nav.yml` settings in `configs` (by folder, `` for docs_dir).
 */
export function awesomeNav3Config(pages: readonly PageRef[], configs: ReadonlyMap<string, NavYml>, options: AwesomeNavOptions = {}): { nav: NavConfig; notes: AwesomeNavNote[] } {
  const notes: AwesomeNavNote[] = [];
  const bySrc = new Map(pages.map((page) => [page.src, page]));
  const unvisitedPages = new Set(bySrc.keys());
  const unvisitedDirs = new Set(pages.flatMap((page) => ancestors(page.src)));
  const dirs = new Set(unvisitedDirs);
  const frontMatterTitle = options.frontMatterTitle ?? (() => undefined);

  const folderScope = (dir: string, parent: Scope | undefined): Scope => {
    const yml = configs.get(dir);
    return { dir, options: yml ?? { sort: {} }, parent, file: yml ? dir : undefined };
  };

  /** A nav entry against the files: a page, a folder, a link or a pattern, relative to `scope.dir`. */
  const parse = (entry: NavYmlEntry, scope: Scope): Pending => {
    if (entry.kind === 'section') return { kind: 'section', title: entry.title, path: scope.dir, children: entry.children.map((child) => parse(child, scope)) };
    if (entry.kind === 'pattern') {
      const local: Scope = { dir: scope.dir, options: entry.options, parent: scope, file: scope.file };
      return { kind: 'pattern', glob: entry.glob, scope: local, ignoreNoMatches: entry.ignoreNoMatches, at: entry.at };
    }
    const target = joinPath(scope.dir, entry.value);
    const title = entry.kind === 'titled' ? entry.title : undefined;
    const page = bySrc.get(target);
    if (page) return { kind: 'page', page, title };
    // A folder naming itself (`.`, `./`) is no folder to enter: it would be entered again and again
    // (the plugin recurses until Python gives up). It is read on as a pattern, which matches nothing, as `.` at the top level does.
    if (dirs.has(target) && target !== scope.dir) return { kind: 'dir', dir: target, scope: folderScope(target, scope), title };
    if (entry.kind === 'titled') return { kind: 'link', title: entry.title, url: entry.value };
    return { kind: 'pattern', glob: entry.value, scope, ignoreNoMatches: false, at: entry.at };
  };

  const navOf = (scope: Scope): Pending[] => {
    const own = configs.get(scope.dir)?.nav ?? DEFAULT_NAV;
    const entries = inherited(scope, 'appendUnmatched') === true ? [...own, UNMATCHED] : own;
    return entries.map((entry) => parse(entry, scope));
  };

  /** The plugin's resolve_in_priority_order: pages, then folders deepest first, then patterns; each in written order. */
  const resolveAll = (items: readonly Pending[]): Resolved[] => {
    const queue: Array<{ item: Resolvable; rank: number; depth: number; order: number }> = [];
    const collect = (list: readonly Pending[]): void => {
      list.forEach((item, order) => {
        if (item.kind === 'section') collect(item.children);
        else if (item.kind !== 'link') queue.push({ item, rank: item.kind === 'page' ? 1 : item.kind === 'dir' ? 2 : 3, depth: item.kind === 'dir' ? -depthOf(item.dir) : 0, order });
      });
    };
    collect(items);
    queue.sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.order - b.order);
    const results = new Map<Pending, Resolved[]>();
    for (const { item } of queue) results.set(item, resolveOne(item));
    const materialize = (list: readonly Pending[]): Resolved[] =>
      list.flatMap((item): Resolved[] => {
        if (item.kind === 'section') return [{ kind: 'section', title: item.title, path: item.path, children: materialize(item.children) }];
        if (item.kind === 'link') return [item];
        return results.get(item) ?? [];
      });
    return materialize(items);
  };

  const resolveOne = (item: Resolvable): Resolved[] => {
    if (item.kind === 'page') {
      unvisitedPages.delete(item.page.src);
      return [{ kind: 'page', page: item.page, title: item.title, path: item.page.src }];
    }
    if (item.kind === 'dir') return resolveFolder(item.dir, item.scope, item.title);
    const matches = findMatches(item.glob, item.scope);
    if (matches.length === 0 && !item.ignoreNoMatches) {
      notes.push({ kind: 'no_matches', folder: item.scope.file ?? '', at: item.at, message: `The nav item '${item.glob}' doesn't match any files or directories` });
    }
    return sortItems(resolveAll(matches), sortOf(item.scope), frontMatterTitle);
  };

  const resolveFolder = (dir: string, scope: Scope, title: string | undefined): Resolved[] => {
    unvisitedDirs.delete(dir);
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    const indexTitle = inherited(scope, 'useIndexTitle') === true && bySrc.has(joinPath(dir, 'index.md')) ? frontMatterTitle(joinPath(dir, 'index.md')) : undefined;
    const sectionTitle = title ?? configs.get(dir)?.title ?? (inherited(scope, 'preserveDirectoryNames') === true ? name : (indexTitle ?? dirnameToTitle(name)));
    const children = resolveAll(navOf(scope));
    if (children.length === 0) return [];
    const only = children[0];
    if (children.length === 1 && only && only.kind !== 'link' && inherited(scope, 'flattenSingleChildSections') === true) return [only];
    return [{ kind: 'section', title: sectionTitle, path: dir, children }];
  };

  /** The unvisited pages and folders the pattern matches (a folder as `path/`), less the ignored and hidden ones. */
  const findMatches = (glob: string, scope: Scope): Pending[] => {
    const pattern = joinPattern(scope.dir, glob);
    const ignored = ignoreOf(scope);
    // Only paths under the pattern's literal folders can match: the rest of the site is not tried (each folder's default `*` would try every page).
    const base = literalFolders(pattern);
    const matches = (candidate: string) => candidate.startsWith(base) && globMatch(candidate, pattern) && !ignored.some((ignore) => globMatch(candidate, ignore));
    const found: Pending[] = [];
    for (const src of unvisitedPages) {
      const page = bySrc.get(src);
      if (page && matches(src)) found.push({ kind: 'page', page, title: undefined });
    }
    for (const dir of unvisitedDirs) {
      if (!matches(`${dir}/`)) continue;
      if (configs.get(dir)?.hide === true) continue;
      found.push({ kind: 'dir', dir, scope: folderScope(dir, scope), title: undefined });
    }
    return found;
  };

  const root = folderScope('', undefined);
  const rootYml = configs.get('');
  if (rootYml?.title !== undefined) notes.push({ kind: 'root_title', folder: '', at: ['title'], message: "'title' option has no effect at the top level" });
  if (rootYml?.hide === true) notes.push({ kind: 'root_hide', folder: '', at: ['hide'], message: "'hide' option has no effect at the top level" });
  return { nav: resolveAll(navOf(root)).map(toConfig), notes };
}

function toConfig(item: Resolved): NavConfigItem {
  if (item.kind === 'link') return { [item.title]: item.url };
  if (item.kind === 'section') return { [item.title]: item.children.map(toConfig) };
  return item.title === undefined ? item.page.src : { [item.title]: item.page.src };
}

/** A setting from the nearest scope that sets it. */
function inherited<K extends keyof Scope['options']>(scope: Scope | undefined, key: K): Scope['options'][K] | undefined {
  for (let at = scope; at; at = at.parent) if (at.options[key] !== undefined) return at.options[key];
  return undefined;
}

type SortSettings = { readonly [K in keyof NavSort]-?: Exclude<NavSort[K], undefined> };

/** Each sort field from the nearest scope that sets it (ignore_case: true anywhere above wins, as the plugin's `or`). */
function sortOf(scope: Scope): SortSettings {
  const field = <K extends keyof NavSort>(key: K): NavSort[K] => {
    for (let at: Scope | undefined = scope; at; at = at.parent) if (at.options.sort[key]) return at.options.sort[key];
    return undefined;
  };
  return { by: field('by') ?? 'path', direction: field('direction') ?? 'asc', type: field('type') ?? 'natural', sections: field('sections') ?? 'last', ignoreCase: field('ignoreCase') ?? false };
}

/** The scope's ignore patterns as absolute globs: `/x` from its folder, `x` at any depth below it; `$inherit` the parent's. */
function ignoreOf(scope: Scope | undefined): string[] {
  if (!scope) return [];
  return (scope.options.ignore ?? [INHERIT]).flatMap((pattern) => {
    if (pattern === INHERIT) return ignoreOf(scope.parent);
    return [pattern.startsWith('/') ? joinPattern(scope.dir, pattern.slice(1)) : joinPattern(joinPath(scope.dir, '**'), pattern)];
  });
}

/**
 * The plugin's sort of a pattern's matches: by key (natsort or code points), reversed for `desc`
 * (stable, as Python's reverse=True), then pages before sections (`last`) or after (`first`).
 */
function sortItems(items: Resolved[], sort: SortSettings, frontMatterTitle: (src: string) => string | undefined): Resolved[] {
  const keyOf = (item: Resolved): string[] => {
    if (item.kind === 'link') return [];
    const name = item.path.slice(item.path.lastIndexOf('/') + 1);
    if (sort.by === 'filename') return [name, item.path];
    if (sort.by === 'title') return [item.kind === 'section' ? item.title : (frontMatterTitle(item.page.src) ?? name), name, item.path];
    return [item.path];
  };
  const keyed = items.map((item) => {
    const key = keyOf(item);
    return { item, natural: sort.type === 'natural' ? natsortKey(key, { path: sort.by !== 'title', ignoreCase: sort.ignoreCase }) : undefined, plain: sort.ignoreCase ? key.map((part) => part.toLowerCase()) : key };
  });
  const direction = sort.direction === 'desc' ? -1 : 1;
  keyed.sort((a, b) => direction * (a.natural && b.natural ? compareNatsort(a.natural, b.natural) : compareTuples(a.plain, b.plain)));
  const sorted = keyed.map(({ item }) => item);
  if (sort.sections === 'mixed') return sorted;
  const isSection = (item: Resolved) => item.kind === 'section';
  const pagesFirst = [...sorted.filter((item) => !isSection(item)), ...sorted.filter(isSection)];
  return sort.sections === 'last' ? pagesFirst : [...sorted.filter(isSection), ...sorted.filter((item) => !isSection(item))];
}

function compareTuples(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareCodePoints(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The glob match of the plugin (wcmatch GLOBSTAR | EXTGLOB): minimatch's, through Node's
 * path.matchesGlob. One difference: minimatch expands `{a,b}` (which wcmatch, without BRACE,
 * reads as text), and matchesGlob takes no option to turn that off.
 */
function globMatch(candidate: string, pattern: string): boolean {
  return path.posix.matchesGlob(candidate, pattern);
}

/** The folders a glob names before its first wildcard (`a/b/` for `a/b/*.md`, `` for `*`), with their `/`. */
function literalFolders(pattern: string): string {
  const magic = pattern.search(/[*?[\]{}()!+@\\]/);
  const literal = magic === -1 ? pattern : pattern.slice(0, magic);
  return literal.slice(0, literal.lastIndexOf('/') + 1);
}

/** PurePosixPath(dir) / name: empty and `.` parts dropped, no trailing slash. */
function joinPath(dir: string, name: string): string {
  return [...dir.split('/'), ...name.split('/')].filter((part) => part !== '' && part !== '.').join('/');
}

/** The plugin's create_absolute_pattern: the joined path, keeping a trailing `/` (folders only). */
function joinPattern(dir: string, pattern: string): string {
  return joinPath(dir, pattern) + (pattern.endsWith('/') ? '/' : '');
}

/** The folders above a page, `a`, `a/b` for `a/b/c.md` (docs_dir itself left out: it is the nav). */
function ancestors(src: string): string[] {
  const parts = src.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

function depthOf(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}
