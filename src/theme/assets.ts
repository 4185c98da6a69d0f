/**
 * Files the theme publishes next to the pages, decided by mkdocs.yml at build time so they
 * cannot be static imports: the chosen fonts (.woff2 from @fontsource) and one stylesheet
 * with their @font-face rules, the palette's colours (palette-css.ts) and the icon masks; the
 * sheets of features only some pages show (feature-sheets.ts); and, when some page has a Mermaid diagram,
 * Mermaid's prebuilt script with its licence (src/theme/mermaid.ts). The integration writes
 * them after the build; the dev server serves them from memory.
 *
 * ```ts
 * themeAssets({ font: { text: 'Public Sans', code: 'DM Mono' } }).assets
 * // [{ to: 'assets/theme/theme.css', text: '@font-face {...}' }, { to: 'assets/theme/fonts/...woff2', from: '/.../node_modules/...' }]
 * ```
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IconifyJSON } from '@iconify/types';
import type * as Vite from 'vite';
import type { PageModel, PaletteEntry, SiteInfo } from '../site/model.ts';
import type { StaticFile } from '../site/static-files.ts';
import { fontAssets, type PackageLocator, type ThemeWarning } from './fonts.ts';
import { admonitionIconCss, admonitionTypeCss, admonitionTypesUsed, iconMaskCss, loadMdi, type MaskUse } from './icon-masks.ts';
import { hasMermaid, MERMAID_DIR, MERMAID_SCRIPT } from './mermaid.ts';
import { featureSheetAssets } from './feature-sheets.ts';
import { paletteCss } from './palette-css.ts';
import { initialPalette } from './palette.ts';
import { htmlSlices, someSlice } from '../shared/page-html.ts';

/** Site-relative path of the generated stylesheet; the layout links it. */
export const THEME_CSS = 'assets/theme/theme.css';
/**
 * Site-relative path of the boot script; PaletteScript.astro loads it. One file, so one blocking
 * request: src/theme/boot.js (palette, Material's storage helpers), then observables.js
 * (Material's `document$`, `location$`...).
 */
export const THEME_BOOT = 'assets/theme/boot.js';
const BOOT_PARTS = ['boot.js', 'observables.js'] as const;

/**
 * The published boot script: its parts, each an IIFE, joined and minified (Vite's minifier:
 * every page loads it before painting). Material's observables (`document$`...) only when
 * `observables`: they are there for a site's own scripts (see `runsOwnScripts`).
 */
export function bootScript(observables = true): string {
  const parts = observables ? BOOT_PARTS : BOOT_PARTS.filter((name) => name !== 'observables.js');
  const source = parts.map((name) => readFileSync(path.join(import.meta.dirname, name), 'utf8')).join('\n');
  const { code, errors } = viteMinify()('boot.js', source);
  // Our own files: a syntax error in them is ours to fix, not the user's.
  if (errors.length > 0) throw new Error(`src/theme/boot.js or observables.js: ${errors.map((error) => error.message).join('; ')}`);
  return code;
}

/**
 * Vite's minifier, loaded when first asked for (require of an ES module, synchronous since Node
 * 22.12): imported at the top, Vite's ~700 modules loaded with the CLI, before a cold build could
 * hand its pages to the render worker, which waited for them (~0.2 s of the corpus build). It is
 * rolldown's (`rolldown/utils`, which Vite re-exports), taken from the rolldown Vite itself
 * loads: a rebuild that patches its pages without Astro loaded all of Vite for this one call
 * (110-210 ms on this machine), rolldown's utilities alone take 17 ms, and the output is the same.
 */
function viteMinify(): typeof Vite.minifySync {
  const fromVite = createRequire(createRequire(import.meta.url).resolve('vite'));
  return (fromVite('rolldown/utils') as { minifySync: typeof Vite.minifySync }).minifySync;
}

/**
 * Whether a site runs scripts of its own, which may subscribe to Material's observables:
 * extra_javascript, extra.polyfills, or a `<script>` in a page's HTML or a template's. The
 * theme's own scripts only feed them; with no one to read them, a build's boot script leaves them
 * out (1.1 kB gzipped on every page). Serve's keeps them (see ThemeAssetsInput.siteCss).
 */
export function runsOwnScripts(model: ThemeAssetsInput): boolean {
  if (model.site.extraJavascript.length > 0 || model.site.extra['polyfills'] !== undefined) return true;
  for (const html of siteHtml(model.pages)) if (/<script\b/i.test(html)) return true;
  return false;
}
const FONTS_DIR = 'assets/theme/fonts/';

/** Site-relative path of a published font file (`name` as fontAssets lists it). */
export function fontPath(name: string): string {
  return FONTS_DIR + name;
}

/** A published file: copied from `from`, or written from `text`. */
export type ThemeAsset = { readonly to: string; readonly from: string } | { readonly to: string; readonly text: string };

/**
 * What decides the theme's files: the site's fonts, palette colours and the features that need
 * an icon, and what its pages hold (a Mermaid diagram, a task list, tags, a status).
 */
export interface ThemeAssetsInput {
  readonly site: Pick<SiteInfo, 'font' | 'admonitionIcons' | 'palette' | 'features' | 'extra' | 'extraJavascript'> & Partial<Pick<SiteInfo, 'languages'>>;
  readonly pages: ReadonlyArray<Pick<PageModel, 'html' | 'meta' | 'tags'> & Partial<Pick<PageModel, 'overrides'>>>;
  /**
   * The text of the site's own stylesheets. Given (a build), theme.css declares only the
   * admonition icons and type rules the site uses (icon-masks.ts admonitionTypesUsed), and the
   * boot script has the observables only when the site runs scripts of its own (runsOwnScripts);
   * left out (serve, where a page or a stylesheet may change without the theme's files being
   * loaded again: a saved page is swapped in, its scripts run, live-update.ts), all of them, and
   * the observables.
   */
  readonly siteCss?: readonly string[] | undefined;
}

/** The text of each stylesheet among a site's static files (its extra_css, what they import, a theme's own). */
export function siteStylesheets(files: ReadonlyArray<Pick<StaticFile, 'from' | 'to'>>): string[] {
  return files.filter((file) => file.to.endsWith('.css')).map((file) => readFileSync(file.from, 'utf8'));
}

/**
 * Every piece of HTML the site's pages draw from its content: their Markdown's (a slice at a time
 * when it is in a file, src/shared/page-html.ts) and their templates'. A file's slices end after a
 * `>`: a class attribute's quoted value is not cut unless it holds a `>` itself.
 */
function* siteHtml(pages: ThemeAssetsInput['pages']): Generator<string> {
  for (const page of pages) {
    yield* htmlSlices(page.html);
    for (const segments of [...Object.values(page.overrides?.blocks ?? {}), ...Object.values(page.overrides?.partials ?? {})]) {
      for (const segment of segments) if (segment.kind === 'html') yield segment.html;
    }
  }
}

/** The mask icons' users (icon-masks.ts) among what the site lists and its pages hold. */
export function maskUses(model: ThemeAssetsInput): Set<MaskUse> {
  const uses = new Set<MaskUse>();
  // With the i18n plugin, a language may list features (and palettes) of its own.
  const languages = Object.values(model.site.languages ?? {});
  const features = [...model.site.features, ...languages.flatMap((language) => language.features)];
  if (features.includes('content.code.copy')) uses.add('content.code.copy');
  if (features.includes('content.code.select')) uses.add('content.code.select');
  if (model.site.extra['version']) uses.add('version');
  for (const page of model.pages) {
    if (someSlice(page.html, (html) => /class=["']?[^"'>]*\btask-list/.test(html))) uses.add('tasklist');
    // The tag icon: drawn on every tag once extra.tags is set (PageTag.icon), on pages and listings.
    if (page.tags?.some((tag) => tag.icon) || someSlice(page.html, (html) => /class=["']?[^"'>]*\bmd-tag-icon\b/.test(html))) uses.add('tags');
    if (typeof page.meta['status'] === 'string' && page.meta['status'] !== '') uses.add('status');
  }
  return uses;
}

/**
 * Every palette a page is drawn with: the site's and, with the i18n plugin, each language's (a
 * list left empty is Material's default, which paletteCss would not add beside the others).
 */
function drawnPalettes(site: ThemeAssetsInput['site']): PaletteEntry[] {
  const lists = [site.palette, ...Object.values(site.languages ?? {}).map((language) => language.palette)];
  return lists.flatMap((list) => (list.length > 0 ? list : [initialPalette(list)]));
}

/** What themeAssets makes alike for every site: the mask icons' mdi data, and the boot script with and without Material's observables. */
export interface ThemeParts {
  readonly mdi: IconifyJSON;
  readonly boot: (observables: boolean) => string;
}

/**
 * ThemeParts made now: a cold build makes them while its pages render, once Astro waits for them
 * (the mdi set read and the boot script minified: ~30 ms of its end otherwise).
 */
export function themeParts(): ThemeParts {
  const mdi = loadMdi();
  const boots = new Map([true, false].map((observables) => [observables, bootScript(observables)]));
  return { mdi, boot: (observables) => boots.get(observables) ?? bootScript(observables) };
}

export function themeAssets(model: ThemeAssetsInput, locate: { fonts?: PackageLocator; mermaid?: () => string | undefined } = {}, parts?: ThemeParts): { assets: ThemeAsset[]; warnings: ThemeWarning[] } {
  // The stylesheet sits in assets/theme/, so `fonts/...` resolves under any base path.
  const fonts = fontAssets(model.site.font, 'fonts/', locate.fonts);
  const types = model.siteCss && admonitionTypesUsed(siteHtml(model.pages), model.siteCss);
  const css = `/* Generated by the theme from mkdocs.yml (theme.font, theme.palette, theme.icon.admonition) and the mdi icon set. */\n${fonts.css}\n${paletteCss(drawnPalettes(model.site))}${iconMaskCss(parts?.mdi ?? loadMdi(), maskUses(model), types)}${admonitionTypeCss(types)}${admonitionIconCss(model.site.admonitionIcons ?? [])}`;
  const assets: ThemeAsset[] = [{ to: THEME_CSS, text: css }, { to: THEME_BOOT, text: (parts?.boot ?? bootScript)(model.siteCss === undefined || runsOwnScripts(model)) }, ...featureSheetAssets(), ...fonts.files.map((file) => ({ to: FONTS_DIR + file.name, from: file.from }))];
  const warnings = [...fonts.warnings];
  // Sites without a diagram do not grow by Mermaid's 3.5 MB.
  if (model.pages.some((page) => someSlice(page.html, hasMermaid))) {
    const dir = (locate.mermaid ?? locateMermaid)();
    if (dir) assets.push({ to: MERMAID_SCRIPT, from: path.join(dir, 'dist', 'mermaid.min.js') }, { to: `${MERMAID_DIR}LICENSE`, from: path.join(dir, 'LICENSE') });
    else warnings.push({ message: "Mermaid diagrams are shown as their source: the 'mermaid' package is not installed next to mkdocs-astro" });
  }
  return { assets, warnings };
}

/** The folder of the installed `mermaid` package (its prebuilt dist/mermaid.min.js is published as is, not bundled). */
function locateMermaid(): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json'));
  } catch {
    return undefined;
  }
}

/** Writes the assets into the built site (`astro:build:done`). */
export function writeThemeAssets(outDir: string, assets: readonly ThemeAsset[]): void {
  for (const asset of assets) {
    const target = path.join(outDir, asset.to);
    mkdirSync(path.dirname(target), { recursive: true });
    // A file of its own: a static file of the same name may be linked from the site still published.
    rmSync(target, { force: true });
    if ('text' in asset) writeFileSync(target, asset.text);
    else copyFileSync(asset.from, target);
  }
}
