/**
 * navigation.instant's rules, pure (no DOM) so they are unit-tested: which clicks load the
 * next page in place, and how far the progress bar has come.
 *
 *   /guide/code/          page of the site            -> loaded in place
 *   /guide/code.html      page (use_directory_urls: false) -> loaded in place
 *   /guide/               the very page shown, or #id  -> the browser's own (scroll, reload)
 *   /files/report.pdf     a file                        -> the browser's own
 *   https://other.org/    another origin, or outside the site's base path -> the browser's own
 */

/** What the click handler reads off the link. */
export interface LinkFacts {
  /** The resolved address (`a.href`). */
  readonly href: string;
  /** `a.target`: anything but empty or `_self` opens elsewhere. */
  readonly target: string;
  /** The link has a `download` attribute. */
  readonly download: boolean;
}

/** What the click handler reads off the click. */
export interface ClickFacts {
  readonly button: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/**
 * The address to load in place, or undefined when the browser should follow the link itself.
 *
 * @param here the address shown now (`location.href`)
 * @param base the site's base path with a trailing slash (`/`, `/guide/`)
 * @example instantTarget({ href: 'http://x/guide/b/', target: '', download: false }, plainClick, 'http://x/guide/a/', '/guide/') // URL http://x/guide/b/
 */
export function instantTarget(link: LinkFacts, click: ClickFacts, here: string, base: string): URL | undefined {
  if (click.defaultPrevented || click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return undefined;
  if ((link.target !== '' && link.target !== '_self') || link.download) return undefined;
  let url: URL;
  try {
    url = new URL(link.href, here);
  } catch {
    return undefined;
  }
  const current = new URL(here);
  if (url.origin !== current.origin || !/^https?:$/.test(url.protocol)) return undefined;
  if (!url.pathname.startsWith(base)) return undefined;
  if (!isPagePath(url.pathname)) return undefined;
  // The page shown: an anchor scrolls natively, a link to itself reloads as it always did.
  if (url.pathname === current.pathname && url.search === current.search) return undefined;
  return url;
}

/** The facts of a plain left click: what a hover stands for when deciding what to prefetch. */
export const PLAIN_CLICK: ClickFacts = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

/**
 * A plain click on a link to an anchor of the page shown (`#id`, or the page's own address with
 * one): the address it goes to, which Material's instant navigation emits on `location$` while
 * the browser scrolls; undefined for anything else.
 *
 * @example anchorTarget('http://x/a/#b', plainClick, 'http://x/a/') // URL http://x/a/#b
 */
export function anchorTarget(href: string, click: ClickFacts, here: string): URL | undefined {
  if (click.defaultPrevented || click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return undefined;
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return undefined;
  }
  const current = new URL(here);
  const samePage = url.origin === current.origin && url.pathname === current.pathname && url.search === current.search;
  return samePage && url.hash.length > 1 ? url : undefined;
}

/**
 * A path the site draws a page at: a folder (`/guide/`), an `.html` file, or a last segment
 * without an extension (a server redirects `/guide` to `/guide/`). Anything else is a file.
 *
 * @example isPagePath('/guide/code.html') // true
 * @example isPagePath('/files/report.pdf') // false
 */
export function isPagePath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || /\.html?$/i.test(last) || !last.includes('.');
}

/**
 * How far the bar is, in percent, while a page downloads: the share of bytes received when
 * the size is known, else a curve that nears 90 % and never reaches it. Stays between 1 and 99:
 * 0 and 100 are the bar's hidden states (the stylesheet fades it there).
 *
 * @example progressPercent(50_000, 100_000) // 50
 */
export function progressPercent(received: number, total: number | undefined): number {
  const share = total !== undefined && total > 0 ? (received / total) * 100 : 90 * (1 - Math.exp(-received / 100_000));
  return Math.min(99, Math.max(1, Math.round(share)));
}

/**
 * The page an instant preview of a link fetches (its anchor kept, to pick the section), or
 * undefined when the link has none: another origin or scheme, outside the site's base path, or
 * a file rather than a page. Unlike a click, the page shown qualifies (`#id` previews a section
 * of it), as Material's previews take any page its sitemap lists.
 *
 * @example previewTarget('http://x/guide/b/#y', 'http://x/guide/a/', '/guide/') // URL http://x/guide/b/#y
 */
export function previewTarget(href: string, here: string, base: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(here).origin || !/^https?:$/.test(url.protocol)) return undefined;
  return url.pathname.startsWith(base) && isPagePath(url.pathname) ? url : undefined;
}
