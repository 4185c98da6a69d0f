/**
 * Follows the reader: marks the toc link of the last heading scrolled past
 * (`md-nav__link--active`, `aria-current`), keeps it in view inside the sidebar, and with
 * navigation.tracking puts its anchor in the address bar without adding history entries.
 */
export function initToc(): void {
  const nav = document.querySelector<HTMLElement>('.md-nav--secondary');
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a.md-nav__link[href^="#"]')];
  const targets = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (targets.length === 0) return;
  const tracking = nav.hasAttribute('data-md-tracking');
  let current: HTMLAnchorElement | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    // A heading counts as read once it passes below the sticky header.
    const offset = (document.querySelector('.md-header')?.getBoundingClientRect().height ?? 48) + 16;
    let active = targets[0];
    for (const item of targets) {
      if (item.target.getBoundingClientRect().top - offset <= 0) active = item;
      else break;
    }
    // The last sections may never reach the top: at the bottom of the page, the last one is read.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4) active = targets[targets.length - 1];
    if (window.scrollY < 8) active = undefined;
    const next = active?.link;
    if (next === current) return;
    current?.classList.remove('md-nav__link--active');
    current?.removeAttribute('aria-current');
    current = next;
    if (!current) {
      if (tracking && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
      return;
    }
    current.classList.add('md-nav__link--active');
    current.setAttribute('aria-current', 'location');
    const scroller = nav.closest<HTMLElement>('.md-sidebar__scrollwrap');
    if (scroller) {
      const box = current.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) scroller.scrollTop += box.top - view.top - view.height / 2;
    }
    if (tracking && location.hash !== current.hash) history.replaceState(history.state, '', current.hash);
  };
  window.addEventListener('scroll', () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  update();
}
