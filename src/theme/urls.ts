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

