/**
 * Applies the palette the reader picks in the header and remembers it per site (the same
 * key the inline head script reads, so the next page paints in the right scheme at once).
 * An entry with media `(prefers-color-scheme)` follows the system, also when it changes.
 */

export const PALETTE_KEY = `${import.meta.env.BASE_URL}__palette`;
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

function apply(input: HTMLInputElement, all: HTMLInputElement[]): void {
  const colors = resolve(input, all);
  const body = document.body;
  body.dataset['mdColorScheme'] = colors['mdColorScheme'] ?? 'default';
  body.dataset['mdColorPrimary'] = colors['mdColorPrimary'] ?? 'indigo';
  body.dataset['mdColorAccent'] = colors['mdColorAccent'] ?? 'indigo';
  body.dataset['mdColorMedia'] = input.dataset['mdColorMedia'] ?? '';
}

function stored(): Choice | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PALETTE_KEY) ?? 'null');
    if (typeof value === 'object' && value !== null && 'index' in value && typeof value.index === 'number') return { index: value.index };
  } catch {
    // Storage can be disabled or hold junk: fall back to the media queries.
  }
  return undefined;
}

export function initPalette(): void {
  const all = inputs();
  if (all.length === 0) return;
  const choice = stored();
  const start = (choice && all[choice.index]) || all.find((input) => !input.dataset['mdColorMedia'] || window.matchMedia(input.dataset['mdColorMedia']).matches) || all[0];
  if (!start) return;
  start.checked = true;
  apply(start, all);
  all.forEach((input, index) => {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      apply(input, all);
      try {
        localStorage.setItem(PALETTE_KEY, JSON.stringify({ index }));
      } catch {
        // Not persisted; the choice still holds for this page.
      }
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
    if (current) apply(current, all);
  });
}
