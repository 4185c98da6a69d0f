/**
 * The primary and accent colour rules a site can use. src/styles/palette/primary.css and
 * accent.css hold one rule per Material colour name (about 20 each); a page can only ever carry
 * the colours its mkdocs.yml palette lists (the toggle switches between those entries), so the
 * generated stylesheet (assets.ts) ships just those rules instead of the whole table in the
 * bundle every page loads. A `custom` colour has no rule: the site's extra.css defines it.
 *
 * ```ts
 * paletteCss([{ scheme: 'default', primary: 'teal', accent: 'amber' }])
 * // '@layer theme {\n[data-md-color-primary="teal"] {…}\n[data-md-color-accent="amber"] {…}\n}\n'
 * ```
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PaletteEntry } from '../site/model.ts';
import { initialPalette } from './palette.ts';

const PALETTE_DIR = path.join(import.meta.dirname, '../styles/palette');

type Role = 'primary' | 'accent';

/**
 * The rules of one table file by colour name. The files are ours and written for this: each
 * rule is `[data-md-color-<role>="<name>"] {`, its declarations, and `}` alone on a line.
 */
export function colourRules(css: string, role: Role): Map<string, string> {
  const rules = new Map<string, string>();
  const rule = new RegExp(`^\\[data-md-color-${role}="([a-z-]+)"\\] \\{\\n[^}]*^\\}`, 'gm');
  for (const match of css.matchAll(rule)) rules.set(match[1] ?? '', match[0]);
  return rules;
}

/**
 * The rules for the colours `entries` name (the server-rendered default when there are none),
 * in the `theme` cascade layer like the rest of the theme's CSS (src/styles/index.css), so a
 * site's extra.css still overrides them.
 */
export function paletteCss(entries: readonly PaletteEntry[], read: (file: string) => string = readPaletteFile): string {
  const used = entries.length > 0 ? entries : [initialPalette(entries)];
  const parts: string[] = [];
  for (const role of ['primary', 'accent'] as const) {
    const rules = colourRules(read(`${role}.css`), role);
    for (const name of new Set(used.map((entry) => entry[role]))) {
      const found = rules.get(name);
      if (found) parts.push(found);
    }
  }
  return parts.length > 0 ? `@layer theme {\n${parts.join('\n')}\n}\n` : '';
}

function readPaletteFile(file: string): string {
  return readFileSync(path.join(PALETTE_DIR, file), 'utf8');
}
