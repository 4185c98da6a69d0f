/** `theme:` as a name or a mapping -> ThemeConfig with Material's defaults. */
import path from 'node:path';
import type { RawConfig } from './schema.ts';
import type { PaletteEntry, ThemeConfig, ThemeFont } from './types.ts';

type RawTheme = NonNullable<RawConfig['theme']>;

const NAMED_KEYS = new Set(['name', 'custom_dir', 'language', 'features', 'palette', 'font', 'icon', 'logo', 'favicon']);

/** Material's defaults (its mkdocs_theme.yml) for what the site reads. */
const DEFAULT_FONT: ThemeFont = { text: 'Roboto', code: 'Roboto Mono' };

export function normalizeTheme(raw: RawTheme | undefined, configDir: string): ThemeConfig {
  // MkDocs' default theme is `mkdocs`; the site always draws Material's look.
  if (raw === undefined) return defaults('mkdocs');
  if (typeof raw === 'string') return defaults(raw);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!NAMED_KEYS.has(key)) options[key] = value;
  const palette = (raw.palette == null ? [] : Array.isArray(raw.palette) ? raw.palette : [raw.palette]).map(toPaletteEntry);
  return {
    name: raw.name ?? null,
    custom_dir: raw.custom_dir == null ? undefined : path.resolve(configDir, raw.custom_dir),
    language: raw.language ?? 'en',
    features: raw.features ?? [],
    palette,
    paletteIsList: Array.isArray(raw.palette),
    font: raw.font === false ? false : { ...DEFAULT_FONT, ...withoutNulls(raw.font ?? {}) },
    icon: raw.icon ?? {},
    logo: raw.logo ?? undefined,
    favicon: raw.favicon ?? undefined,
    options,
  };
}

type RawPalette = NonNullable<Exclude<RawTheme, string>['palette']>;

function toPaletteEntry(entry: Exclude<RawPalette, unknown[]>): PaletteEntry {
  const { media, scheme, primary, accent, toggle, ...rest } = entry;
  return {
    ...rest,
    media: media ?? undefined,
    scheme: scheme ?? undefined,
    primary: primary ?? undefined,
    accent: accent ?? undefined,
    toggle: toggle == null ? undefined : { icon: toggle.icon ?? undefined, name: toggle.name ?? undefined },
  };
}

function defaults(name: string): ThemeConfig {
  return {
    name,
    custom_dir: undefined,
    language: 'en',
    features: [],
    palette: [],
    paletteIsList: false,
    font: DEFAULT_FONT,
    icon: {},
    logo: undefined,
    favicon: undefined,
    options: {},
  };
}

function withoutNulls(font: { text?: string | null | undefined; code?: string | null | undefined }): ThemeFont {
  return {
    ...(font.text == null ? {} : { text: font.text }),
    ...(font.code == null ? {} : { code: font.code }),
  };
}
