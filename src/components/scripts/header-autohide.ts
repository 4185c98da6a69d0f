/** Scroll distance, in pixels, that counts as a change of direction: less is jitter. */
const AUTOHIDE_SLACK = 10;

/**
 * header.autohide: the header slides away (`md-header--hidden`) while the reader scrolls down
 * past it and comes back on the first scroll up, or when keyboard focus moves into it. Loaded
 * only by sites that list the feature (src/layouts/Page.astro).
 */
export function initHeaderAutohide(): void {
  const header = document.querySelector<HTMLElement>('[data-md-component="header"]');
  if (!header) return;
  let anchor = window.scrollY;
  window.addEventListener('scroll', () => {
    const y = window.scrollY;
    if (Math.abs(y - anchor) < AUTOHIDE_SLACK) return;
    header.classList.toggle('md-header--hidden', y > anchor && y > header.offsetHeight);
    anchor = y;
  }, { passive: true });
  header.addEventListener('focusin', () => header.classList.remove('md-header--hidden'));
}
