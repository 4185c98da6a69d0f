/**
 * navigation.instant.prefetch: pages fetched ahead of a click, as Material's instant prefetching
 * starts loading a page when the pointer rests on a link to it (instant previews fetch through it too). One request per page address
 * (its anchor left out); the click that follows takes the page from here instead of fetching
 * it. Every navigation (a click, back or forward) takes its page and forgets all the others, as
 * Material drops its prefetches on navigation: a page hovered long ago is never shown in place of
 * the current one, and the next visit asks the server again. A prefetch that failed or gave
 * something other than HTML is forgotten too: the click then loads as usual.
 *
 *   hover /b/ ─▶ start(/b/) ─▶ fetch ──────────▶ { url, text }
 *   click /b/#x ─▶ take(/b/#x) ─▶ the same promise ─▶ swapped in
 */

/** A fetched page: the address it ended at (after redirects) and its HTML. */
export interface FetchedPage {
  readonly url: string;
  readonly text: string;
}

export interface Prefetch {
  /** Starts fetching `url` unless it is already on its way. */
  start(url: URL): void;
  /** The page fetched ahead for `url`, or undefined when there is none (or it failed); every other one is dropped. */
  take(url: URL): Promise<FetchedPage | undefined>;
  /**
   * The page for `url`, fetched now unless it is on its way, and kept: instant previews show a
   * part of it on every hover, and the click that follows takes it.
   */
  get(url: URL): Promise<FetchedPage | undefined>;
}

/** The page's address without its anchor: `/b/#x` and `/b/` are one page. */
export function pageKey(url: URL): string {
  const key = new URL(url.href);
  key.hash = '';
  return key.href;
}

export function createPrefetch(load: (url: URL) => Promise<Response> = (url) => fetch(url, { headers: { Accept: 'text/html' } })): Prefetch {
  const pages = new Map<string, Promise<FetchedPage | undefined>>();
  const start = (url: URL): void => {
    const key = pageKey(url);
    if (pages.has(key)) return;
    const page = load(new URL(key)).then(
      async (response) => (response.ok && /html/.test(response.headers.get('content-type') ?? '') ? { url: response.url, text: await response.text() } : undefined),
      () => undefined,
    );
    pages.set(key, page);
  };
  return {
    start,
    async get(url) {
      start(url);
      return pages.get(pageKey(url));
    },
    async take(url) {
      const key = pageKey(url);
      const page = pages.get(key);
      pages.clear();
      return page;
    },
  };
}

/**
 * The visit's one cache of pages fetched ahead: navigation.instant's prefetch and click, and
 * instant previews (preview.ts), share it, so a page previewed is not fetched again to go there.
 */
export const sitePages: Prefetch = createPrefetch();
