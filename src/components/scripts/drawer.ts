/**
 * Small behaviours of the drawer and the toggles: Escape closes the drawer, following a link
 * inside it closes it, and Enter on a focused nav section checkbox toggles it like Space.
 */
export function initDrawer(): void {
  const drawer = document.getElementById('__drawer');
  if (!(drawer instanceof HTMLInputElement)) return;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && drawer.checked) {
      drawer.checked = false;
      // Back to the checkbox behind the menu button: its focus ring is drawn on the button.
      drawer.focus();
    }
  });
  document.querySelector('.md-sidebar--primary')?.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) drawer.checked = false;
  });
  for (const toggle of document.querySelectorAll<HTMLInputElement>('input.md-nav__toggle, input.md-toggle#__drawer')) {
    toggle.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      toggle.click();
    });
  }
}
