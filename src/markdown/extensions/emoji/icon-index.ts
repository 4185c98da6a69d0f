/**
 * The shortcode index of Material's `material.extensions.emoji.twemoji`: what `:name:` means.
 *
 * Lookup order is Material's: the Twemoji database first (so `:gear:` is always an emoji), then
 * the `custom_icons` folders in the order listed, then Material's bundled icon folders, which we
 * draw from the Iconify sets (same names, same drawings as Material's files).
 *
 * Built once per renderer (no module-level cache): the custom folders are listed up front, the
 * Twemoji database and each Iconify set are read on first use only, and of a set only the
 * entries of the icons drawn are parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IconifyJSON } from '@iconify/types';
// Subpaths: the package's index loads 65 modules, these 10.
import { getIconData } from '@iconify/utils/lib/icon-set/get-icon';
import { iconToSVG } from '@iconify/utils/lib/svg/build';
import { readIconSet, type IconSetFile } from '../../../shared/iconify-set.ts';
import { loadTwemojiDb, stringMap, type TwemojiDb } from './twemoji-db.ts';

/** `:gear:`: a Unicode emoji, drawn by Twemoji. */
export interface TwemojiEntry {
  readonly kind: 'twemoji';
  /** Code points without joiners / variation selectors (Twemoji's file name, e.g. `2699`). */
  readonly unicode: string;
  /** Code points as they should be written in text (`alt`). */
  readonly unicodeAlt: string;
}

/** `:octicons-home-16:` or a custom icon: an SVG document, inlined. */
export interface SvgEntry {
  readonly kind: 'svg';
  /** The SVG document's text. */
  readonly svg: string;
}

export type EmojiEntry = TwemojiEntry | SvgEntry;

export interface IconIndex {
  /** The entry for a shortcode name without colons, or undefined when no set has it. */
  lookup(name: string): EmojiEntry | undefined;
  /** Twemoji's drawing of `unicode` (its file name), for inline use; undefined if Iconify lacks it. */
  twemojiSvg(unicode: string): string | undefined;
  /** True when `name` starts like an icon shortcode (`material-`, `octicons-`, a custom folder). */
  looksLikeIcon(name: string): boolean;
}

/**
 * Material's folder prefixes -> Iconify packages, tried in order. Font Awesome 7 before 6, as
 * Material bundles 7; a name only 6 has still resolves. MDI's alias names are not used because
 * Material's `material/` folder has no file for them.
 */
const BUNDLED: ReadonlyArray<readonly [prefix: string, sets: ReadonlyArray<readonly [pkg: string, aliases: boolean]>]> = [
  ['material-', [['mdi', false]]],
  ['octicons-', [['octicon', true]]],
  ['simple-', [['simple-icons', true]]],
  ['fontawesome-brands-', [['fa7-brands', true], ['fa6-brands', true]]],
  ['fontawesome-solid-', [['fa7-solid', true], ['fa6-solid', true]]],
  ['fontawesome-regular-', [['fa7-regular', true], ['fa6-regular', true]]],
];

export function createIconIndex(customIconDirs: readonly string[]): IconIndex {
  const require = createRequire(import.meta.url);
  const sets = new Map<string, IconSetFile>();
  const custom = listCustomIcons(customIconDirs);
  const customPrefixes = new Set([...custom.keys()].map((name) => name.split('-')[0] ?? name));
  const bundledSvg = new Map<string, string | undefined>();
  const customSvg = new Map<string, string>();
  let twemoji: TwemojiDb | undefined;
  let twemojiChars: ReadonlyMap<string, string> | undefined;

  // The icon's own entry of a set, read from the file on first use (shared/iconify-set.ts).
  const iconSet = (pkg: string, name: string): IconifyJSON => {
    let set = sets.get(pkg);
    if (!set) {
      set = readIconSet(require.resolve(`@iconify-json/${pkg}/icons.json`));
      sets.set(pkg, set);
    }
    return set.subset([name]);
  };

  const bundled = (name: string): string | undefined => {
    if (bundledSvg.has(name)) return bundledSvg.get(name);
    let svg: string | undefined;
    for (const [prefix, candidates] of BUNDLED) {
      if (!name.startsWith(prefix)) continue;
      const icon = name.slice(prefix.length);
      for (const [pkg, aliases] of candidates) {
        const set = iconSet(pkg, icon);
        if (!aliases && !(icon in set.icons)) continue;
        svg = svgOf(set, icon);
        if (svg) break;
      }
      break;
    }
    bundledSvg.set(name, svg);
    return svg;
  };

  return {
    lookup(name) {
      twemoji ??= loadTwemojiDb();
      const canonical = twemoji.aliases.get(name) ?? name;
      const emoji = twemoji.emoji.get(canonical);
      if (emoji) return { kind: 'twemoji', unicode: emoji.unicode, unicodeAlt: emoji.unicodeAlt };
      const file = custom.get(name);
      if (file) {
        let svg = customSvg.get(file);
        if (svg === undefined) customSvg.set(file, (svg = readFileSync(file, 'utf8')));
        return { kind: 'svg', svg };
      }
      const svg = bundled(name);
      return svg === undefined ? undefined : { kind: 'svg', svg };
    },
    twemojiSvg(unicode) {
      twemojiChars ??= stringMap(JSON.parse(readFileSync(require.resolve('@iconify-json/twemoji/chars.json'), 'utf8')));
      // Iconify keys Twemoji's drawings by code points without variation selectors.
      const iconName = twemojiChars.get(unicode) ?? twemojiChars.get(unicode.replace(/-fe0f/g, ''));
      return iconName === undefined ? undefined : svgOf(iconSet('twemoji', iconName), iconName);
    },
    looksLikeIcon(name) {
      return BUNDLED.some(([prefix]) => name.startsWith(prefix)) || customPrefixes.has(name.split('-')[0] ?? name);
    },
  };
}

function svgOf(set: IconifyJSON, name: string): string | undefined {
  const data = getIconData(set, name);
  if (!data) return undefined;
  const built = iconToSVG(data);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${built.attributes.viewBox}">${built.body}</svg>`;
}

/**
 * Material names a custom icon by its path below the folder, `/` -> `-`: `pg/f-droid.svg` is
 * `:pg-f-droid:`. The first folder listed wins a name.
 */
function listCustomIcons(dirs: readonly string[]): Map<string, string> {
  const icons = new Map<string, string>();
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // Material skips a missing folder silently too; the config layer may warn.
    }
    for (const entry of entries.sort()) {
      if (!entry.endsWith('.svg')) continue;
      const name = entry.slice(0, -'.svg'.length).split(path.sep).join('-').replace(/^\.+/, '');
      if (!icons.has(name)) icons.set(name, path.join(dir, entry));
    }
  }
  return icons;
}
