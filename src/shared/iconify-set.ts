/**
 * An Iconify icon set (`@iconify-json/<set>/icons.json`), read for the few icons a site draws.
 *
 * A set is 0.1–10 MB of JSON (Twemoji's is 10 MB, Material Design Icons' 3 MB) and a site draws a
 * few dozen of its icons: parsing the sets a corpus build needed took ~75 ms of its render
 * worker's cold start and ~40 MB of its heap, kept for the whole build. Iconify publishes these
 * files tab-indented, one entry per icon two tabs in, so an icon's entry is found by its key
 * line and parsed alone; a file laid out any other way is parsed whole, as before.
 *
 * The key lines are found in one pass, on the first lookup: searched for one icon at a time, each
 * lookup scanned up to the whole file (its sets are not sorted), ~0.8 ms an icon in Material
 * Design Icons and 1.5 ms in Twemoji, so the few dozen icons of a Material theme cost the corpus
 * build ~80 ms before its first page was drawn; the pass costs 6 ms for MDI's 14,000 entries.
 *
 * ```ts
 * getIconData(readIconSet(file).subset(['home']), 'home') // as getIconData(JSON.parse(text), 'home')
 * ```
 */
import { readFileSync } from 'node:fs';
import type { IconifyAlias, IconifyIcon, IconifyJSON } from '@iconify/types';

export interface IconSetFile {
  /**
   * A set holding those of `names` this one has (an alias with the icons it points to) and this
   * set's defaults (size, offsets): all `getIconData` reads to draw them.
   */
  subset(names: readonly string[]): IconifyJSON;
}

/** The top-level values an icon's data defaults to (IconifyOptional); everything else of a set is left out. */
const DEFAULTS = ['left', 'top', 'width', 'height', 'rotate', 'hFlip', 'vFlip'] as const;
/** Iconify's own names: no character JSON escapes, so the key is written as the name. */
const PLAIN_NAME = /^[a-z0-9_-]+$/i;

export function readIconSet(file: string): IconSetFile {
  const text = readFileSync(file, 'utf8');
  const layout = tabLayout(text);
  if (!layout) {
    const whole = parseWhole(text, file);
    return { subset: () => whole };
  }
  let keys: { readonly icons: ReadonlyMap<string, number>; readonly aliases: ReadonlyMap<string, number> } | undefined;
  const entry = (section: Section | undefined, name: string): unknown => {
    if (!section || !PLAIN_NAME.test(name)) return undefined;
    keys ??= keyLines(text, layout);
    const at = (section === layout.icons ? keys.icons : keys.aliases).get(name);
    if (at === undefined) return undefined;
    const open = text.indexOf('{', at + 4 + name.length);
    const close = text.indexOf('\n\t\t}', open);
    return close < 0 || close > section.end ? undefined : JSON.parse(text.slice(open, close + 4));
  };
  return {
    subset(names) {
      const icons: Record<string, IconifyIcon> = {};
      const aliases: Record<string, IconifyAlias> = {};
      const add = (name: string, depth: number): void => {
        if (name in icons || name in aliases || depth > 32) return;
        const icon = entry(layout.icons, name);
        if (isObject(icon) && typeof icon['body'] === 'string') {
          icons[name] = icon as unknown as IconifyIcon;
          return;
        }
        const alias = entry(layout.aliases, name);
        if (isObject(alias) && typeof alias['parent'] === 'string') {
          aliases[name] = alias as unknown as IconifyAlias;
          add(alias['parent'], depth + 1);
        }
      };
      for (const name of names) add(name, 0);
      return { ...layout.defaults, prefix: layout.prefix, icons, aliases };
    },
  };
}

interface Section {
  readonly start: number;
  readonly end: number;
}

interface Layout {
  readonly prefix: string;
  readonly defaults: Partial<IconifyJSON>;
  readonly icons: Section;
  readonly aliases: Section | undefined;
}

/** The top-level sections and values of a tab-indented set; undefined for any other layout. */
function tabLayout(text: string): Layout | undefined {
  const prefix = /^\{\n\t"prefix": "([^"\\]+)",?\n/.exec(text)?.[1];
  const icons = section(text, 'icons');
  if (prefix === undefined || !icons) return undefined;
  const aliases = section(text, 'aliases');
  // The defaults are top-level keys: looked for outside the icons and aliases, which are nearly all
  // of the file (searched whole, seven keys took ~24 ms of a rebuild's theme icons on four sets).
  const entries = [icons, ...(aliases ? [aliases] : [])].sort((a, b) => a.start - b.start);
  let top = '';
  let from = 0;
  for (const { start, end } of entries) {
    top += text.slice(from, start + 1);
    from = end;
  }
  top += text.slice(from);
  const defaults: Record<string, number | boolean> = {};
  for (const key of DEFAULTS) {
    const value = new RegExp(`\\n\\t"${key}": (-?[0-9.]+|true|false)[,\\n]`).exec(top)?.[1];
    if (value !== undefined) defaults[key] = value === 'true' ? true : value === 'false' ? false : Number(value);
  }
  return { prefix, defaults: defaults as Partial<IconifyJSON>, icons, aliases };
}

/** Where each entry's key line (`\n\t\t"name": {`) is, by name, in the icons and in the aliases section. */
function keyLines(text: string, layout: Layout): { icons: Map<string, number>; aliases: Map<string, number> } {
  const icons = new Map<string, number>();
  const aliases = new Map<string, number>();
  const { icons: iconSection, aliases: aliasSection } = layout;
  for (const match of text.matchAll(/\n\t\t"([A-Za-z0-9_-]+)": \{/g)) {
    const name = match[1] ?? '';
    const at = match.index;
    const into = at > iconSection.start && at < iconSection.end ? icons : aliasSection && at > aliasSection.start && at < aliasSection.end ? aliases : undefined;
    // The first entry of a name, as the scan it replaces found it.
    if (into && !into.has(name)) into.set(name, at);
  }
  return { icons, aliases };
}

/** A top-level object's extent: from its key line to its closing brace, one tab in. */
function section(text: string, key: string): Section | undefined {
  const start = text.indexOf(`\n\t"${key}": {\n`);
  if (start < 0) return undefined;
  const end = text.indexOf('\n\t}', start);
  return end < 0 ? undefined : { start, end };
}

function parseWhole(text: string, file: string): IconifyJSON {
  const data: unknown = JSON.parse(text);
  // The shape of a set, not each icon (validateIconSet walked every icon: a third of loading one).
  if (!isObject(data) || typeof data['prefix'] !== 'string' || !isObject(data['icons'])) throw new Error(`${file} is not an Iconify icon set`);
  return data as unknown as IconifyJSON;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
