/**
 * `theme.icon.admonition` (Material's "admonition icons" setting): each admonition type's icon
 * by name, drawn through the icon lookup the theme's other icons use: the site's custom_dir
 * `.icons/` first (it comes first in Material's template path), then the icon index (custom_icons
 * folders, then Material's bundled sets: material, octicons, fontawesome, simple).
 *
 * Material's partials/icons.html writes each as `--md-admonition-icon--<type>` in a `:root` rule;
 * the theme's generated stylesheet does the same (src/theme/icon-masks.ts).
 *
 *   theme: { icon: { admonition: { note: octicons/tag-16, pied-piper: fontawesome/brands/pied-piper-alt } } }
 *   admonitionIcons(config.theme.icon, icons, customDir).icons
 *   // [{ type: 'note', svg: '<svg ...>' }, { type: 'pied-piper', svg: '<svg ...>' }]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IconIndex } from '../markdown/index.ts';
import type { AdmonitionIcon } from './model.ts';
import { contains } from './output-dir.ts';
import { isRecord } from './plugin-values.ts';

export interface AdmonitionIconProblem {
  /** The type whose icon is wrong; the message is about the whole mapping when undefined. */
  readonly type: string | undefined;
  readonly message: string;
}

/** A type name that can stand in a CSS custom property and class selector as written. */
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `themeIcons`: `config.theme.icon`; `customDir`: absolute, when the site has one. */
export function admonitionIcons(themeIcons: unknown, icons: IconIndex, customDir: string | undefined): { icons: AdmonitionIcon[]; problems: AdmonitionIconProblem[] } {
  const found: AdmonitionIcon[] = [];
  const problems: AdmonitionIconProblem[] = [];
  const raw = isRecord(themeIcons) ? themeIcons['admonition'] : undefined;
  if (raw === undefined || raw === null) return { icons: found, problems };
  if (!isRecord(raw)) {
    problems.push({ type: undefined, message: 'theme.icon.admonition must map admonition types to icon names (note: octicons/tag-16); ignored' });
    return { icons: found, problems };
  }
  for (const [type, name] of Object.entries(raw)) {
    if (!TYPE_NAME.test(type)) {
      problems.push({ type, message: `theme.icon.admonition: '${type}' is not an admonition type name (letters, digits, '-' and '_'); its icon is not drawn` });
      continue;
    }
    if (typeof name !== 'string' || name === '') {
      problems.push({ type, message: `theme.icon.admonition.${type} must be an icon name such as octicons/tag-16, found ${JSON.stringify(name)}; the default icon is kept` });
      continue;
    }
    const svg = customDirIcon(customDir, name) ?? indexedIcon(icons, name);
    if (svg === undefined) {
      problems.push({ type, message: `theme.icon.admonition.${type}: unknown icon '${name}' (no .icons/${name}.svg in custom_dir, no custom_icons file and no bundled Material, Octicons, Font Awesome or Simple Icons icon has this name); the default icon is kept` });
      continue;
    }
    found.push({ type, svg });
  }
  return { icons: found, problems };
}

/** `<custom_dir>/.icons/<name>.svg`, never a file outside that folder (Material's template path has custom_dir first). */
export function customDirIcon(customDir: string | undefined, name: string): string | undefined {
  if (customDir === undefined) return undefined;
  const folder = path.join(customDir, '.icons');
  const file = path.join(folder, `${name}.svg`);
  if (!contains(folder, file) || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8');
}

function indexedIcon(icons: IconIndex, name: string): string | undefined {
  const entry = icons.lookup(name.replaceAll('/', '-'));
  return entry?.kind === 'svg' ? entry.svg : undefined;
}

