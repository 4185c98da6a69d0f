/**
 * What Material 9.7's base.html draws by default in the blocks whose default depends on the page
 * (src/templates/base.html of mkdocs-material): the `htmltitle` title, the front matter `meta`
 * tags drawn between the `analytics` and `extrahead` blocks, and the `config` block's
 * `__config` JSON. A site's `{{ super() }}` stands for these, and its scripts may read them.
 *
 * @example htmlTitle({ siteName: 'Docs', title: 'Setup', meta: {}, homepage: false }) // 'Setup - Docs'
 */
import { decodeCharacterReferences } from '../markdown/index.ts';
import { jinjaJson } from '../shared/jinja-json.ts';
import { titleText } from './title-html.ts';

export interface TitleInput {
  readonly siteName: string;
  /** As the page model holds it: HTML, or the first H1's text when textTitle (src/theme/title-html.ts). */
  readonly title: string;
  readonly textTitle?: boolean | undefined;
  /** The page's front matter. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** MkDocs' `page.is_homepage`: the top-level index page. */
  readonly homepage: boolean;
}

/**
 * The `htmltitle` block's title: the front matter `title` with the site name (on the homepage
 * too), else the page title without tags with the site name (not on the homepage, and even when
 * it is the site name), else the site name alone.
 *
 * @example htmlTitle({ siteName: 'Docs', title: 'Home', meta: { title: 'Start' }, homepage: true }) // 'Start - Docs'
 */
export function htmlTitle(input: TitleInput): string {
  const own = input.meta['title'];
  // Written raw into <title>, where a browser decodes character references and shows tags as text.
  if (truthy(own)) return `${decodeCharacterReferences(pythonString(own))} - ${input.siteName}`;
  if (input.title !== '' && !input.homepage) return `${titleText(input)} - ${input.siteName}`;
  return input.siteName;
}

/**
 * The `meta:` list of a page's front matter as attribute sets, one `<meta>` each, as Material
 * draws them after the analytics block: each entry a mapping of attribute to value.
 *
 * @example frontMatterMeta({ meta: [{ name: 'robots', content: 'noindex' }] }) // [{ name: 'robots', content: 'noindex' }]
 */
export function frontMatterMeta(meta: Readonly<Record<string, unknown>>): Array<Record<string, string>> {
  const list = meta['meta'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((tag: unknown) => {
    if (typeof tag !== 'object' || tag === null || Array.isArray(tag)) return [];
    return [Object.fromEntries(Object.entries(tag).map(([key, value]) => [key, pythonString(value)]))];
  });
}

export interface ScriptEntry {
  readonly path: string;
  readonly type: string | undefined;
  readonly defer: boolean;
  readonly async: boolean;
}

/**
 * A list of scripts as mkdocs.yml writes them (a path, or `{path, type, defer, async}`), for the
 * `libs` block's default (`extra.polyfills`, drawn with MkDocs' `script_tag`); anything else is skipped.
 *
 * @example scriptEntries(['polyfill.js']) // [{ path: 'polyfill.js', type: undefined, defer: false, async: false }]
 */
export function scriptEntries(list: unknown): ScriptEntry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [{ path: entry, type: undefined, defer: false, async: false }];
    if (typeof entry !== 'object' || entry === null || !('path' in entry) || typeof entry.path !== 'string') return [];
    const type = 'type' in entry && typeof entry.type === 'string' && entry.type !== '' ? entry.type : undefined;
    return [{ path: entry.path, type, defer: 'defer' in entry && entry.defer === true, async: 'async' in entry && entry.async === true }];
  });
}

/**
 * MkDocs' `base_url` of a page: the way from the page's folder up to the site's root (`.`,
 * `..`, `../..`), as `get_relative_url('.', page.url)` computes it.
 *
 * @example relativeBase('guide/setup/') // '../..'
 */
export function relativeBase(pageUrl: string): string {
  const depth = pageUrl.split('/').length - 1;
  return depth === 0 ? '.' : Array.from({ length: depth }, () => '..').join('/');
}

export interface ConfigInput {
  /** MkDocs' `base_url` for the page (relativeBase; the base path on the not-found page). */
  readonly base: string;
  readonly features: readonly string[];
  /** Material's `lang.t`: the site's label for a key, else the key. */
  readonly translate: (key: string) => string;
  /** `extra.tags` and `extra.version` of mkdocs.yml. */
  readonly tags: unknown;
  readonly version: unknown;
  /** `extra.annotate`: more code annotation selectors per language; in the JSON only when set. */
  readonly annotate?: unknown;
}

/** The labels Material's `__config` carries, in its order. */
const CONFIG_LABELS = [
  'clipboard.copy',
  'clipboard.copied',
  'search.result.placeholder',
  'search.result.none',
  'search.result.one',
  'search.result.other',
  'search.result.more.one',
  'search.result.more.other',
  'search.result.term.missing',
  'select.version',
] as const;

/**
 * The text of the `config` block's `<script id="__config" type="application/json">`, as Jinja's
 * `tojson` writes it. Material's `search` entry (the path of its search worker) is left out: we
 * ship no such worker, and a path to nothing would only mislead a script that reads it.
 *
 * @example configJson({ base: '.', features: [], translate: (k) => k, tags: undefined, version: undefined })
 *   // '{"base": ".", "features": [], "tags": null, "translations": {...}, "version": null}'
 */
export function configJson(input: ConfigInput): string {
  return jinjaJson({
    base: input.base,
    features: input.features,
    translations: Object.fromEntries(CONFIG_LABELS.map((key) => [key, input.translate(key)])),
    tags: truthy(input.tags) ? input.tags : null,
    version: truthy(input.version) ? input.version : null,
    // Not in Material 9.7's community base.html source we have read; written only when a site sets it,
    // so that every other site's block stays Material's exactly.
    ...(truthy(input.annotate) ? { annotate: input.annotate } : {}),
  });
}

/** Python's truth of a YAML value: empty strings, lists, mappings, zero and null are false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** How Jinja prints a scalar: `True`/`False`/`None` for YAML's booleans and null. */
function pythonString(value: unknown): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null || value === undefined) return 'None';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
