/**
 * mkdocs-glightbox's lightbox, its pointer: a drag (mouse, `draggable`) or swipe (touch,
 * `touchNavigation`) past 40px moves to the next or previous image, as GLightbox's
 * `dragToleranceX`; a click on a `zoomable` image (one larger than shown) shows it at its own
 * size and a drag then pans it, another click shrinks it back; any other click is handed on
 * (the lightbox closes on a click outside the image). Pinch zoom is not done here.
 *
 *   pointerdown ── move > 40px ── pointerup → next / previous
 *               └─ no move ───── click → zoom in or out (a zoomable image), else `click(target)`
 */

export interface Swipe {
  /** Whether a mouse drag changes slides. */
  readonly mouse: boolean;
  /** Whether a touch swipe changes slides. */
  readonly touch: boolean;
  readonly current: () => HTMLElement | undefined;
  readonly next: () => void;
  readonly previous: () => void;
  readonly click: (target: Element) => void;
}

const TOLERANCE = 40;

/** Follows the pointer over the lightbox `root` until `signal` aborts. */
export function followPointer(root: HTMLElement, swipe: Swipe, signal: AbortSignal): void {
  let start: { x: number; y: number; panX: number; panY: number } | undefined;
  let moved = false;
  let pan = { x: 0, y: 0 };

  root.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof HTMLImageElement) || event.button !== 0) return;
    const allowed = event.pointerType === 'mouse' ? swipe.mouse : swipe.touch;
    if (!allowed && !zoomed(swipe.current())) return;
    // Keeps the browser's own image drag from taking over.
    event.preventDefault();
    start = { x: event.clientX, y: event.clientY, panX: pan.x, panY: pan.y };
    moved = false;
  }, { signal });

  root.addEventListener('pointermove', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > 3 || Math.abs(dy) > 3) moved = true;
    const slide = swipe.current();
    const media = slide?.querySelector<HTMLElement>('.gslide-media');
    if (!media) return;
    if (zoomed(slide)) {
      pan = { x: start.panX + dx, y: start.panY + dy };
      media.style.transform = `translate3d(${pan.x}px, ${pan.y}px, 0)`;
    } else {
      media.style.transform = `translate3d(${dx}px, 0, 0)`;
    }
  }, { signal });

  const release = (event: PointerEvent) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    start = undefined;
    const slide = swipe.current();
    if (zoomed(slide)) return;
    const media = slide?.querySelector<HTMLElement>('.gslide-media');
    media?.style.removeProperty('transform');
    if (dx <= -TOLERANCE) swipe.next();
    else if (dx >= TOLERANCE) swipe.previous();
  };
  root.addEventListener('pointerup', release, { signal });
  root.addEventListener('pointercancel', release, { signal });

  root.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // The end of a drag is not a click.
    if (moved) {
      moved = false;
      return;
    }
    const slide = swipe.current();
    if (target instanceof HTMLImageElement && slide?.contains(target) && target.classList.contains('zoomable')) {
      pan = zoom(slide, target);
      return;
    }
    swipe.click(target);
  }, { signal });
}

function zoomed(slide: HTMLElement | undefined): boolean {
  return slide?.classList.contains('zoomed') === true;
}

/**
 * Zooms `img` in to its own size (centred when wider than the window; not on narrow screens,
 * as GLightbox) or back out; returns where it is panned to.
 */
function zoom(slide: HTMLElement, img: HTMLImageElement): { x: number; y: number } {
  const media = img.parentElement;
  if (zoomed(slide)) {
    slide.classList.remove('zoomed');
    img.style.maxWidth = img.dataset['mdMaxWidth'] ?? '';
    img.style.maxHeight = img.dataset['mdMaxHeight'] ?? '';
    media?.style.removeProperty('transform');
    return { x: 0, y: 0 };
  }
  if (window.innerWidth <= 768) return { x: 0, y: 0 };
  img.dataset['mdMaxWidth'] = img.style.maxWidth;
  img.dataset['mdMaxHeight'] = img.style.maxHeight;
  img.style.maxWidth = `${img.naturalWidth}px`;
  img.style.maxHeight = `${img.naturalHeight}px`;
  slide.classList.add('zoomed');
  const x = img.naturalWidth > window.innerWidth ? window.innerWidth / 2 - img.naturalWidth / 2 : 0;
  if (media && x !== 0) media.style.transform = `translate3d(${x}px, 0, 0)`;
  return { x, y: 0 };
}
