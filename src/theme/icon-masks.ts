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
import { createRequire } from 'node:module';
// Subpaths: the package's index loads 65 modules, these 10.
import { getIconData } from '@iconify/utils/lib/icon-set/get-icon';
import { iconToHTML } from '@iconify/utils/lib/svg/html';
import { iconToSVG } from '@iconify/utils/lib/svg/build';
import { readIconSet } from '../shared/iconify-set.ts';
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

/** Each type's colour (Material's). */
const ADMONITION_COLOURS: Readonly<Record<keyof typeof ADMONITION_ICONS, string>> = {
  note: '#448aff',
  abstract: '#00b0ff',
  info: '#00b8d4',
  tip: '#00bfa5',
  success: '#00c853',
  question: '#64dd17',
  warning: '#ff9100',
  failure: '#ff5252',
  danger: '#ff1744',
  bug: '#f50057',
  example: '#7c4dff',
  quote: '#9e9e9e',
};

/**
 * The other class names of each type (Material's aliases): an admonition of any of them draws
 * the type's colour and icon.
 */
const ADMONITION_ALIASES: Readonly<Partial<Record<keyof typeof ADMONITION_ICONS, readonly string[]>>> = {
  abstract: ['summary', 'tldr'],
  info: ['todo'],
  tip: ['hint', 'important'],
  success: ['check', 'done'],
  question: ['help', 'faq'],
  warning: ['caution', 'attention'],
  failure: ['fail', 'missing'],
  danger: ['error'],
  quote: ['cite'],
};

/** A `class` attribute's value, quoted either way or bare. */
const CLASS_VALUE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * The admonition types whose icons a site needs: `note` always (every admonition and details
 * starts from its icon, whatever its type), and each other type that a class in the HTML (its
 * pages' and its templates') names, or that a stylesheet of the site reads as
 * `--md-admonition-icon--<type>` (a type of its own drawn with a built-in icon).
 */
export function admonitionTypesUsed(html: Iterable<string>, css: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const piece of html) {
    for (const match of piece.matchAll(CLASS_VALUE)) for (const name of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) classes.add(name);
  }
  const read = [...css].join('\n');
  const used = new Set<string>(['note']);
  for (const type of Object.keys(ADMONITION_ICONS) as Array<keyof typeof ADMONITION_ICONS>) {
    const names = [type, ...(ADMONITION_ALIASES[type] ?? [])];
    if (names.some((name) => classes.has(name)) || read.includes(`--md-admonition-icon--${type}`)) used.add(type);
  }
  return used;
}

/**
 * What a site shows that needs one of the icons below: a theme feature it lists, or something
 * some page of it has (a task list, a tag, a front matter status, mike's version selector).
 */
export type MaskUse = 'content.code.copy' | 'content.code.select' | 'tasklist' | 'tags' | 'status' | 'version';

/**
 * Icons the theme's stylesheets use besides admonitions: property name -> mdi icon, and what
 * needs it (none: every site). A site gets only the icons of what it uses.
 */
const THEME_ICONS: Readonly<Record<string, { readonly icon: string; readonly use?: MaskUse }>> = {
  '--md-details-icon': { icon: 'chevron-right' },
  '--md-tasklist-icon': { icon: 'checkbox-blank-circle', use: 'tasklist' },
  '--md-tasklist-icon--checked': { icon: 'check-circle', use: 'tasklist' },
  '--md-clipboard-icon': { icon: 'content-copy', use: 'content.code.copy' },
  '--md-clipboard-icon--done': { icon: 'check', use: 'content.code.copy' },
  '--md-code-select-icon': { icon: 'cursor-text', use: 'content.code.select' },
  '--md-nav-icon--next': { icon: 'chevron-right' },
  '--md-nav-icon--prev': { icon: 'arrow-left' },
  '--md-toc-icon': { icon: 'format-list-bulleted' },
  '--md-admonition-icon--download': { icon: 'download-circle' },
  // The tags plugin's default tag icon, drawn when extra.tags is set.
  '--md-tag-icon': { icon: 'pound', use: 'tags' },
  // Front matter `status` in the nav: Material's default and its three named statuses.
  '--md-status': { icon: 'information-outline', use: 'status' },
  '--md-status--new': { icon: 'alert-decagram', use: 'status' },
  '--md-status--deprecated': { icon: 'trash-can', use: 'status' },
  '--md-status--encrypted': { icon: 'shield-lock', use: 'status' },
  // The caret after mike's current version in the header (regions/version.css).
  '--md-version-icon': { icon: 'menu-down', use: 'version' },
};

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
  // iconToHTML writes the xmlns itself: a second one is a repeated attribute, which makes the
  // SVG ill-formed XML, and a browser then draws no icon at all.
  return iconToHTML(rendered.body, { viewBox: rendered.attributes.viewBox });
}

/**
 * The `:root` rule declaring the mask icons: those of the admonition `types` and of what the site
 * `uses` (every one when either is left out); pass the mdi set (see `loadMdi`).
 */
export function iconMaskCss(set: IconifyJSON, uses?: ReadonlySet<MaskUse>, types?: ReadonlySet<string>): string {
  const lines: string[] = [];
  const add = (property: string, icon: string) => {
    const svg = mdiSvg(set, icon);
    if (svg) lines.push(`  ${property}: ${svgDataUri(svg)};`);
  };
  for (const [type, icon] of Object.entries(ADMONITION_ICONS)) if (!types || types.has(type)) add(`--md-admonition-icon--${type}`, icon);
  for (const [property, { icon, use }] of Object.entries(THEME_ICONS)) if (!use || !uses || uses.has(use)) add(property, icon);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/**
 * The rules that give admonitions and details of each of `types` (every one when left out) its
 * colour and icon, under the type's class and its aliases, in the theme layer as
 * typeset/admonition.css had them: a site whose pages use three types carries three rules.
 *
 * @example admonitionTypeCss(new Set(['note'])) // '@layer theme {\n.md-typeset :is(.admonition, details).note {\n  --md-admonition-color: #448aff;\n  --md-admonition-mask: var(--md-admonition-icon--note);\n}\n}\n'
 */
export function admonitionTypeCss(types?: ReadonlySet<string>): string {
  const rules = (Object.keys(ADMONITION_ICONS) as Array<keyof typeof ADMONITION_ICONS>)
    .filter((type) => !types || types.has(type))
    .map((type) => {
      const selectors = [type, ...(ADMONITION_ALIASES[type] ?? [])].map((name) => `.md-typeset :is(.admonition, details).${name}`);
      return `${selectors.join(',\n')} {\n  --md-admonition-color: ${ADMONITION_COLOURS[type]};\n  --md-admonition-mask: var(--md-admonition-icon--${type});\n}\n`;
    });
  return `@layer theme {\n${rules.join('')}}\n`;
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

/** The icons of the mdi set (@iconify-json/mdi) the masks draw. */
export function loadMdi(): IconifyJSON {
  const names = [...Object.values(ADMONITION_ICONS), ...Object.values(THEME_ICONS).map(({ icon }) => icon)];
  return readIconSet(require.resolve('@iconify-json/mdi/icons.json')).subset(names);
}
