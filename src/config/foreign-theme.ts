/**
 * A theme other than Material has options of its own, some under names Material uses too (the
 * terminal theme's `palette: dark`): MkDocs hands them to that theme. The site is drawn with
 * Material's look (config/notices.ts says so), which cannot read them, so an option not in
 * Material's form is left out with a note instead of stopping the build; Material's own site
 * keeps the strict check.
 *
 *   theme: {name: terminal, palette: dark}  ->  theme: {name: terminal}, and an info at theme.palette
 */
import { MATERIAL_THEME_OPTIONS } from './schema.ts';
import type { Notices } from './notices.ts';

export function dropForeignThemeOptions(value: Record<string, unknown>, notices: Notices): void {
  const theme = value['theme'];
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) return;
  const own: Record<string, unknown> = { ...(theme as Record<string, unknown>) };
  const name = own['name'];
  if (typeof name !== 'string' || name === 'material') return;
  for (const [key, schema] of Object.entries(MATERIAL_THEME_OPTIONS)) {
    if (!Object.hasOwn(own, key) || schema.safeParse(own[key]).success) continue;
    notices.add('info', ['theme', key], `theme '${name}': its option '${key}' is not in Material's form; ignored, as the site is drawn with Material's look`);
    Reflect.deleteProperty(own, key);
  }
  value['theme'] = own;
}
