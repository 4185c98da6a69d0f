/**
 * The slug functions mkdocs.yml can name for `toc.slugify` (and PyMdown's tabbed `slugify`):
 *
 * - `!!python/name:markdown.extensions.toc.slugify` (the default), `...toc.slugify_unicode`;
 * - `!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower, percent_encode: true, normalize: NFD}}`;
 * - the deprecated `pymdownx.slugs.uslugify`, `uslugify_cased`, `gfm` (and their `_encoded` forms),
 *   which are that configurable slugify with fixed arguments.
 *
 * `Théâtre Ωℑ` -> `theatre` (toc), `théâtre-ωℑ` (`case: lower`), `Theatre-Ωℑ` (`normalize: NFD`).
 */
import { slugify } from './slugify.ts';

/** `(text, separator) -> slug`, as Python-Markdown calls `slugify(value, separator)`. */
export type Slugify = (text: string, separator: string) => string;

export interface PymdownSlugOptions {
  /** `none` keeps case; `lower`; `lower-ascii` lowers A-Z only; `fold` is Unicode case folding. */
  readonly case: 'none' | 'lower' | 'lower-ascii' | 'fold';
  readonly percentEncode: boolean;
  readonly normalize: 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
}

const CASES = ['none', 'lower', 'lower-ascii', 'fold'] as const;
const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;

/** pymdownx.slugs' `_uslugify`: tags dropped, Unicode word characters kept, spaces -> separator. */
export function pymdownSlugify(options: PymdownSlugOptions): Slugify {
  return (text, separator) => {
    let slug = text.normalize(options.normalize).replace(/<\/?[^>]*>/g, '').replace(PY_EDGE_SPACE, '');
    if (options.case === 'lower') slug = slug.toLowerCase();
    else if (options.case === 'lower-ascii') slug = slug.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
    // Python's casefold() differs from lower() mainly in the German sharp s (and a few ligatures).
    else if (options.case === 'fold') slug = slug.toLowerCase().replace(/ß/g, 'ss');
    slug = slug.replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, separator);
    return options.percentEncode ? percentEncode(slug) : slug;
  };
}

// Python's str.strip() removes Unicode whitespace plus the information separators \x1c-\x1f.
const PY_EDGE_SPACE = /^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g;

/** Python's `urllib.parse.quote(bytes)`: everything but `A-Za-z0-9_.-~` and `/` is %XX. */
function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%2F/g, '/');
}

/** A `!!python/...` value as the config loader gives it (`{ python, value, kwds }`) or as a string. */
interface PythonRef {
  readonly name: string;
  readonly kwds: Readonly<Record<string, unknown>>;
  /** `!!python/object/apply:` (a call's result) rather than `!!python/name:` (the function). */
  readonly applied: boolean;
}

function pythonRef(value: unknown): PythonRef | undefined {
  if (typeof value === 'string') return { name: value.replace(/^!!python\/(name|object\/apply):/, ''), kwds: {}, applied: value.startsWith('!!python/object/apply:') };
  if (typeof value !== 'object' || value === null || !('value' in value) || typeof value.value !== 'string') return undefined;
  const kwds = 'kwds' in value && typeof value.kwds === 'object' && value.kwds !== null ? value.kwds : {};
  const applied = 'python' in value && value.python === 'object/apply';
  return { name: value.value, kwds: Object.fromEntries(Object.entries(kwds)), applied };
}

/**
 * The slug function an option names, or undefined when it names one we do not know (the caller
 * reports it and falls back to Python-Markdown's default).
 */
export function slugFunction(value: unknown): Slugify | undefined {
  if (value === undefined || value === null) return (text, separator) => slugify(text, separator, false);
  const ref = pythonRef(value);
  if (!ref) return undefined;
  switch (ref.name) {
    case 'markdown.extensions.toc.slugify':
      return (text, separator) => slugify(text, separator, false);
    case 'markdown.extensions.toc.slugify_unicode':
      return (text, separator) => slugify(text, separator, true);
    case 'pymdownx.slugs.slugify':
      // The configurable slugify must be called (object/apply); named, it is the factory itself,
      // which MkDocs' toc then calls with the heading text and fails on (TypeError).
      if (!ref.applied) return undefined;
      return pymdownSlugify({ case: pick(CASES, ref.kwds['case'], 'none'), percentEncode: ref.kwds['percent_encode'] === true, normalize: pick(FORMS, ref.kwds['normalize'], 'NFC') });
    default: {
      const fixed = LEGACY.get(ref.name);
      return fixed ? pymdownSlugify(fixed) : undefined;
    }
  }
}

const LEGACY = new Map<string, PymdownSlugOptions>([
  ['pymdownx.slugs.uslugify', { case: 'lower', percentEncode: false, normalize: 'NFC' }],
  ['pymdownx.slugs.uslugify_encoded', { case: 'lower', percentEncode: true, normalize: 'NFC' }],
  ['pymdownx.slugs.uslugify_cased', { case: 'none', percentEncode: false, normalize: 'NFC' }],
  ['pymdownx.slugs.uslugify_cased_encoded', { case: 'none', percentEncode: true, normalize: 'NFC' }],
  ['pymdownx.slugs.gfm', { case: 'lower-ascii', percentEncode: false, normalize: 'NFC' }],
  ['pymdownx.slugs.gfm_encoded', { case: 'lower-ascii', percentEncode: true, normalize: 'NFC' }],
]);

function pick<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Why a `slugify` value cannot be used, for the warning; undefined when it can. */
export function slugifyProblem(value: unknown): string | undefined {
  if (slugFunction(value) !== undefined) return undefined;
  const ref = pythonRef(value);
  if (ref?.name === 'pymdownx.slugs.slugify') {
    return 'toc: `!!python/name:pymdownx.slugs.slugify` names the slug factory, which fails in MkDocs (TypeError); write `!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`. Using Python-Markdown\'s default slugify';
  }
  return `toc: unknown slugify function \`${ref?.name ?? String(value)}\`; using Python-Markdown's default slugify. Use markdown.extensions.toc.slugify(_unicode) or pymdownx.slugs.slugify`;
}
