/**
 * Self-hosted fonts for `theme.font` (mkdocs.yml): the family name maps to the
 * `@fontsource/<kebab-name>` package; we keep its faces (every subset) in the weights Material
 * uses, rewrite their URLs to our own path and list the .woff2 files to publish. No page ever asks Google Fonts (or any other host) for anything.
 *
 * ```ts
 * fontAssets({ text: 'Public Sans', code: 'DM Mono' }, '/assets/theme/fonts/', readFontsource)
 * // { css: '@font-face { font-family: 'Public Sans'; ... }', files: [...], warnings: [] }
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SiteFont } from '../site/model.ts';

/** A font file to publish: absolute source path and its name under the fonts folder. */
export interface FontFile {
  readonly from: string;
  readonly name: string;
}

export interface FontAssets {
  /** @font-face rules plus the `--md-text-font` / `--md-code-font` custom properties. */
  readonly css: string;
  readonly files: FontFile[];
  readonly warnings: ThemeWarning[];
}

/** A warning of the theme's assets; `at` is the mkdocs.yml setting it is about (`['theme', 'font', 'text']`), for its line. */
export interface ThemeWarning {
  readonly message: string;
  readonly at?: readonly string[];
}

/** How the helper reads a package: the folder of `@fontsource/<name>`, or undefined. */
export type PackageLocator = (name: string) => string | undefined;

/** Weights (and italics) Material's typography uses: body, bold, headings, light h1. */
const FACES = {
  text: ['300', '400', '400-italic', '700', '700-italic'],
  code: ['400', '700'],
} as const;


/**
 * CSS's generic family names. Material quotes the family it is given (`"monospace"`), which makes
 * it a family name no font has, so the browser falls through to the system stack after it: a site
 * that writes `code: monospace` gets the system font with Material, and here, with nothing to install.
 */
const GENERIC_FAMILIES: ReadonlySet<string> = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong']);

export function kebabName(family: string): string {
  return family.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Finds an installed @fontsource package: in the site's project folder (`from`, and the folders
 * above it, as Node resolves packages) first, then next to this program.
 */
export function fontsourceLocator(from?: string): PackageLocator {
  const places = [...(from === undefined ? [] : [createRequire(path.join(from, 'package.json'))]), createRequire(import.meta.url)];
  return (name) => {
    for (const require of places) {
      try {
        return path.dirname(require.resolve(`@fontsource/${name}/package.json`));
      } catch {
        // Not installed there: the next place.
      }
    }
    return undefined;
  };
}

/**
 * Rewrites one fontsource stylesheet: points `src` at `prefix` and drops the .woff fallback
 * (every browser we support reads woff2). Every subset is kept (Cyrillic, Greek, Vietnamese...,
 * as Google Fonts serves Material's): each face has its `unicode-range`, so a browser fetches a
 * subset's file only for a page that shows one of its characters, and a Latin page weighs the same.
 */
export function rewriteFaces(css: string, prefix: string): { css: string; names: string[] } {
  const names: string[] = [];
  const out: string[] = [];
  for (const match of css.matchAll(/\/\*\s*([a-z0-9-]+)\s*\*\/\s*(@font-face\s*\{[^}]*\})/g)) {
    const body = match[2] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!file) continue;
    names.push(file);
    out.push(body.replace(/src:[^;]*;/, `src: url(${prefix}${file}) format('woff2');`));
  }
  return { css: out.join('\n'), names };
}

/** The nearest weight stylesheet a package has to the one wanted (DM Mono lacks 700). */
function faceFile(dir: string, face: string): string | undefined {
  const italic = face.endsWith('-italic');
  const weight = Number.parseInt(face, 10);
  const candidates = [weight, weight - 100, weight + 100, weight - 200, 500, 400];
  for (const w of candidates) {
    const file = path.join(dir, `${w}${italic ? '-italic' : ''}.css`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function fontAssets(font: SiteFont | false, prefix: string, locate: PackageLocator = fontsourceLocator(font === false ? undefined : font.packagesFrom)): FontAssets {
  const warnings: ThemeWarning[] = [];
  const files = new Map<string, FontFile>();
  const rules: string[] = [];
  const stacks: Record<'text' | 'code', string> = {
    text: '-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif',
    code: 'SFMono-Regular, Consolas, Menlo, monospace',
  };
  if (font !== false) {
    for (const role of ['text', 'code'] as const) {
      const family = font[role];
      if (GENERIC_FAMILIES.has(family.trim().toLowerCase())) continue;
      const name = kebabName(family);
      const dir = locate(name);
      if (!dir) {
        warnings.push({ message: `theme.font.${role}: "${family}" is not installed (npm install @fontsource/${name} in the project's folder gives it, with no request to a font host); using system fonts`, at: ['theme', 'font', role] });
        continue;
      }
      const seen = new Set<string>();
      for (const face of FACES[role]) {
        const file = faceFile(dir, face);
        if (!file || seen.has(file)) continue;
        seen.add(file);
        const rewritten = rewriteFaces(readFileSync(file, 'utf8'), prefix);
        rules.push(rewritten.css);
        for (const n of rewritten.names) files.set(n, { from: path.join(dir, 'files', n), name: n });
      }
      stacks[role] = `"${family.replace(/"/g, '')}", ${stacks[role]}`;
    }
  }
  const vars = `:root {\n  --md-text-font: ${stacks.text};\n  --md-code-font: ${stacks.code};\n}\n`;
  return { css: `${rules.join('\n')}\n${vars}`, files: [...files.values()], warnings };
}

/**
 * Weights of the text font every page shows at once: the body (400) and the header's site name
 * and nav titles (700). Headings' 300 is left to load as needed: a page without an h1 would
 * make the browser warn about a preloaded file it never used.
 */
const PRELOAD_WEIGHTS = [400, 700] as const;

/**
 * The text font's latin files a page preloads (names, as published under the fonts folder):
 * fetched beside the stylesheets instead of after layout, so the text does not reflow when they
 * arrive (a layout shift on every first visit). Only files fontAssets publishes.
 *
 * ```ts
 * fontPreloads({ text: 'Public Sans', code: 'DM Mono' }) // ['public-sans-latin-400-normal.woff2', 'public-sans-latin-700-normal.woff2']
 * ```
 */
export function fontPreloads(font: SiteFont | false, locate?: PackageLocator): string[] {
  if (font === false) return [];
  const name = kebabName(font.text);
  // Only the default lookup's answers are kept: a locator given is asked every time.
  const memo = locate === undefined ? foundPreloads(font) : undefined;
  const known = memo?.get(name);
  if (known) return [...known];
  const dir = (locate ?? fontsourceLocator(font.packagesFrom))(name);
  if (!dir) return [];
  const files = PRELOAD_WEIGHTS
    .filter((weight) => existsSync(path.join(dir, `${weight}.css`)))
    .map((weight) => `${name}-latin-${weight}-normal.woff2`)
    .filter((file) => existsSync(path.join(dir, 'files', file)));
  memo?.set(name, files);
  return [...files];
}

/**
 * fontPreloads' answers for installed packages, by the build's font settings (one object per
 * site model, so a build never sees another's answers: `serve` rebuilds with a new model and
 * looks again) and the package's name. Every page asks (Head.astro), and each answer was a
 * package lookup (two `createRequire`s) and four file checks. A package that was not found is
 * looked up again, so a build sees a font installed while it runs.
 */
const preloadsByFont = new WeakMap<SiteFont, Map<string, readonly string[]>>();

function foundPreloads(font: SiteFont): Map<string, readonly string[]> {
  let found = preloadsByFont.get(font);
  if (!found) preloadsByFont.set(font, (found = new Map()));
  return found;
}
