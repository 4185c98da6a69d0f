/**
 * navigation.instant.progress: Material's `.md-progress` bar at the top of the window, shown
 * when loading a page in place takes longer than 400 ms. The stylesheet draws it from one
 * custom property, `--progress` (0 to 100), and fades it out at 0 and at 100; it is set through
 * the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
 */

/** How long a load may take before the bar shows: quick loads never flash it. */
const DELAY_MS = 400;

export interface Progress {
  /** Bytes came in: the bar moves to `percent` (once it shows). */
  update(percent: number): void;
  /** The load ended, done or not: the bar fills and fades, or never shows. */
  finish(): void;
}

export function startProgress(bar: HTMLElement): Progress {
  let percent = 1;
  let shown = false;
  // Hidden from assistive technology (as the element is): the focus moving to the new content
  // is what tells them a page arrived.
  const set = (value: number) => bar.style.setProperty('--progress', String(value));
  const timer = setTimeout(() => {
    shown = true;
    set(percent);
  }, DELAY_MS);
  return {
    update(value) {
      percent = value;
      if (shown) set(value);
    },
    finish() {
      clearTimeout(timer);
      if (!shown) return;
      set(100);
      // Back to the start once the fade is over, ready for the next load.
      setTimeout(() => {
        if (bar.style.getPropertyValue('--progress') === '100') set(0);
      }, 1000);
    },
  };
}
