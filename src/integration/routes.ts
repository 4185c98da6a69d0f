/**
 * Page URL -> Astro route param, and back to MkDocs' file names.
 *
 * `vpn/` -> `vpn` (directory format), `os/android.html` -> `os/android` (file format), the home
 * page -> undefined. With use_directory_urls: false, MkDocs writes `sub/index.md` to
 * `sub/index.html`, but Astro folds a trailing `/index` into `/sub` (-> `sub.html`), so such pages
 * get a placeholder name that `renameIndexPages` moves back after the build.
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';

const PLACEHOLDER = '__index__';

export function routeSlug(url: string): string | undefined {
  if (url === '' || url === 'index.html') return undefined;
  if (url.endsWith('/index.html')) return `${url.slice(0, -'index.html'.length)}${PLACEHOLDER}`;
  return url.replace(/\/$/, '').replace(/\.html$/, '');
}

export function renameIndexPages(outDir: string, urls: readonly string[]): void {
  for (const url of urls) {
    if (!url.endsWith('/index.html')) continue;
    const from = path.join(outDir, `${url.slice(0, -'index.html'.length)}${PLACEHOLDER}.html`);
    if (existsSync(from)) renameSync(from, path.join(outDir, url));
  }
}
