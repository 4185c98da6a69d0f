/**
 * navigation.instant: a click on a link to another page of the site loads that page in place,
 * as Material does, instead of reloading everything. The page is fetched, parsed, and its parts
 * swapped in (instant-swap.ts); the behaviours on the content run again (lifecycle.ts). The
 * header, the palette choice and the search dialog (its query, results and loaded index) stay.
 *
 *   click ─▶ fetch ─▶ parse ─▶ pushState ─▶ leavePage ─▶ swap ─▶ enterPage ─▶ scroll
 *   back/forward (popstate) ─▶ the same, without pushState, to the scroll position it left
 *
 * Why our own and not Astro's client router: that one replaces the whole body (the header and
 * its open search dialog with it, unless every part is marked to persist), adds its runtime to
 * every page, and knows nothing of Material's regions; this swaps exactly Material's, in about
 * 2 kB loaded only by sites that list the feature. Anything unusual (a file, another origin, a
 * failed or non-HTML response, a page not drawn by this theme) falls back to a normal load.
 */
import { emitDocument, emitLocation } from './globals.ts';
import { enterPage, leavePage } from './lifecycle.ts';
import { anchorTarget, instantTarget, PLAIN_CLICK, progressPercent } from './instant-links.ts';
import { sitePages, type FetchedPage } from './instant-prefetch.ts';
import { startProgress, type Progress } from './progress.ts';
import { isThemePage, linkStylesheets, swapPage } from './instant-swap.ts';

interface Scroll {
  readonly x: number;
  readonly y: number;
}

/** The scroll position kept in a history entry's state, beside what others keep there. */
function savedScroll(state: unknown): Scroll | undefined {
  if (typeof state !== 'object' || state === null || !('scroll' in state)) return undefined;
  const scroll = state.scroll;
  if (typeof scroll !== 'object' || scroll === null || !('x' in scroll) || !('y' in scroll)) return undefined;
  return typeof scroll.x === 'number' && typeof scroll.y === 'number' ? { x: scroll.x, y: scroll.y } : undefined;
}

/** Writes the scroll position into the current history entry, keeping its other state. */
function saveScroll(): void {
  const state: unknown = history.state;
  const rest = typeof state === 'object' && state !== null ? state : {};
  history.replaceState({ ...rest, scroll: { x: window.scrollX, y: window.scrollY } }, '');
}

/** Where a page shown in place starts: where it was left, else its anchor, else the top. */
function restoreScroll(scroll: Scroll | undefined, hash: string): void {
  if (scroll) return window.scrollTo(scroll.x, scroll.y);
  const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (target) target.scrollIntoView();
  else window.scrollTo(0, 0);
}

/** The body as text, reporting progress as it arrives when the bar is on. */
async function readBody(response: Response, progress: Progress | undefined): Promise<string> {
  if (!progress || !response.body) return response.text();
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    received += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
    progress.update(progressPercent(received, total));
  }
  return text + decoder.decode();
}

/** A page of the site as HTML text, with the address it ended at; throws on anything else. */
async function fetchPage(url: URL, signal: AbortSignal, progress: Progress | undefined): Promise<FetchedPage> {
  const response = await fetch(url, { signal, headers: { Accept: 'text/html' } });
  if (!response.ok || !/html/.test(response.headers.get('content-type') ?? '')) throw new Error(`${response.status}`);
  return { url: response.url, text: await readBody(response, progress) };
}

export function initInstant(options: { readonly progress: boolean; readonly prefetch: boolean }): void {
  if (location.protocol === 'file:') return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const bar = options.progress ? document.querySelector<HTMLElement>('[data-md-component="progress"]') : null;
  const parser = new DOMParser();
  // The document shown: a popstate to another entry of it only scrolls.
  let shown = new URL(location.href);
  let loading: AbortController | undefined;
  const prefetch = sitePages;

  // Scroll positions are ours to restore: the browser's would jump before the new page is in.
  // A real unload (reload, another site) gives it back to the browser, which restores a reload.
  history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', () => { history.scrollRestoration = 'auto'; });
  window.addEventListener('pageshow', () => { history.scrollRestoration = 'manual'; });

  /** Loads `url` in place; `push` adds a history entry (a click), a popstate does not. */
  const load = async (url: URL, push: boolean, scroll: Scroll | undefined) => {
    loading?.abort();
    const mine = new AbortController();
    loading = mine;
    const progress = bar ? startProgress(bar) : undefined;
    try {
      // A page fetched ahead on hover (navigation.instant.prefetch) is taken as it is.
      const page = (await prefetch.take(url)) ?? (await fetchPage(url, mine.signal, progress));
      const next = parser.parseFromString(page.text, 'text/html');
      if (!isThemePage(next)) throw new Error('not a page of this site');
      // The sheets of what the next page shows (tabs, footnotes…) are loaded before it is shown.
      await linkStylesheets(document, next);
      if (mine !== loading) return;
      // A redirect (`/guide` -> `/guide/`) shows the address it ended at, with the link's anchor.
      const final = new URL(page.url || url.href);
      final.hash = url.hash;
      if (push) {
        saveScroll();
        history.pushState(null, '', final);
      }
      shown = final;
      leavePage();
      swapPage(document, next);
      enterPage();
      // The site's own scripts subscribed to Material's document$ (src/theme/observables.js) run again.
      emitDocument();
      restoreScroll(scroll, final.hash);
      // The focused link went with the old content: start keyboard users at the new content.
      if (document.activeElement === document.body || !document.activeElement) document.getElementById('__main')?.focus({ preventScroll: true });
    } catch (error) {
      if (mine.signal.aborted) return;
      // Whatever went wrong, the browser's own load shows what there is (an error page too).
      if (push) location.assign(url);
      else location.reload();
      reportError(error);
    } finally {
      progress?.finish();
      if (loading === mine) loading = undefined;
    }
  };

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = instantTarget(
      { href: link.href, target: link.target, download: link.hasAttribute('download') },
      event,
      location.href,
      base,
    );
    if (!target) {
      // An anchor on this page: the browser scrolls; keep where we were for the way back.
      if (!event.defaultPrevented) saveScroll();
      // Material's instant navigation routes these through location$ too.
      const anchor = anchorTarget(link.href, event, location.href);
      if (anchor) emitLocation(anchor);
      return;
    }
    event.preventDefault();
    emitLocation(target);
    void load(target, true, undefined);
  });

  // navigation.instant.prefetch: a page of the site is fetched when the pointer rests on a link to
  // it (or a finger touches one), so the click finds it loaded.
  if (options.prefetch) {
    const ahead = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const target = instantTarget({ href: link.href, target: link.target, download: link.hasAttribute('download') }, PLAIN_CLICK, location.href, base);
      if (target) prefetch.start(target);
    };
    document.addEventListener('mouseover', ahead, { passive: true });
    document.addEventListener('touchstart', ahead, { passive: true });
  }

  window.addEventListener('popstate', (event) => {
    // A page still loading from a click is not wanted any more.
    loading?.abort();
    const here = new URL(location.href);
    const scroll = savedScroll(event.state);
    emitLocation(here);
    if (here.pathname === shown.pathname && here.search === shown.search) {
      restoreScroll(scroll, here.hash);
      return;
    }
    void load(here, false, scroll);
  });

  // Kept up to date while reading, so back and forward land where the reader left each page
  // (popstate comes after the entry left is no longer current: too late to save it then).
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(timer);
    timer = setTimeout(saveScroll, 100);
  }, { passive: true });
}
