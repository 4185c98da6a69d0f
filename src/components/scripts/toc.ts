/** What the site's features ask of the toc (Material's `feature()` checks in its toc component). */
export interface TocOptions {
  /** toc.follow: each sidebar scrolls to keep the marked link in its middle. */
  readonly follow: boolean;
  /** The page has been scrolled already (this code loads on the first scroll, src/layouts/Page.astro). */
  readonly hasScrolled?: boolean | undefined;
}

/**
 * Follows the reader: marks the toc links of the last heading scrolled past
 * (`md-nav__link--active`, `aria-current`) in the sidebar toc and the drawer's, and with
 * navigation.tracking puts the anchor in the address bar without adding history entries. Only
 * with toc.follow does a sidebar scroll itself to show the marked link, as in Material: without
 * it the reader's own scroll position in the sidebar is left alone. With navigation.instant it
 * runs on each new page; `signal` ends the last page's scroll listener. Loaded on the page's
 * first scroll (src/layouts/Page.astro), which `hasScrolled` then says.
 */
export function initToc(signal: AbortSignal, options: TocOptions): void {
  const navs = [...document.querySelectorAll<HTMLElement>('.md-nav--secondary')];
  const sidebar = document.querySelector<HTMLElement>('.md-sidebar--secondary .md-nav--secondary');
  if (navs.length === 0) return;
  const links = navs.flatMap((nav) => [...nav.querySelectorAll<HTMLAnchorElement>('a.md-nav__link[href^="#"]')]);
  const targets: Array<{ hash: string; target: HTMLElement }> = [];
  for (const link of links) {
    if (targets.some((item) => item.hash === link.hash)) continue;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) targets.push({ hash: link.hash, target });
  }
  if (targets.length === 0) return;
  const tracking = sidebar?.hasAttribute('data-md-tracking') ?? false;
  let current: string | undefined;
  let queued = false;

  // The address is only rewritten once the reader scrolls: a link to #anchor stays as it came.
  let scrolled = options.hasScrolled ?? false;
  const update = () => {
    queued = false;
    // A heading counts as read once it is just below the sticky header, with room to spare
    // over the headings' scroll-margin so a jump to #anchor marks that very heading.
    const offset = (document.querySelector('.md-header')?.getBoundingClientRect().height ?? 48) + 32;
    let active = targets[0];
    for (const item of targets) {
      if (item.target.getBoundingClientRect().top - offset <= 0) active = item;
      else break;
    }
    // The last sections may never reach the top: at the bottom of the page, the last one is read.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4) active = targets[targets.length - 1];
    if (window.scrollY < 8) active = undefined;
    const next = active?.hash;
    if (next === current) return;
    current = next;
    for (const link of links) {
      const on = link.hash === current;
      link.classList.toggle('md-nav__link--active', on);
      if (on) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    if (!current) {
      if (tracking && scrolled && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
      return;
    }
    if (options.follow) for (const nav of navs) follow(nav, current);
    if (tracking && scrolled && location.hash !== current) history.replaceState(history.state, '', current);
  };
  window.addEventListener('scroll', () => {
    scrolled = true;
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  }, { passive: true, signal });
  // The first look waits for the first frame to be drawn: measuring headings while the page is
  // still being parsed would force a layout before the first paint (Lighthouse's "forced
  // reflow", ~90 ms on a long page on a slow phone). A reader who came for #anchor sees its link
  // marked one frame later.
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (!signal.aborted) update();
    }, 0);
  });
}

/**
 * toc.follow: scrolls the sidebar that holds `nav` so that its link to `hash` sits in the
 * middle, as Material centres its active anchor in its overflowing container. A nav that is
 * not drawn (the drawer's integrated toc on a wide screen, a closed drawer) is left alone, as
 * Material skips an anchor without height; so is a sidebar that has nothing to scroll.
 */
function follow(nav: HTMLElement, hash: string): void {
  const link = nav.querySelector<HTMLElement>(`a.md-nav__link[href="${hash.replace(/["\\]/g, '\\$&')}"]`);
  const scroller = nav.closest<HTMLElement>('.md-sidebar__scrollwrap');
  if (!link || link.offsetHeight === 0 || !scroller) return;
  const box = link.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - view.top - view.height / 2;
}
