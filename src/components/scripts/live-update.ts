/**
 * `serve` only: shows a page's new content in place when a save changed only what pages show
 * (their Markdown, an included file, a `.meta.yml`: the dev server says so with the
 * `mkdocs-astro:pages` event), instead of reloading everything. A reload asks for some forty
 * files again, and the theme's palette script holds the parser until the stylesheets are in;
 * this fetches the page alone and swaps its parts in, as navigation.instant does
 * (instant-swap.ts), at the same scroll position. Anything unusual (a failed or non-HTML
 * response, a page not drawn by this theme) falls back to a full reload, as every other change
 * (mkdocs.yml, a stylesheet, a template, the page list) does.
 *
 *   save ─▶ server updates the site ─▶ mkdocs-astro:pages ─▶ fetch ─▶ parse ─▶ leavePage ─▶ swap ─▶ enterPage
 */
import { enterPage, leavePage } from './lifecycle.ts';
import { isThemePage, swapPage } from './instant-swap.ts';

/** The part of Vite's `import.meta.hot` used here (undefined outside the dev server). */
interface HotChannel {
  on(event: string, listener: () => void): void;
}

export const PAGES_CHANGED = 'mkdocs-astro:pages';

export function startLiveUpdate(hot: HotChannel): void {
  // One update at a time; a save during one is shown by the next, which reads the page anew.
  let running = Promise.resolve();
  hot.on(PAGES_CHANGED, () => {
    running = running.then(showAgain);
  });
}

async function showAgain(): Promise<void> {
  try {
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`${response.status} ${response.statusText}`);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (!isThemePage(next) || !isThemePage(document)) throw new Error('not a page of this site');
    const { scrollX, scrollY } = window;
    leavePage();
    swapPage(document, next);
    enterPage();
    window.scrollTo(scrollX, scrollY);
  } catch {
    location.reload();
  }
}
