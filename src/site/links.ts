/**
 * MkDocs' link handling, as a pure module: relative links to `.md` files become the target
 * page's URL (relative to the linking page, as MkDocs writes them), links to static files stay
 * relative, everything else is left alone. `checkLinks` reports missing pages and anchors.
 *
 *   resolve('../vpn.md#setup', 'basics/threat-modeling.md')  // '../../vpn/#setup'
 */
import path from 'node:path';
import type { DocsFiles, PageLink } from '../markdown/index.ts';
import type { I18nIndex } from './i18n-files.ts';

export interface LinkTarget {
  /** Site-relative URL of the page, e.g. `os/` or `os.html` or `` for the home page. */
  readonly url: string;
}

export interface LinkIndex {
  /** docs-relative `.md` path -> page. */
  readonly pages: ReadonlyMap<string, LinkTarget>;
  /** docs-relative paths of docs_dir's own static files (MkDocs rewrites links to these). */
  readonly docsFiles: ReadonlySet<string>;
  /** Site-relative paths of every static file (docs, theme custom_dir, the project's assets/). */
  readonly files: ReadonlySet<string>;
  /**
   * The i18n plugin's languages: a link to a page (`about.md`) from a page of one language goes
   * to that language's version of it (`about.fr.md`), as the plugin's `get_file_from_path` finds it.
   */
  readonly i18n?: I18nIndex | undefined;
}

export interface LinkProblem {
  /** MkDocs 1.6's `validation.links` key deciding how loudly this is reported. */
  readonly kind: 'not_found' | 'anchors' | 'unrecognized_links' | 'absolute_links';
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

interface Parsed {
  readonly pathPart: string;
  readonly suffix: string;
  readonly anchor: string | undefined;
}

/** Links with a scheme (`https:`, `mailto:`), protocol-relative, absolute or pure anchors are not ours. */
function parse(href: string): Parsed | undefined {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const cut = href.search(/[?#]/);
  const pathPart = cut === -1 ? href : href.slice(0, cut);
  const suffix = cut === -1 ? '' : href.slice(cut);
  const hash = suffix.indexOf('#');
  return { pathPart: safeDecode(pathPart), suffix, anchor: hash === -1 ? undefined : suffix.slice(hash + 1) };
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/**
 * The docs-relative path a link points at, as MkDocs' `_target_uri` computes it with
 * `posixpath.normpath`, which also drops a trailing slash: `page.md/#setup` means `page.md`.
 */
export function docsTarget(fromSrc: string, pathPart: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromSrc), pathPart));
  return joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

/** The page URL of a docs-relative source path, as the linking page sees it. */
export function pageDirectory(url: string): string {
  return url === '' || url.endsWith('/') ? url : path.posix.dirname(url) === '.' ? '' : `${path.posix.dirname(url)}/`;
}

/** `from` and `to` are site-relative URLs; the result is what MkDocs writes into the page. */
export function relativeUrl(from: string, to: string): string {
  const fromDir = `/${pageDirectory(from)}`;
  const target = `/${to}`;
  let relative = path.posix.relative(fromDir, target);
  if (relative === '') relative = '.';
  if (to === '' || to.endsWith('/')) relative += '/';
  return relative.replace(/^\.\/(?=.)/, '').replace(/\/\/$/, '/');
}

export function createLinkResolver(index: LinkIndex) {
  const urlOf = (src: string): string | undefined => index.pages.get(src)?.url;
  return function resolve(href: string, fromSrc: string): string | undefined {
    const parsed = parse(href);
    const from = urlOf(fromSrc);
    if (!parsed || from === undefined || parsed.pathPart === '') return undefined;
    const target = localTarget(index, fromSrc, docsTarget(fromSrc, parsed.pathPart));
    // A page's source: a `.md` file, or a file a plugin makes a page (mkdocs-jupyter's `.ipynb`).
    const page = /\.md$/i.test(target) || index.pages.has(target) ? urlOf(target) : undefined;
    if (page !== undefined) return relativeUrl(from, page) + parsed.suffix;
    // An asset of a multilingual site: the file of the page's language, where the plugin writes it.
    const asset = localAsset(index, fromSrc, target);
    if (asset !== undefined) return relativeUrl(from, asset) + parsed.suffix;
    // Files of docs_dir: MkDocs makes the link relative to the page's URL.
    if (index.docsFiles.has(target)) return relativeUrl(from, target) + parsed.suffix;
    // Anything else (theme or project assets) is left as written, as MkDocs does; see `assetAliases`.
    return undefined;
  };
}

/** `target` in the language of the page at `fromSrc` (the i18n plugin), else `target`. */
export function localTarget(index: Pick<LinkIndex, 'i18n'>, fromSrc: string, target: string): string {
  const language = index.i18n?.languageOf[fromSrc];
  return (language === undefined ? undefined : index.i18n?.variants[target]?.[language]) ?? target;
}

/** The site-relative file the asset `target` shows for the page at `fromSrc` (the i18n plugin); undefined without the plugin. */
function localAsset(index: Pick<LinkIndex, 'i18n'>, fromSrc: string, target: string): string | undefined {
  const language = index.i18n?.languageOf[fromSrc];
  return language === undefined ? undefined : index.i18n?.assets?.[target]?.[language];
}

/** The site's files as the renderer sees them (MkDocs' `Files`): pages and docs_dir's own static files. */
export function docsFilesOf(index: LinkIndex, useDirectoryUrls: boolean): DocsFiles {
  return {
    has: (src) => index.pages.has(src) || index.docsFiles.has(src),
    pageUrl: (src) => index.pages.get(src)?.url,
    useDirectoryUrls,
  };
}

export interface CheckInput {
  readonly src: string;
  readonly links: readonly PageLink[];
}

/** Missing `.md` targets and anchors; `idsOf(src)` gives the ids of a rendered page. */
export function checkLinks(page: CheckInput, index: LinkIndex, idsOf: (src: string) => ReadonlySet<string> | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const link of page.links) {
    const at = { line: link.line, column: link.column };
    if (link.href.startsWith('#')) {
      const anchor = safeDecode(link.href.slice(1));
      if (anchor !== '' && !idsOf(page.src)?.has(anchor)) problems.push({ kind: 'anchors', message: `link to "${link.href}": no such anchor on this page`, ...at });
      continue;
    }
    if (/^[/\\](?![/\\])/.test(link.href)) {
      problems.push({ kind: 'absolute_links', message: `link to "${link.href}": an absolute link, left as is`, ...at });
      continue;
    }
    const parsed = parse(link.href);
    if (!parsed || parsed.pathPart === '') continue;
    const target = localTarget(index, page.src, docsTarget(page.src, parsed.pathPart));
    if (/\.md$/i.test(target) || index.pages.has(target)) {
      if (!index.pages.has(target)) {
        problems.push({ kind: 'not_found', message: `link to "${link.href}": the page ${target} does not exist`, ...at });
      } else if (parsed.anchor !== undefined && parsed.anchor !== '' && !idsOf(target)?.has(safeDecode(parsed.anchor))) {
        problems.push({ kind: 'anchors', message: `link to "${link.href}": ${target} has no anchor "#${parsed.anchor}"`, ...at });
      }
    } else if (localAsset(index, page.src, target) === undefined && siteFileFor(parsed.pathPart, target, index) === undefined) {
      // As MkDocs 1.6 (Page.path_to_url): a link whose last part has no extension is an
      // "unrecognized" link (info by default), even when it is a page's URL written by hand
      // (`../vpn/`, which works, so we say which file it means); anything else is "not found".
      if (!hasExtension(parsed.pathPart)) {
        const page = pageAtUrl(target, index);
        const hint = page === undefined ? '' : ` (the URL of ${page}; link to the .md file so MkDocs checks it)`;
        problems.push({ kind: 'unrecognized_links', message: `link to "${link.href}": an unrecognized relative link, left as is${hint}`, ...at });
      } else {
        problems.push({ kind: 'not_found', message: `link to "${link.href}": ${target} is not a page or file of this site`, ...at });
      }
    }
  }
  return problems;
}

/** The page whose URL a hand-written `../vpn/` link names, if any. */
function pageAtUrl(target: string, index: LinkIndex): string | undefined {
  const withSlash = target === '.' ? '' : target.endsWith('/') ? target : `${target}/`;
  for (const [src, page] of index.pages) if (page.url === withSlash || page.url === target) return src;
  return undefined;
}

/** The site file a non-page link means: docs-relative first, then from the site root. */
function siteFileFor(pathPart: string, target: string, index: LinkIndex): string | undefined {
  if (index.files.has(target)) return target;
  const fromRoot = path.posix.normalize(pathPart);
  return index.files.has(fromRoot) ? fromRoot : undefined;
}

export interface AssetAlias {
  /** Site-relative path of the existing file. */
  readonly file: string;
  /** Site-relative path where the browser will ask for it. */
  readonly at: string;
}

/**
 * Links MkDocs leaves as written (theme or project assets, e.g. `assets/img/x.svg` written as if
 * from the site root) still have to load in a browser, from the page's real URL. We keep the
 * markup exactly as MkDocs writes it and place a copy of the file where the browser looks, so the
 * site works on any static host without rewriting (Privacy Guides' content relies on this).
 */
export function assetAliases(page: CheckInput, index: LinkIndex): AssetAlias[] {
  const from = index.pages.get(page.src)?.url;
  if (from === undefined) return [];
  const aliases: AssetAlias[] = [];
  for (const link of page.links) {
    const parsed = parse(link.href);
    if (!parsed || parsed.pathPart === '' || /\.md$/i.test(parsed.pathPart)) continue;
    const target = docsTarget(page.src, parsed.pathPart);
    if (index.docsFiles.has(target) || localAsset(index, page.src, target) !== undefined) continue;
    const file = siteFileFor(parsed.pathPart, target, index);
    if (file === undefined) continue;
    const at = path.posix.normalize(path.posix.join(pageDirectory(from), parsed.pathPart));
    if (at.startsWith('../') || at === file || index.files.has(at)) continue;
    aliases.push({ file, at });
  }
  return aliases;
}

/**
 * Whether the link's path, as written, has an extension by Python's `posixpath.splitext` (what
 * MkDocs tests): in its last part, a dot after the leading dots. `../`, `..`, `./` and `.config`
 * have none; `a.` has one. Tested before normalizing: `../` from sub/page.md names the docs root
 * `.`, which would look like a dot.
 */
function hasExtension(linkPath: string): boolean {
  const last = linkPath.slice(linkPath.lastIndexOf('/') + 1).replace(/^\.+/, '');
  return last.includes('.');
}
