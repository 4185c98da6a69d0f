/**
 * The life of a page's behaviours. Each behaviour that works on the page's own content (the
 * article, the nav, the toc) registers with `onPage`: it runs at once and, with
 * navigation.instant, again after every page swap (instant.ts), on the new content. The signal
 * it gets is aborted when the page it was run for is swapped out: listeners it put on `window`
 * or `document` take it (`{ signal }`), observers disconnect on its `abort` event, so nothing of
 * an old page keeps running. Behaviours of what stays (header, palette, search dialog) run once
 * and need none of this.
 *
 *   load ── init(signal₁) ── click ── abort signal₁ ── swap ── init(signal₂) ── …
 */

type PageInit = (signal: AbortSignal) => void;

const inits: PageInit[] = [];
let current = new AbortController();

/** Runs `init` on the page shown now and on every page shown after it. */
export function onPage(init: PageInit): void {
  inits.push(init);
  init(current.signal);
}

/** The page is about to be swapped out: its behaviours stop. */
export function leavePage(): void {
  current.abort();
  current = new AbortController();
}

/**
 * A new page's content is in place: every behaviour runs on it, in registration order (the order
 * of the scripts in the page, as on a full load). One that throws does not stop the others.
 */
export function enterPage(): void {
  for (const init of inits) {
    try {
      init(current.signal);
    } catch (error) {
      reportError(error);
    }
  }
}
