/**
 * The privacy plugin's view of a URL (Material 9.7, material/plugins/privacy/plugin.py): whether
 * it is external (another host than site_url's), whether `assets_include`/`assets_exclude` leave it
 * to the plugin, and the path its download gets under `assets_fetch_dir`.
 *
 *   assetPath('https://fonts.gstatic.com/s/roboto/v30/a.woff2')  // 'fonts.gstatic.com/s/roboto/v30/a.woff2'
 *   assetPath('https://unsplash.com/random?coffee')             // 'unsplash.com/random.6d3f1c8e' (a digest of the query)
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fnmatch } from '../shared/fnmatch.ts';
import type { PrivacyOptions } from './privacy-options.ts';

/** The URL parsed, or undefined when it is no absolute http(s) URL. */
export function httpUrl(value: string): URL | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * The plugin's `_is_external`: a host other than site_url's. Without site_url every absolute URL is
 * external, as the plugin compares with no host then.
 */
export function isExternal(url: URL, siteUrl: string | null | undefined): boolean {
  const site = siteUrl ? httpUrl(siteUrl) : undefined;
  return url.hostname !== (site?.hostname ?? '');
}

/**
 * `_map_url_to_path`: the URL's host (with its port, as Python's netloc has it) and normalized
 * path, each hidden part made visible (`/.x` → `/_x`, as MkDocs would skip it), and a query turned
 * into 8 hex digits of its SHA-1 before the extension (the same path may give another file for
 * another query). Decoded (`%20` is a space), as the plugin names the file.
 */
export function assetPath(url: URL): string {
  let pathname = path.posix.normalize(safeDecode(url.pathname) || '.').replace(/\/\./g, '/_');
  if (pathname.endsWith('/') && pathname.length > 1) pathname = pathname.slice(0, -1);
  const query = url.search.slice(1);
  if (query !== '') {
    const extension = path.posix.extname(pathname);
    const digest = createHash('sha1').update(query).digest('hex').slice(0, 8);
    pathname = `${pathname.slice(0, pathname.length - extension.length)}.${digest}${extension}`;
  }
  return `${url.host}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A site path as it is written in a URL: each character a URL cannot hold as it is, escaped. */
export function pathAsUrl(sitePath: string): string {
  return encodeURI(sitePath).replace(/[?#]/g, (char) => encodeURIComponent(char));
}

/**
 * `_is_excluded` for an external URL: with `assets_include`, only what one of its globs matches
 * is taken; else what an `assets_exclude` glob matches is left. Globs match `host/path`.
 */
export function takenByPlugin(url: URL, options: Pick<PrivacyOptions, 'include' | 'exclude'>): boolean {
  const target = assetPath(url);
  const matches = (pattern: string) => {
    const glob = fnmatch(pattern);
    return 'regex' in glob && glob.regex.test(target);
  };
  if (options.include.length > 0) return options.include.some(matches);
  return !options.exclude.some(matches);
}

/** The extension the plugin gives a download by its Content-Type, when its name lacks it. */
export const EXTENSIONS_BY_TYPE: Readonly<Record<string, string>> = {
  'application/javascript': '.js',
  'image/avif': '.avif',
  'image/gif': '.gif',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
  'text/javascript': '.js',
  'text/css': '.css',
};
