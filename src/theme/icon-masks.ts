/**
 * CSS for the icons the stylesheets draw as masks (admonitions, details arrows, task list
 * ticks, the copy button), generated at build time from the mdi set so no icon font or
 * remote file is needed. Each icon becomes a custom property holding an SVG data URI:
 *
 * ```css
 * :root { --md-admonition-icon--note: url("data:image/svg+xml;charset=utf-8,<svg ...>"); }
 * ```
 *
 * The property names are Material's, so a site's extra.css that overrides them keeps working.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getIconData, iconToHTML, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';

const require = createRequire(import.meta.url);

/** Admonition type -> mdi icon (Material's defaults). */
export const ADMONITION_ICONS = {
  note: 'pencil',
  abstract: 'clipboard-text',
  info: 'information',
  tip: 'fire',
  success: 'check',
  question: 'help-circle',
  warning: 'alert',
  failure: 'close',
  danger: 'lightning-bolt',
  bug: 'bug',
  example: 'flask',
  quote: 'format-quote-close',
} as const;

/** Icons the theme's stylesheets use besides admonitions: property name -> mdi icon. */
const THEME_ICONS = {
  '--md-details-icon': 'chevron-right',
  '--md-tasklist-icon': 'checkbox-blank-circle',
  '--md-tasklist-icon--checked': 'check-circle',
  '--md-clipboard-icon': 'content-copy',
  '--md-clipboard-icon--done': 'check',
  '--md-code-select-icon': 'cursor-text',
  '--md-nav-icon--next': 'chevron-right',
  '--md-nav-icon--prev': 'arrow-left',
  '--md-toc-icon': 'format-list-bulleted',
  '--md-admonition-icon--download': 'download-circle',
  // The tags plugin's default tag icon, drawn when extra.tags is set.
  '--md-tag-icon': 'pound',
  // Front matter `status` in the nav: Material's default and its three named statuses.
  '--md-status': 'information-outline',
  '--md-status--new': 'alert-decagram',
  '--md-status--deprecated': 'trash-can',
  '--md-status--encrypted': 'shield-lock',
  // The caret after mike's current version in the header (regions/version.css).
  '--md-version-icon': 'menu-down',
} as const;

/** An SVG as a CSS `url()`; only the characters that break a quoted data URI are escaped. */
export function svgDataUri(svg: string): string {
  const escaped = svg.replace(/"/g, "'").replace(/%/g, '%25').replace(/#/g, '%23').replace(/\n/g, '');
  return `url("data:image/svg+xml;charset=utf-8,${escaped}")`;
}

/** The mdi icon as standalone SVG markup, or undefined when the set lacks it. */
export function mdiSvg(set: IconifyJSON, name: string): string | undefined {
  const data = getIconData(set, name);
  if (!data) return undefined;
  const rendered = iconToSVG(data);
  return iconToHTML(rendered.body, { xmlns: 'http://www.w3.org/2000/svg', viewBox: rendered.attributes.viewBox });
}

/** The `:root` rule declaring every mask icon; pass the mdi set (see `loadMdi`). */
export function iconMaskCss(set: IconifyJSON): string {
  const lines: string[] = [];
  const add = (property: string, icon: string) => {
    const svg = mdiSvg(set, icon);
    if (svg) lines.push(`  ${property}: ${svgDataUri(svg)};`);
  };
  for (const [type, icon] of Object.entries(ADMONITION_ICONS)) add(`--md-admonition-icon--${type}`, icon);
  for (const [property, icon] of Object.entries(THEME_ICONS)) add(property, icon);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

const BUILT_IN_TYPES: ReadonlySet<string> = new Set(Object.keys(ADMONITION_ICONS));

/**
 * `theme.icon.admonition` (src/site/admonition-icons.ts) as CSS, after `iconMaskCss` so it wins:
 * one `:root` rule redefining `--md-admonition-icon--<type>`, as Material's partials/icons.html
 * writes it. Material's stylesheet reads the property only for its twelve types, so a site's
 * own type needs its extra.css to use it; here a type of its own (or an alias such as `summary`)
 * also gets the rule that makes its admonitions and details draw it. That rule is `:root`-scoped
 * to outrank the stylesheet's equally specific per-type rules whatever their order.
 *
 * @example admonitionIconCss([{ type: 'note', svg: '<svg .../>' }]) // ':root {\n  --md-admonition-icon--note: url("data:...");\n}\n'
 */
export function admonitionIconCss(icons: ReadonlyArray<{ readonly type: string; readonly svg: string }>): string {
  if (icons.length === 0) return '';
  const properties = icons.map(({ type, svg }) => `  --md-admonition-icon--${type}: ${svgDataUri(svg)};`);
  const selectors = icons
    .filter(({ type }) => !BUILT_IN_TYPES.has(type))
    .map(({ type }) => `:root .md-typeset :is(.admonition, details).${type} {\n  --md-admonition-mask: var(--md-admonition-icon--${type});\n}\n`);
  return `:root {\n${properties.join('\n')}\n}\n${selectors.join('')}`;
}

/** Reads the mdi set from @iconify-json/mdi. */
export function loadMdi(): IconifyJSON {
  return JSON.parse(readFileSync(require.resolve('@iconify-json/mdi/icons.json'), 'utf8'));
}
