/**
 * mkdocs-awesome-pages-plugin 2.x on the nav MkDocs generates: each folder's `.pages` settings
 * (awesome-pages-meta.ts) reorder, filter, retitle, hide and collapse that folder's part of the
 * generated nav. The result is a nav config, shaped like mkdocs.yml's `nav:`, for buildNav.
 *
 *   docs/.pages         nav: [intro.md, ..., { Home page: https://x.org }]
 *   docs/guide/.pages   title: The Guide
 *                    ->  [intro.md, a.md, { 'The Guide': ['guide/index.md', ...] }, { 'Home page': 'https://x.org' }]
 *
 * Per folder, in the plugin's order: sort (`order`, `sort_type`, `order_by`, `ignore_case`: the
 * folder's own setting, else the plugin option; never inherited from a parent `.pages`), then
 * arrange by `nav`, then each subfolder: left out when `hide: true`, titled from its `.pages`
 * `title` (over a title the parent's `nav` gives it), left out when nothing remains in it, and
 * replaced by its only child when collapsed (`collapse`, else `collapse_single_pages`, which is
 * inherited by the folders below).
 */
import { compareFiles } from './auto.ts';
import type { PagesMeta, PagesNavEntry, RestFilter } from './awesome-pages-meta.ts';
import { dirnameToTitle } from './titles.ts';
import type { NavConfig, NavConfigItem, PageRef } from './types.ts';
import { compareCodePoints } from '../shared/code-points.ts';

/** The plugin's options in mkdocs.yml: defaults for every folder. */
export interface AwesomePagesOptions {
  readonly collapseSinglePages: boolean;
  /** Missing `nav` entries are reported (the plugin fails the build); false: silently skipped. */
  readonly strict: boolean;
  readonly order?: PagesMeta['order'];
  readonly sortType?: PagesMeta['sortType'];
  readonly orderBy?: PagesMeta['orderBy'];
  readonly ignoreCase: boolean;
}

/** Something a `.pages` file asks for that cannot be done; `folder` is where that file sits (`` for docs_dir). */
export interface AwesomePagesNote {
  readonly folder: string;
  readonly message: string;
}

interface Folder {
  readonly name: string;
  /** docs-relative, `/`-separated; `` for docs_dir. */
  readonly path: string;
  /** Pages and subfolders in MkDocs' order: files (index first), then folders. */
  readonly children: Array<PageRef | Folder>;
}

/** An item of a folder while it is arranged: a page or folder with the title `nav` gave it, a link, a `nav` section. */
type Item =
  | { readonly kind: 'page'; readonly name: string; readonly page: PageRef; readonly title?: string | undefined }
  | { readonly kind: 'folder'; readonly name: string; readonly folder: Folder; readonly title?: string | undefined }
  | { readonly kind: 'link'; readonly title: string; readonly url: string }
  | { readonly kind: 'section'; readonly title: string; readonly children: Item[] };

/**
 * The nav config of `pages` (those of a generated nav: not_in_nav already left out) with the
 * `.pages` settings in `metas` (by folder). Notes say what was asked and could not be done.
 */
export function awesomeNavConfig(pages: readonly PageRef[], metas: ReadonlyMap<string, PagesMeta>, options: AwesomePagesOptions): { nav: NavConfig; notes: AwesomePagesNote[] } {
  const notes: AwesomePagesNote[] = [];
  const root = folderTree(pages);
  const rootMeta = metas.get('') ?? {};
  // The docs folder is the nav itself, not a section: it has no title to set and cannot be hidden.
  if (rootMeta.title !== undefined) notes.push({ folder: '', message: `'title' in the docs folder's file has no effect: the top of the nav has no title` });
  if (rootMeta.hide !== undefined) notes.push({ folder: '', message: `'hide' in the docs folder's file has no effect: the top of the nav cannot be hidden` });

  const processFolder = (folder: Folder, meta: PagesMeta, collapseRecursive: boolean): NavConfigItem[] => {
    const items = sortItems(
      folder.children.map((child): Sortable => ('src' in child ? { kind: 'page', name: basename(child.src), page: child } : { kind: 'folder', name: child.name, folder: child })),
      meta,
      options,
      (item) => metas.get(item.path),
    );
    const missing = (name: string): void => {
      if (!options.strict) return;
      const where = folder.path === '' ? 'the docs folder' : `'${folder.path}/'`;
      notes.push({ folder: folder.path, message: `nav entry '${name}' is not found: no page or folder of ${where} has that name (give it a title to make it a link: \`Title: ${name}\`)` });
    };
    const arranged = meta.nav ? arrange(items, meta.nav, missing) : items;
    return arranged.flatMap((item) => toConfig(item, collapseRecursive));
  };

  const toConfig = (item: Item, collapseRecursive: boolean): NavConfigItem[] => {
    if (item.kind === 'page') return [item.title === undefined ? item.page.src : { [item.title]: item.page.src }];
    if (item.kind === 'link') return [{ [item.title]: item.url }];
    if (item.kind === 'section') return [{ [item.title]: item.children.flatMap((child) => toConfig(child, collapseRecursive)) }];
    const meta = metas.get(item.folder.path) ?? {};
    if (meta.hide === true) return [];
    const collapse = meta.collapseSinglePages ?? collapseRecursive;
    const children = processFolder(item.folder, meta, collapse);
    if (children.length === 0) return [];
    if ((meta.collapse ?? collapse) && children.length === 1) return children;
    return [{ [meta.title ?? item.title ?? dirnameToTitle(item.name)]: children }];
  };

  return { nav: processFolder(root, rootMeta, options.collapseSinglePages), notes };
}

/** docs_dir as a tree of folders, in MkDocs' file order (mkdocs.utils.nest_paths). */
function folderTree(pages: readonly PageRef[]): Folder {
  const root: Folder = { name: '', path: '', children: [] };
  for (const page of [...pages].sort((a, b) => compareFiles(a.src, b.src))) {
    let folder = root;
    for (const name of page.src.split('/').slice(0, -1)) {
      const path = folder.path === '' ? name : `${folder.path}/${name}`;
      let next = folder.children.find((child): child is Folder => !('src' in child) && child.name === name);
      if (!next) {
        next = { name, path, children: [] };
        folder.children.push(next);
      }
      folder = next;
    }
    folder.children.push(page);
  }
  return root;
}

type Sortable = Extract<Item, { kind: 'page' | 'folder' }>;

/**
 * `order`, `sort_type`, `order_by`: when none is set (here or in the plugin options) MkDocs' order
 * stays; otherwise pages and folders are sorted together by file name (or title), ascending
 * unless `desc`. The sort is stable, as Python's, descending too.
 */
function sortItems(items: Sortable[], meta: PagesMeta, options: AwesomePagesOptions, metaOf: (folder: Folder) => PagesMeta | undefined): Sortable[] {
  const order = meta.order ?? options.order;
  const sortType = meta.sortType ?? options.sortType;
  const orderBy = meta.orderBy ?? options.orderBy;
  if (items.length < 2 || (order === undefined && sortType === undefined && orderBy === undefined)) return items;
  const ignoreCase = meta.ignoreCase ?? options.ignoreCase;
  const keyOf = (item: Sortable): string => {
    const key = orderBy !== 'title' ? item.name : item.kind === 'page' ? item.page.title : (metaOf(item.folder)?.title ?? dirnameToTitle(item.name));
    return ignoreCase ? key.toLowerCase() : key;
  };
  const compare = sortType === 'natural' ? compareNatural : compareCodePoints;
  const direction = order === 'desc' ? -1 : 1;
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => direction * compare(a.key, b.key))
    .map(({ item }) => item);
}

/**
 * The folder's items in `nav` order: named items where named (the entry's title over theirs),
 * titled names that are no item as links, and the items no entry names at their rest entries
 * (each to the first filter that matches its base name, catch-all `...` last; none: left out).
 */
function arrange(items: readonly Sortable[], nav: readonly PagesNavEntry[], missing: (name: string) => void): Item[] {
  const byName = new Map<string, Sortable>();
  for (const item of items) if (!byName.has(item.name)) byName.set(item.name, item);
  const named = new Set<Sortable>();
  const rests: Array<{ value: string; filter: RestFilter | undefined }> = [];
  const collect = (entries: readonly PagesNavEntry[]): void => {
    for (const entry of entries) {
      if (entry.kind === 'section') collect(entry.children);
      else if (entry.kind === 'rest') rests.push(entry);
      else {
        const found = byName.get(entry.name);
        if (found) named.add(found);
      }
    }
  };
  collect(nav);
  // Filters first in their written order, then the catch-all.
  const order = [...rests.filter((rest) => rest.filter), ...rests.filter((rest) => !rest.filter)];
  const restItems = new Map<string, Sortable[]>(rests.map((rest) => [rest.value, []]));
  for (const item of items) {
    if (named.has(item)) continue;
    const rest = order.find((candidate) => !candidate.filter || candidate.filter.regex.test(item.name));
    if (rest) restItems.get(rest.value)?.push(item);
  }
  const resolve = (entries: readonly PagesNavEntry[]): Item[] =>
    entries.flatMap((entry): Item[] => {
      if (entry.kind === 'rest') return restItems.get(entry.value) ?? [];
      if (entry.kind === 'section') return [{ kind: 'section', title: entry.title, children: resolve(entry.children) }];
      const found = byName.get(entry.name);
      if (found) return [entry.title === undefined ? found : { ...found, title: entry.title }];
      if (entry.title !== undefined) return [{ kind: 'link', title: entry.title, url: entry.name }];
      missing(entry.name);
      return [];
    });
  return resolve(nav);
}

function basename(src: string): string {
  return src.slice(src.lastIndexOf('/') + 1);
}


/**
 * natsort's default order: runs of digits compare as numbers, the text between them by code
 * point (`page-2.md` < `page-10.md`).
 */
export function compareNatural(a: string, b: string): number {
  const partsA = a.split(/(\d+)/);
  const partsB = b.split(/(\d+)/);
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index++) {
    const partA = partsA[index] ?? '';
    const partB = partsB[index] ?? '';
    // split with a capture group alternates text and digits, so odd places hold numbers.
    const order = index % 2 === 1 ? Number(partA) - Number(partB) || compareCodePoints(partA, partB) : compareCodePoints(partA, partB);
    if (order !== 0) return Math.sign(order);
  }
  return partsA.length - partsB.length;
}
