/**
 * A page's absolute URL under site_url, as MkDocs' `page.canonical_url` gives it: the theme's
 * `<link rel="canonical">` and the social plugin's `og:url` both draw it. Apart, so the head
 * component imports it without any plugin code.
 *
 * @example canonicalUrl('https://x.org/docs', 'a b/') // 'https://x.org/docs/a%20b/'
 */
export function canonicalUrl(siteUrl: string, pageUrl: string): string {
  return new URL(pageUrl, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
