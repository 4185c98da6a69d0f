/**
 * content.tooltips: Material-style tooltips instead of the browser's title bubbles for links
 * and abbreviations in the article. The title moves to `data-md-tooltip` (CSS draws it on
 * hover and keyboard focus); an icon-only link keeps its name through aria-label. Without
 * script the native title tooltip remains.
 */
export function initTooltips(): void {
  for (const element of document.querySelectorAll<HTMLElement>('.md-typeset a[title], .md-typeset abbr[title]')) {
    const title = element.getAttribute('title');
    if (!title) continue;
    element.dataset['mdTooltip'] = title;
    if (element.tagName === 'A' && !element.textContent?.trim() && !element.hasAttribute('aria-label')) element.setAttribute('aria-label', title);
    if (element.tagName === 'ABBR') {
      // Keyboard users reach the explanation too.
      element.tabIndex = 0;
    }
    element.removeAttribute('title');
  }
}

/** How long a footnote tooltip stays after the pointer left it or its reference (Material's 250 ms). */
const LINGER = 250;
let sequence = 0;

/**
 * content.footnote.tooltips: a footnote reference shows its footnote in Material's tooltip
 * (`div.md-tooltip2 > div.md-tooltip2__inner.md-typeset`, appended to <body>) while it is hovered
 * or focused, and while the pointer is on the tooltip itself, so its links can be followed. It sits
 * below the reference, or above it when the reference is in the lower half of the window; its
 * place is given through Material's custom properties (`--md-tooltip-host-x/y`, `--md-tooltip-x/y`),
 * set through CSSOM, which a strict Content-Security-Policy allows. Escape closes it.
 */
export function initFootnoteTooltips(signal: AbortSignal): void {
  for (const ref of document.querySelectorAll<HTMLAnchorElement>('.md-typeset a.footnote-ref[href^="#"]')) {
    const id = `__tooltip2_${sequence++}`;
    let tip: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(timer);
      tip?.remove();
      tip = undefined;
      ref.removeAttribute('aria-controls');
      ref.removeAttribute('aria-haspopup');
    };
    const show = () => {
      clearTimeout(timer);
      if (tip) return;
      const note = document.getElementById(fragmentId(ref.hash));
      if (!note) return;
      const inner = document.createElement('div');
      inner.className = 'md-tooltip2__inner md-typeset';
      inner.append(...[...note.cloneNode(true).childNodes]);
      tip = document.createElement('div');
      tip.className = 'md-tooltip2';
      tip.id = id;
      tip.setAttribute('role', 'dialog');
      tip.append(inner);
      tip.addEventListener('mouseenter', show);
      tip.addEventListener('mouseleave', linger);
      document.body.append(tip);
      place(ref, tip);
      ref.setAttribute('aria-controls', id);
      ref.setAttribute('aria-haspopup', 'dialog');
      const shown = tip;
      requestAnimationFrame(() => shown.classList.add('md-tooltip2--active'));
    };
    const linger = () => {
      clearTimeout(timer);
      timer = setTimeout(hide, LINGER);
    };
    ref.addEventListener('mouseenter', show, { signal });
    ref.addEventListener('mouseleave', linger, { signal });
    ref.addEventListener('focus', show, { signal });
    ref.addEventListener('blur', linger, { signal });
    ref.addEventListener('click', hide, { signal });
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); }, { signal });
    signal.addEventListener('abort', hide);
  }
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

/**
 * The id a `#fragment` names: percent-decoded, or as written when it is no valid escape (a
 * footnote `[^100%]` has the id `fn:100%`, which decodeURIComponent refuses).
 *
 * @example fragmentId('#fn:caf%C3%A9') // 'fn:café'
 */
export function fragmentId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
