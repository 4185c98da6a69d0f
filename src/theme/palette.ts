/**
 * The palette as the header toggle and the no-flash script see it. mkdocs.yml gives a list
 * of entries (or one); each has an optional media query and toggle. Material's
 * `(prefers-color-scheme)` entry means "follow the system": it takes the scheme of the
 * entry whose media query is `(prefers-color-scheme: light|dark)`.
 */
import type { PaletteEntry } from '../site/model.ts';

export interface ResolvedPalette {
  readonly scheme: string;
  readonly primary: string;
  readonly accent: string;
}

export const AUTO_MEDIA = '(prefers-color-scheme)';

/** What the server renders before any script runs: the first entry, light side for "auto". */
export function initialPalette(entries: readonly PaletteEntry[]): ResolvedPalette {
  const first = entries[0];
  if (!first) return { scheme: 'default', primary: 'indigo', accent: 'indigo' };
  if (first.media === AUTO_MEDIA) {
    const light = entries.find((entry) => entry.media === '(prefers-color-scheme: light)');
    if (light) return { scheme: light.scheme, primary: light.primary, accent: light.accent };
  }
  return { scheme: first.scheme, primary: first.primary, accent: first.accent };
}

/** True when the first entry follows the system, so CSS should too when scripts are off. */
export function followsSystem(entries: readonly PaletteEntry[]): boolean {
  return entries[0]?.media === AUTO_MEDIA;
}
