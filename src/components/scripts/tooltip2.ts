/**
 * Material's interactive tooltip (`div.md-tooltip2 > div.md-tooltip2__inner.md-typeset`,
 * appended to <body>), shared by footnote tooltips (tooltips.ts) and instant previews
 * (preview.ts). It opens while its host is hovered or focused, stays while the pointer is on the
 * tooltip itself (so its links can be followed) and for 250 ms after it left, and closes on
 * Escape or a click on the host. It sits below the host, or above it when the host is in the lower
 * half of the window; its place is given through Material's custom properties
 * (`--md-tooltip-host-x/y`, `--md-tooltip-x/y`), set through CSSOM, which a strict
 * Content-Security-Policy allows.
 *
 *   hover/focus ─▶ content() ─▶ append + place ─▶ --active      leave/blur ─▶ 250 ms ─▶ remove
 */

/** How long a tooltip stays after the pointer left it or its host (Material's 250 ms). */
const LINGER = 250;
let sequence = 0;

/** What the tooltip shows, made when it opens: nothing (undefined) leaves it closed. */
export type TooltipContent = () => readonly Node[] | undefined | Promise<readonly Node[] | undefined>;

export function mountTooltip2(host: HTMLElement, content: TooltipContent, signal: AbortSignal): void {
  const id = `__tooltip2_${sequence++}`;
  let tip: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Bumped on each hide, so content arriving after the host was left is not shown.
  let generation = 0;
  const hide = () => {
    clearTimeout(timer);
    generation++;
    tip?.remove();
    tip = undefined;
    host.removeAttribute('aria-controls');
    host.removeAttribute('aria-haspopup');
  };
  const open = (nodes: readonly Node[]) => {
    const inner = document.createElement('div');
    inner.className = 'md-tooltip2__inner md-typeset';
    inner.append(...nodes);
    tip = document.createElement('div');
    tip.className = 'md-tooltip2';
    tip.id = id;
    tip.setAttribute('role', 'dialog');
    tip.append(inner);
    // A dialog needs a name: its first heading (a preview's), else the text of what opened it.
    const heading = inner.querySelector('h1, h2, h3, h4, h5, h6');
    if (heading) {
      heading.id ||= `${id}__title`;
      tip.setAttribute('aria-labelledby', heading.id);
    } else {
      tip.setAttribute('aria-label', host.getAttribute('aria-label') ?? host.textContent?.trim() ?? '');
    }
    tip.addEventListener('mouseenter', show);
    tip.addEventListener('mouseleave', linger);
    document.body.append(tip);
    place(host, tip);
    host.setAttribute('aria-controls', id);
    host.setAttribute('aria-haspopup', 'dialog');
    const shown = tip;
    requestAnimationFrame(() => shown.classList.add('md-tooltip2--active'));
  };
  const show = () => {
    clearTimeout(timer);
    if (tip || signal.aborted) return;
    const mine = generation;
    void Promise.resolve(content()).then((nodes) => {
      if (nodes && mine === generation && !tip && !signal.aborted) open(nodes);
    }, reportError);
  };
  const linger = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, LINGER);
  };
  host.addEventListener('mouseenter', show, { signal });
  host.addEventListener('mouseleave', linger, { signal });
  host.addEventListener('focus', show, { signal });
  host.addEventListener('blur', linger, { signal });
  host.addEventListener('click', hide, { signal });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); }, { signal });
  signal.addEventListener('abort', hide);
  // This code is fetched after the page is shown (footnotes, previews): a host already under the
  // pointer or focused by then had its mouseenter or focus before anyone listened.
  if (host.matches(':hover') || host === document.activeElement) show();
}

/** Puts `tip` below `host`, or above it when the host is in the lower half of the window. */
function place(host: HTMLElement, tip: HTMLElement): void {
  const box = host.getBoundingClientRect();
  const below = box.top < window.innerHeight / 2;
  tip.style.setProperty('--md-tooltip-host-x', `${box.left + window.scrollX}px`);
  tip.style.setProperty('--md-tooltip-host-y', `${box.top + window.scrollY}px`);
  tip.style.setProperty('--md-tooltip-x', `${box.width / 2}px`);
  tip.style.setProperty('--md-tooltip-y', below ? `${box.height + 16}px` : `${-16 - tip.offsetHeight}px`);
  tip.classList.toggle('md-tooltip2--bottom', below);
  tip.classList.toggle('md-tooltip2--top', !below);
}
