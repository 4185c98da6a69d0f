/**
 * Small behaviours of the drawer and the toggles: Escape closes the drawer, following a link
 * inside it closes it, and Enter on a focused nav section checkbox toggles it like Space.
 * Runs again on each page navigation.instant shows; `signal` ends the last page's listeners.
 */
export function initDrawer(signal: AbortSignal): void {
  const drawer = document.getElementById('__drawer');
  if (!(drawer instanceof HTMLInputElement)) return;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && drawer.checked) {
      drawer.checked = false;
      // Back to the checkbox behind the menu button: its focus ring is drawn on the button.
      drawer.focus();
    }
  }, { signal });
  document.querySelector('.md-sidebar--primary')?.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) drawer.checked = false;
  }, { signal });
  for (const toggle of document.querySelectorAll<HTMLInputElement>('input.md-nav__toggle, input.md-toggle#__drawer')) {
    toggle.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      toggle.click();
    }, { signal });
  }
}
