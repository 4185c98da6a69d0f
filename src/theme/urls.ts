/**
 * Links the theme draws. Page URLs in the model are site-relative without a leading slash
 * (`vpn/`, `os/android.html`, `` for home); the theme prefixes Astro's base so a site served
 * under `/en/` links correctly from any depth.
 */

/** The base path with exactly one trailing slash. */
export function normalizeBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Absolute-path link to a site-relative URL; external URLs and anchors pass through. */
export function siteHref(base: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) return url;
  if (url.startsWith('/')) return url;
  return normalizeBase(base) + url;
}

/**
 * An `extra.alternate` link as Material's `{{ alt.link | url }}` makes it: a URL or an absolute
 * path as written, a relative link relative to the site's root (`fr/` under `/en/` is
 * `/en/fr/`), with `.` and `..` resolved as the browser would (`../fr/` under `/en/` is `/fr/`).
 *
 * @example alternateHref('/en/', '../fr/') // '/fr/'
 */
export function alternateHref(base: string, link: string): string {
  const href = siteHref(base, link);
  if (href === link || !/(^|\/)\.\.?(\/|$|[?#])/.test(link)) return href;
  const url = new URL(href, 'http://site.invalid');
  return url.pathname + url.search + url.hash;
}

/**
 * content.action.view: the raw file behind a page's edit URL. Material swaps `blob` (when the
 * URL has `/blob/`) or else `edit` for `raw`; it swaps every occurrence, which also rewrites a
 * repository named `credit-notes`, so only the path segment is swapped here.
 *
 * @example viewUrl('https://github.com/o/r/edit/main/docs/a.md') // 'https://github.com/o/r/raw/main/docs/a.md'
 */
export function viewUrl(editUrl: string): string {
  const part = editUrl.includes('/blob/') ? '/blob/' : '/edit/';
  return editUrl.replace(part, '/raw/');
}
