/**
 * The `redirects` plugin (mkdocs-redirects 1.2): for each `redirect_maps` entry `old: new`, a
 * small HTML file at the old page's place that sends the reader to the new one, written after
 * the site is built. Its rules, from mkdocs_redirects/plugin.py:
 *
 * - the old name is a docs-relative file; a Markdown name goes where MkDocs would write that page
 *   (`old.md` -> `old/index.html`), any other name is written as it is (`old.html`);
 * - the target is a URL (`http://`, `https://`, kept as it is) or a page of the site, given by its
 *   Markdown file with an optional `#anchor`: the link is relative from the old page's folder
 *   to the page's URL, with a trailing `/` under use_directory_urls;
 * - a target that is neither is a warning and no file is written.
 *
 * Unlike the plugin, an old name that is itself a page of the site keeps its page: the redirect
 * is not written over it (a warning says so), so every Markdown file still becomes one page.
 *
 *   redirectFiles({ 'old.md': 'guide/setup.md#install' }, pages, true)
 *   // { files: [{ dest: 'old/index.html', html: '…url=../guide/setup/#install…' }], problems: [] }
 */
import { isMarkdownFile, pageDest } from './discover.ts';

export interface RedirectFile {
  /** Site-relative path of the file to write. */
  readonly dest: string;
  readonly html: string;
}

/** The pages a redirect may point at: docs-relative source and MkDocs' URL (`` for the home page). */
export interface RedirectTarget {
  readonly src: string;
  readonly url: string;
  readonly dest: string;
}

/** The plugin's `redirect_maps` from its options, when it is listed and not switched off. */
export function redirectMaps(plugins: ReadonlyArray<{ readonly name: string; readonly options: Readonly<Record<string, unknown>> }>): Map<string, string> | undefined {
  const plugin = plugins.find((each) => each.name === 'redirects');
  if (!plugin || plugin.options['enabled'] === false) return undefined;
  const maps = plugin.options['redirect_maps'];
  const entries = typeof maps === 'object' && maps !== null && !Array.isArray(maps) ? Object.entries(maps) : [];
  return new Map(entries.map(([from, to]) => [from, String(to)]));
}

export function redirectFiles(maps: ReadonlyMap<string, string>, pages: readonly RedirectTarget[], useDirectoryUrls: boolean): { files: RedirectFile[]; problems: string[] } {
  const bySrc = new Map(pages.map((page) => [page.src, page]));
  const written = new Set(pages.map((page) => page.dest));
  const files: RedirectFile[] = [];
  const problems: string[] = [];
  for (const [from, to] of maps) {
    if (!isMarkdownFile(from)) problems.push(`redirects plugin: '${from}' is not a valid markdown file!`);
    const dest = isMarkdownFile(from) ? pageDest(from, useDirectoryUrls) : from;
    const [target = '', hash = ''] = splitHash(to);
    const page = bySrc.get(target);
    let url: string;
    if (/^https?:\/\//i.test(to)) url = to;
    else if (page) {
      // MkDocs' File.url: the home page is `./`.
      const relative = relpath(page.url === '' ? './' : page.url, dirname(dest));
      url = `${relative}${useDirectoryUrls ? '/' : ''}${hash}`;
    } else {
      problems.push(`Redirect target '${to}' does not exist!`);
      continue;
    }
    if (written.has(dest)) {
      problems.push(`redirects plugin: '${from}' is a page of this site: its redirect to '${to}' is not written over it`);
      continue;
    }
    files.push({ dest, html: redirectHtml(url) });
  }
  return { files, problems };
}

/** The plugin's HTML_TEMPLATE, the URL put in as it is (Python's str.format). */
function redirectHtml(url: string): string {
  return `
<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Redirecting...</title>
    <link rel="canonical" href="${url}">
    <script>var anchor=window.location.hash.substr(1);location.href="${url}"+(anchor?"#"+anchor:"")</script>
    <meta http-equiv="refresh" content="0; url=${url}">
</head>
<body>
You're being redirected to a <a href="${url}">new destination</a>.
</body>
</html>
`;
}

/** `path#rest` -> [path, '#rest'], as the plugin's _split_hash_fragment. */
function splitHash(value: string): [string, string] {
  const at = value.indexOf('#');
  return at === -1 ? [value, ''] : [value.slice(0, at), value.slice(at)];
}

function dirname(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/** Python's posixpath.relpath for two relative paths (from the same working folder). */
function relpath(target: string, start: string): string {
  const to = normalize(target);
  const from = normalize(start);
  let common = 0;
  while (common < to.length && common < from.length && to[common] === from[common]) common++;
  const parts = [...Array<string>(from.length - common).fill('..'), ...to.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/** The parts of a relative path with `.`, empty parts and `..` resolved (above the root is the root's parent, kept as `..`). */
function normalize(value: string): string[] {
  const parts: string[] = [];
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts;
}
