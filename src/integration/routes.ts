/**
 * How pages travel through Astro without Astro ever seeing their names.
 *
 * Astro's router mangles or refuses file names that MkDocs accepts (spaces, `%`, `#`, `?`,
 * quotes, non-ASCII letters) and reserves `404`. So every page is rendered at an opaque route,
 * `mkdocs-astro-page/p<N>` (N: the page's place in the model), and after the build `placePages`
 * moves each file to the `dest` MkDocs gives it (`Getting Started/index.html`). In `serve`,
 * `devRoutes` maps a requested URL back to the route, so the dev server answers MkDocs' URLs too.
 */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeFolders } from './copy-files.ts';

/** The folder of src/pages/ holding the page route; no site file can be written there first. */
export const ROUTE_DIR = 'mkdocs-astro-page';

/**
 * Moves each page Astro wrote (`<out>/mkdocs-astro-page/p<N>.html`) to `<out>/<dest>`. The route
 * folder is first moved out of the site (to `scratch`), so a docs folder that happens to share
 * its name cannot be mixed up with it. Returns how many pages were placed.
 */
export function placePages(out: string, scratch: string, pages: ReadonlyArray<{ readonly route: string; readonly dest: string }>): number {
  // Every page reused from the last build (src/integration/page-reuse.ts): Astro rendered none.
  if (pages.length === 0) return 0;
  const rendered = path.join(scratch, 'pages');
  renameSync(path.join(out, ROUTE_DIR), rendered);
  const targets = pages.map((page) => ({ route: page.route, target: path.join(out, ...page.dest.split('/')) }));
  makeFolders(targets.map(({ target }) => path.dirname(target)));
  let placed = 0;
  for (const { route, target } of targets) {
    renameSync(path.join(rendered, `${route}.html`), target);
    placed++;
  }
  rmSync(rendered, { recursive: true, force: true });
  return placed;
}

/**
 * `serve`: the route of the page a request path (under the base path, percent-encoded as sent)
 * asks for: its URL exactly, without its trailing slash, or with `index.html`.
 */
export function devRoutes(pages: ReadonlyArray<{ readonly url: string; readonly route: string }>): (requestPath: string) => string | undefined {
  const byPath = new Map<string, string>();
  for (const page of pages) {
    const url = safeDecode(page.url);
    byPath.set(url, page.route);
    if (url.endsWith('/')) {
      byPath.set(url.slice(0, -1), page.route);
      byPath.set(`${url}index.html`, page.route);
    }
    if (url === '') byPath.set('index.html', page.route);
  }
  return (requestPath) => byPath.get(safeDecode(requestPath));
}

/** decodeURIComponent, or the value as it is when it holds a malformed escape. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
