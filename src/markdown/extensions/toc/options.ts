/**
 * toc options as mkdocs.yml writes them, with Python-Markdown's defaults and its loose booleans
 * (`permalink: true`, `permalink: "#"`, `permalink: "yes"`).
 */
import { slugify } from './slugify.ts';
import { slugFunction, slugifyProblem, type Slugify } from './slugs.ts';

const defaultSlugify: Slugify = (value, separator) => slugify(value, separator, false);

export interface TocOptions {
  /** Lowest and highest heading level listed in the ToC (`toc_depth: 3` is 1-3, `"2-4"` is 2-4). */
  readonly depth: { readonly top: number; readonly bottom: number };
  /** Levels added to every heading (`baselevel: 2` makes `#` an h2). */
  readonly levelShift: number;
  /** Permalink text, or undefined for none. */
  readonly permalink: string | undefined;
  readonly permalinkClass: string;
  readonly permalinkTitle: string;
  readonly anchorlink: boolean;
  readonly anchorlinkClass: string;
  readonly marker: string;
  readonly tocClass: string;
  readonly title: string;
  /** Class of the title's <span>; empty: no class. */
  readonly titleClass: string;
  /** Put the permalink first in the heading instead of last. */
  readonly permalinkLeading: boolean;
  readonly separator: string;
  /** `slugify: !!python/name:...` or `!!python/object/apply:pymdownx.slugs.slugify` (see slugs.ts). */
  readonly slugify: Slugify;
  /** Set (a warning) when `slugify` names a function we cannot use (Python-Markdown's default is used). */
  readonly slugifyProblem: string | undefined;
}

export function tocOptions(raw: Readonly<Record<string, unknown>>): TocOptions {
  const permalink = looseBool(raw['permalink']);
  const named = slugFunction(raw['slugify']);
  return {
    depth: depth(raw['toc_depth']),
    levelShift: Math.max(0, Number.parseInt(String(raw['baselevel'] ?? '1'), 10) - 1 || 0),
    permalink: permalink === true ? '¶' : typeof permalink === 'string' ? permalink : undefined,
    permalinkClass: text(raw['permalink_class'], 'headerlink'),
    permalinkTitle: text(raw['permalink_title'], 'Permanent link'),
    anchorlink: looseBool(raw['anchorlink']) === true,
    anchorlinkClass: text(raw['anchorlink_class'], 'toclink'),
    marker: text(raw['marker'], '[TOC]'),
    tocClass: text(raw['toc_class'], 'toc'),
    title: text(raw['title'], ''),
    titleClass: text(raw['title_class'], 'toctitle'),
    permalinkLeading: looseBool(raw['permalink_leading']) === true,
    separator: text(raw['separator'], '-'),
    slugify: named ?? defaultSlugify,
    slugifyProblem: named ? undefined : slugifyProblem(raw['slugify']),
  };
}

function depth(value: unknown): TocOptions['depth'] {
  if (typeof value === 'string' && value.includes('-')) {
    const [top = 1, bottom = 6] = value.split('-').map((part) => Number.parseInt(part, 10));
    return { top, bottom };
  }
  const bottom = Number.parseInt(String(value ?? 6), 10);
  return { top: 1, bottom: Number.isNaN(bottom) ? 6 : bottom };
}

/** Python-Markdown's parseBoolValue(value, preserve_none): a non-boolean string is kept as text. */
function looseBool(value: unknown): boolean | string {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null || value === undefined) return false;
  const lowered = String(value).toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(lowered)) return true;
  if (['false', 'no', 'n', 'off', '0', 'none'].includes(lowered)) return false;
  return String(value);
}


function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
