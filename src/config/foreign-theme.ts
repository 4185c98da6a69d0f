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

/**
 * Material 4's `logo: {icon: description}` (a Material Icons ligature): Material 5 and later read
 * `theme.logo` as an image path only, and MkDocs still builds such a site (its template writes the
 * mapping into an `<img src>`). Left out with a note, the default logo icon drawn, instead of
 * stopping the build (facelessuser/pyspelling).
 */
export function dropMaterial4Logo(value: Record<string, unknown>, notices: Notices): void {
  const theme = value['theme'];
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) return;
  const logo: unknown = Reflect.get(theme, 'logo');
  if (typeof logo !== 'object' || logo === null || Array.isArray(logo) || !Object.hasOwn(logo, 'icon')) return;
  const icon: unknown = Reflect.get(logo, 'icon');
  const instead = typeof icon === 'string' ? ` (theme.icon.logo names an icon now, e.g. material/${icon} if that icon exists)` : '';
  notices.add('info', ['theme', 'logo'], `Material 4's logo: {icon: ...} is not read by Material 5 and later${instead}; ignored, the default logo icon is drawn`, true);
  const own: Record<string, unknown> = { ...(theme as Record<string, unknown>) };
  Reflect.deleteProperty(own, 'logo');
  value['theme'] = own;
}
