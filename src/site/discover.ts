/**
 * Lists docs_dir the way MkDocs does (mkdocs/structure/files.py `get_files`): a top-down walk,
 * folders in name order, in each folder `index.*`/`README.*` first and then the other files by
 * name; dotfiles, dot-folders and the top-level `templates/` folder skipped, plus `exclude_docs`
 * and the files mkdocs-exclude's patterns match.
 *
 *   discoverFiles('/abs/docs', { useDirectoryUrls: true }).pages
 *   // [{ src: 'index.md', url: '', dest: 'index.html' }, { src: 'os/linux.md', url: 'os/linux/', dest: 'os/linux/index.html' }]
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { createIgnoreMatcher } from '../config/gitignore.ts';
import { compareCodePoints } from '../shared/code-points.ts';

export interface DiscoveredPage {
  /** docs-relative, `/`-separated, e.g. `os/index.md`. */
  readonly src: string;
  /** Site-relative and percent-encoded like MkDocs': `os/`, `os/linux/` or `os/linux.html`; `` for the home page. */
  readonly url: string;
  /** Output file, site-relative: `os/linux/index.html` or `os/linux.html`. */
  readonly dest: string;
  /** `index.md` or `README.md`: the page of its folder. */
  readonly isIndex: boolean;
  /** The i18n plugin's language of the page (src/site/i18n-files.ts); undefined without the plugin. */
  readonly language?: string | undefined;
  /**
   * The docs-relative file the page is read from when it is not `src`: the i18n plugin's
   * fallback copy of a default-language page in another language (src/site/i18n-files.ts).
   */
  readonly file?: string | undefined;
}

export interface DiscoverMessage {
  readonly severity: 'warning' | 'info';
  readonly message: string;
  /** docs-relative path of the file the message is about. */
  readonly file: string;
}

export interface DiscoverOptions {
  readonly useDirectoryUrls: boolean;
  /** `exclude_docs` patterns (gitignore style), added to MkDocs' own `.*` and `/templates/`. */
  readonly exclude?: readonly string[] | undefined;
  /** mkdocs-exclude's filter: a file (never a folder) it matches is neither a page nor copied. */
  readonly excludeFile?: ((src: string) => boolean) | undefined;
  /** The meta plugin's `meta_file` name: such files are listed in `metaFiles`, never as assets. */
  readonly metaFile?: string | undefined;
  /** The awesome-pages plugin's file name (`.pages`), or awesome-nav's (`.nav.yml`): such files are listed in `pagesFiles`. */
  readonly pagesFile?: string | undefined;
  /** Which other files a plugin makes pages (mkdocs-jupyter's notebooks, src/site/jupyter.ts), by docs-relative path. */
  readonly isPlugInPage?: ((src: string) => boolean) | undefined;
}

export interface DiscoveredFiles {
  readonly pages: DiscoveredPage[];
  /** docs-relative paths of every other file (images, css, js, static html...). */
  readonly assets: string[];
  /** docs-relative meta files (options.metaFile), parents before children (the walk is top-down). */
  readonly metaFiles: string[];
  /** docs-relative awesome-pages or awesome-nav files (options.pagesFile), parents before children. */
  readonly pagesFiles: string[];
  readonly messages: DiscoverMessage[];
}

/** The suffixes MkDocs treats as Markdown pages (mkdocs.utils.markdown_extensions). */
export const MARKDOWN_SUFFIXES = ['.markdown', '.mdown', '.mkdn', '.mkd', '.md'] as const;

/** MkDocs' built-in exclusions, always applied before `exclude_docs`. */
export const DEFAULT_EXCLUDE = ['.*', '/templates/'] as const;

export function isMarkdownFile(file: string): boolean {
  const lower = file.toLowerCase();
  return MARKDOWN_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

export function discoverFiles(docsDir: string, options: DiscoverOptions): DiscoveredFiles {
  const matcher = createIgnoreMatcher([...DEFAULT_EXCLUDE, ...(options.exclude ?? [])]);
  const pages: DiscoveredPage[] = [];
  const assets: string[] = [];
  const messages: DiscoverMessage[] = [];
  const metaFiles: string[] = [];
  const pagesFiles: string[] = [];
  // Symlinked folders are followed (os.walk(followlinks=True)); one pointing back at a folder
  // above it is skipped, so a link loop cannot recurse forever.
  const walk = (folder: string, relative: string, above: ReadonlySet<string>): void => {
    const real = realpathSync(folder);
    if (above.has(real)) return;
    const chain = new Set(above).add(real);
    const entries = readdirSync(folder, { withFileTypes: true });
    const files: string[] = [];
    const folders: string[] = [];
    for (const entry of entries) {
      const src = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const isFolder = isDirectory(entry, path.join(folder, entry.name));
      if (isFolder === undefined) {
        if (entry.isSymbolicLink() && !matcher.ignores(src, false)) messages.push({ severity: 'warning', message: 'broken symbolic link (its target does not exist or loops): skipped', file: src });
        continue;
      }
      // Read by the meta plugin whatever the exclusions (`.meta.yml` is a dotfile), never published.
      if (!isFolder && entry.name === options.metaFile) {
        metaFiles.push(src);
        continue;
      }
      // Read by awesome-pages (awesome-nav) whatever the exclusions. `.pages` (`.nav.yml`) is a dotfile, so MkDocs never
      // publishes it; a `filename` that is not one is copied like any file, as with MkDocs.
      if (!isFolder && entry.name === options.pagesFile) pagesFiles.push(src);
      if (matcher.ignores(src, isFolder)) continue;
      if (!isFolder && options.excludeFile?.(src) === true) continue;
      (isFolder ? folders : files).push(entry.name);
    }
    files.sort(compareFileNames);
    folders.sort(compareCodePoints);

    // Two files with one output (README.md and index.md -> index.html): the later one wins.
    const byDest = new Map<string, string>();
    const chosen: string[] = [];
    const isPage = (src: string) => isMarkdownFile(src) || options.isPlugInPage?.(src) === true;
    for (const name of files) {
      const src = relative === '' ? name : `${relative}/${name}`;
      const dest = isPage(src) ? pageDest(src, options.useDirectoryUrls) : src;
      const previous = byDest.get(dest);
      if (previous !== undefined) {
        messages.push({ severity: 'warning', message: `excluding '${previous}' from the site because it conflicts with '${src}'`, file: previous });
        chosen.splice(chosen.indexOf(previous), 1);
      }
      byDest.set(dest, src);
      chosen.push(src);
    }
    for (const src of chosen) {
      if (isPage(src)) pages.push(discoveredPage(src, options.useDirectoryUrls));
      else assets.push(src);
    }
    for (const name of folders) walk(path.join(folder, name), relative === '' ? name : `${relative}/${name}`, chain);
  };

  walk(docsDir, '', new Set());
  return { pages: withoutLaterConflicts(pages, messages), assets, metaFiles, pagesFiles, messages };
}

/**
 * Two pages of different folders with one output (`a.md` and `a/index.md` -> `a/index.html`):
 * MkDocs writes both and the later silently overwrites the earlier. We keep the same winner (the
 * later in walk order) and say which page is dropped, so no page disappears without a word.
 */
function withoutLaterConflicts(pages: DiscoveredPage[], messages: DiscoverMessage[]): DiscoveredPage[] {
  const last = new Map<string, DiscoveredPage>();
  for (const page of pages) last.set(page.dest, page);
  if (last.size === pages.length) return pages;
  return pages.filter((page) => {
    const winner = last.get(page.dest);
    if (winner === page || winner === undefined) return true;
    messages.push({ severity: 'warning', message: `excluding '${page.src}' from the site because its output '${page.dest}' is also the output of '${winner.src}'`, file: page.src });
    return false;
  });
}

/** Follows symlinks; undefined for what is neither a file nor a folder (or a broken link). */
function isDirectory(entry: Dirent, full: string): boolean | undefined {
  if (entry.isDirectory()) return true;
  if (entry.isFile()) return false;
  try {
    const stats = statSync(full);
    return stats.isDirectory() ? true : stats.isFile() ? false : undefined;
  } catch {
    return undefined;
  }
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

function isIndexName(name: string): boolean {
  const base = stem(name);
  return base === 'index' || base === 'README';
}

/** MkDocs' `_file_sort_key`: index/README first, then by name (code points, like Python). */
function compareFileNames(a: string, b: string): number {
  const indexA = isIndexName(a);
  const indexB = isIndexName(b);
  if (indexA !== indexB) return indexA ? -1 : 1;
  return compareCodePoints(a, b);
}


export function pageDest(src: string, useDirectoryUrls: boolean): string {
  const slash = src.lastIndexOf('/');
  const parent = slash === -1 ? '' : src.slice(0, slash + 1);
  const name = isIndexName(src.slice(slash + 1)) ? 'index' : stem(src.slice(slash + 1));
  if (!useDirectoryUrls || name === 'index') return `${parent}${name}.html`;
  return `${parent}${name}/index.html`;
}

/** The page `src` is (its URL and output file); the blog plugin gives posts another `src` to take theirs from. */
export function discoveredPage(src: string, useDirectoryUrls: boolean): DiscoveredPage {
  const dest = pageDest(src, useDirectoryUrls);
  let url = dest;
  if (useDirectoryUrls && (dest === 'index.html' || dest.endsWith('/index.html'))) url = dest.slice(0, -'index.html'.length);
  return { src, url: quoteUrl(url), dest, isIndex: isIndexName(src.slice(src.lastIndexOf('/') + 1)) };
}

/** Python's `urllib.parse.quote(url)`: everything but letters, digits, `_.-~` and `/` is %-encoded. */
export function quoteUrl(url: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(url)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~/-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
