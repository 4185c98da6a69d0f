/**
 * navigation.top: shows the back-to-top button while the reader scrolls up past the first
 * screen, hides it when scrolling down or near the top; clicking returns to the top and
 * moves focus to the skip link's target so keyboard users start over from the content.
 */
export function initTop(): void {
  const button = document.querySelector<HTMLButtonElement>('.md-top');
  if (!button) return;
  let last = window.scrollY;
  window.addEventListener('scroll', () => {
    const y = window.scrollY;
    button.hidden = !(y < last && y > window.innerHeight);
    last = y;
  }, { passive: true });
  button.addEventListener('click', () => {
    button.hidden = true;
    window.scrollTo({ top: 0 });
    document.getElementById('__main')?.focus({ preventScroll: true });
  });
}
