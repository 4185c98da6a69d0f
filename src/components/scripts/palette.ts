/**
 * Applies the palette the reader picks in the header and remembers it per site under Material's
 * key and shape (`<scope>.__palette`: `{index, color: {media, scheme, primary, accent}}`, through
 * `__md_set`), which boot.js reads so the next page paints in the right scheme at once, and which
 * a site's scripts read as they do with Material (`__md_get("__palette").color.scheme`).
 * An entry with media `(prefers-color-scheme)` follows the system, also when it changes.
 */
import { storedValue, storeValue } from './globals.ts';

const AUTO = '(prefers-color-scheme)';

interface Choice {
  readonly index: number;
}

function inputs(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input.md-option[name="__palette"]')];
}

/** The colours an input stands for; "auto" borrows them from the matching light/dark entry. */
function resolve(input: HTMLInputElement, all: HTMLInputElement[]): DOMStringMap {
  if (input.dataset['mdColorMedia'] !== AUTO) return input.dataset;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const wanted = dark ? '(prefers-color-scheme: dark)' : '(prefers-color-scheme: light)';
  return all.find((other) => other.dataset['mdColorMedia'] === wanted)?.dataset ?? input.dataset;
}

/** Applies `input`'s colours; returns what Material stores for it (the colours resolved). */
function apply(input: HTMLInputElement, all: HTMLInputElement[]): { media: string; scheme: string; primary: string; accent: string } {
  const colors = resolve(input, all);
  const body = document.body;
  const color = {
    media: input.dataset['mdColorMedia'] ?? '',
    scheme: colors['mdColorScheme'] ?? 'default',
    primary: colors['mdColorPrimary'] ?? 'indigo',
    accent: colors['mdColorAccent'] ?? 'indigo',
  };
  body.dataset['mdColorScheme'] = color.scheme;
  body.dataset['mdColorPrimary'] = color.primary;
  body.dataset['mdColorAccent'] = color.accent;
  body.dataset['mdColorMedia'] = color.media;
  return color;
}

/** Storage can be off or hold junk (boot.js moved an older key already): then the media queries decide. */
function stored(): Choice | undefined {
  const value = storedValue('__palette');
  if (typeof value === 'object' && value !== null && 'index' in value && typeof value.index === 'number') return { index: value.index };
  return undefined;
}

export function initPalette(): void {
  const all = inputs();
  if (all.length === 0) return;
  const choice = stored();
  const start = (choice && all[choice.index]) || all.find((input) => !input.dataset['mdColorMedia'] || window.matchMedia(input.dataset['mdColorMedia']).matches) || all[0];
  if (!start) return;
  start.checked = true;
  // Material's partials/palette.html (a site's own copy, custom_dir) writes each toggle `hidden`
  // until its script runs, so a page without script shows none; ours writes them shown.
  for (const input of all) {
    const label = input.nextElementSibling;
    if (label instanceof HTMLLabelElement) label.hidden = false;
  }
  // Stored at start too, as Material's bundle does: a site's script may read it on a first visit.
  storeValue('__palette', { index: all.indexOf(start), color: apply(start, all) });
  all.forEach((input, index) => {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      storeValue('__palette', { index, color: apply(input, all) });
    });
    // Enter or Space on the focused (checked) radio moves on, like clicking its label.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      const next = all[(index + 1) % all.length];
      if (!next) return;
      next.checked = true;
      next.focus();
      next.dispatchEvent(new Event('change', { bubbles: true }));
    });
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const current = all.find((input) => input.checked);
    if (current) storeValue('__palette', { index: all.indexOf(current), color: apply(current, all) });
  });
}
