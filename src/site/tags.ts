/**
 * Material's `tags` plugin (9.7), the part that needs no page HTML: its options, the tags of each
 * page (front matter `tags:`, after the meta plugin's defaults) and the tag links each page draws
 * above its content, pointing at the closest listing (src/site/tags-listing.ts) that shows the tag.
 *
 *   const options = tagsOptions([{ name: 'tags', options: {} }], [], {});
 *   pageTags({ tags: ['Beta', 'Alpha', 'Beta'] }, options.options!).tags // ['Alpha', 'Beta']
 */
import { pymdownSlugify, slugFunction, type ExtensionSpec, type Slugify } from '../markdown/index.ts';
import { compareCodePoints } from '../shared/code-points.ts';

export interface TagsOptions {
  /** `tags`: draw each page's tags above its content. */
  readonly drawTags: boolean;
  /** `tags_name_property`: the front matter key holding a page's tags. */
  readonly property: string;
  readonly slugify: Slugify;
  readonly separator: string;
  /** `tags_slugify_format`, `tag:{slug}` by default: the anchor of a tag in a listing. */
  readonly format: string;
  /** `listings`: false removes every listing directive. */
  readonly listings: boolean;
  /** `listings_directive`: the HTML comment that marks a listing. */
  readonly directive: string;
  /** `listings_map`: named listing settings a directive may refer to. */
  readonly listingsMap: Readonly<Record<string, unknown>>;
  /** The toc extension's deepest level: the level of the placeholder heading (as Material uses). */
  readonly depth: number;
  /** `tags_file` (deprecated in 9.x, Material 8's tags index): that page gets a listing. */
  readonly tagsFile: string | undefined;
  /** `tags_extra_files` (Insiders): page -> the only tags its listing shows. */
  readonly extraFiles: Readonly<Record<string, readonly string[]>>;
  /** `extra.tags`: tag name -> identifier, which adds Material's icon classes. */
  readonly icons: Readonly<Record<string, string>> | undefined;
  /** `tags_sort_by` / `tags_sort_reverse`: the order of a page's tags. */
  readonly tagsSort: SortOrder;
  /** `listings_tags_sort_by` / `_reverse`: the order of the tags in a listing. */
  readonly listingTagsSort: SortOrder;
  /** `listings_sort_by` / `_reverse`: the order of the pages under a tag. */
  readonly listingsSort: SortOrder;
  /** `tags_hierarchy` + `tags_hierarchy_separator`: the separator of nested tags; undefined when tags are flat. */
  readonly hierarchy: string | undefined;
  /** `tags_allowed`: the only tags pages may use; undefined when any tag is. */
  readonly allowed: ReadonlySet<string> | undefined;
  readonly shadow: ShadowOptions;
  /** `listings_toc`: whether a listing's tags enter the ToC unless its own `toc` says otherwise. */
  readonly listingsToc: boolean;
  /** `tags_name_variable`: the template variable holding a page's drawn tags. */
  readonly variable: string;
  /** `export_file` (`tags.json`, in site_dir) when `export` is on (the default): every page's tags written there (tags-export.ts). */
  readonly exportFile: string | undefined;
}

/** Shadow tags (`shadow_tags`, `_prefix`, `_suffix`): drawn only when `show` (`shadow`, or `shadow_on_serve` in serve). */
interface ShadowOptions {
  readonly show: boolean;
  readonly tags: ReadonlySet<string>;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * One of the sort keys Material ships (`material.plugins.tags.tag_name`, `tag_name_casefold`,
 * `item_title`, `item_url`), and whether it is reversed.
 */
export interface SortOrder {
  readonly by: 'name' | 'casefold' | 'title' | 'url';
  readonly reverse: boolean;
}

const SORT_KEYS: ReadonlyMap<string, SortOrder['by']> = new Map([
  ['material.plugins.tags.tag_name', 'name'],
  ['material.plugins.tags.tag_name_casefold', 'casefold'],
  ['material.plugins.tags.item_title', 'title'],
  ['material.plugins.tags.item_url', 'url'],
]);

/** One tag a page draws: linked to a listing when one shows it, else a plain label. */
export interface PageTag {
  readonly name: string;
  /** The identifier `extra.tags` gives the tag (`md-tag--<type>`). */
  readonly type?: string | undefined;
  /** Whether `extra.tags` is set at all (every tag then gets `md-tag-icon`). */
  readonly icon: boolean;
  /** A shadow tag, drawn because shadow tags are shown (`md-tag-shadow`). */
  readonly shadow?: boolean | undefined;
  /** Site-relative URL of the listing page and the tag's anchor there. */
  readonly listing?: { readonly url: string; readonly anchor: string; readonly title?: string | undefined } | undefined;
}

/** Every option of Material 9.7's tags plugin we read. */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  'enabled', 'tags', 'tags_file', 'tags_extra_files', 'tags_slugify', 'tags_slugify_separator', 'tags_slugify_format',
  'tags_hierarchy', 'tags_hierarchy_separator', 'tags_sort_by', 'tags_sort_reverse', 'tags_name_property',
  'tags_name_variable', 'tags_allowed', 'listings', 'listings_map', 'listings_sort_by', 'listings_sort_reverse',
  'listings_tags_sort_by', 'listings_tags_sort_reverse', 'listings_directive', 'listings_toc', 'shadow',
  'shadow_on_serve', 'shadow_tags', 'shadow_tags_prefix', 'shadow_tags_suffix', 'export', 'export_file', 'export_only',
]);

/** Options of Material's we do not implement, with their no-op value (set to that, they need no warning). */
const UNSUPPORTED_OPTIONS: ReadonlyMap<string, { readonly noop: unknown; readonly effect: string }> = new Map([
  ['listings_layout', { noop: 'default', effect: 'listings use the default layout' }],
]);

/**
 * The enabled tags plugin's options (undefined when it is not listed or is disabled), and what
 * was wrong with them. `serve` picks `shadow_on_serve` over `shadow`, as `mkdocs serve` does.
 */
export function tagsOptions(plugins: ReadonlyArray<{ readonly name: string; readonly options: Readonly<Record<string, unknown>> }>, extensions: readonly ExtensionSpec[], extra: Readonly<Record<string, unknown>>, serve = false): { options: TagsOptions | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'tags' || plugin.name === 'material/tags');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  let slugify: Slugify = pymdownSlugify({ case: 'lower', percentEncode: false, normalize: 'NFC' });
  if (raw['tags_slugify'] !== undefined) {
    const named = slugFunction(raw['tags_slugify']);
    if (named) slugify = named;
    else problems.push('tags plugin: unknown tags_slugify function; using pymdownx.slugs.slugify(case="lower")');
  }
  for (const key of Object.keys(raw)) {
    const unsupported = UNSUPPORTED_OPTIONS.get(key);
    if (unsupported && raw[key] !== unsupported.noop && raw[key] !== null) problems.push(`tags plugin: ${key} is not supported; ${unsupported.effect}`);
    else if (!unsupported && !KNOWN_OPTIONS.has(key)) problems.push(`tags plugin: unknown option '${key}', ignored`);
  }
  const allowed = raw['tags_allowed'];
  if (allowed !== undefined && allowed !== null && !Array.isArray(allowed)) problems.push('tags plugin: tags_allowed must be a list of tags; every tag is allowed');
  // export_only: the mapping is written, and neither tags nor listings are drawn (Material turns both off).
  const exportOnly = raw['export_only'] === true;
  const icons = isRecord(extra['tags']) ? Object.fromEntries(Object.entries(extra['tags']).map(([name, id]) => [name, String(id)])) : undefined;
  return {
    options: {
      drawTags: raw['tags'] !== false && !exportOnly,
      property: text(raw['tags_name_property'], 'tags'),
      slugify,
      separator: text(raw['tags_slugify_separator'], '-'),
      format: text(raw['tags_slugify_format'], 'tag:{slug}'),
      listings: raw['listings'] !== false && !exportOnly,
      directive: text(raw['listings_directive'], 'material/tags'),
      listingsMap: isRecord(raw['listings_map']) ? raw['listings_map'] : {},
      depth: tocDepth(extensions),
      tagsFile: typeof raw['tags_file'] === 'string' ? raw['tags_file'] : undefined,
      extraFiles: isRecord(raw['tags_extra_files']) ? Object.fromEntries(Object.entries(raw['tags_extra_files']).map(([src, tags]) => [src, Array.isArray(tags) ? tags.map(String) : []])) : {},
      icons,
      tagsSort: sortOrder(raw, 'tags_sort', 'name', problems),
      listingTagsSort: sortOrder(raw, 'listings_tags_sort', 'name', problems),
      listingsSort: sortOrder(raw, 'listings_sort', 'title', problems),
      hierarchy: raw['tags_hierarchy'] === true ? text(raw['tags_hierarchy_separator'], '/') || '/' : undefined,
      allowed: Array.isArray(allowed) && allowed.length > 0 ? new Set(allowed.map(pythonString)) : undefined,
      shadow: {
        show: serve ? raw['shadow'] === true || raw['shadow_on_serve'] !== false : raw['shadow'] === true,
        tags: new Set(Array.isArray(raw['shadow_tags']) ? raw['shadow_tags'].map(pythonString) : []),
        prefix: text(raw['shadow_tags_prefix'], ''),
        suffix: text(raw['shadow_tags_suffix'], ''),
      },
      listingsToc: raw['listings_toc'] !== false,
      variable: text(raw['tags_name_variable'], 'tags') || 'tags',
      exportFile: raw['export'] === false ? undefined : text(raw['export_file'], 'tags.json'),
    },
    problems,
  };
}

/** `<prefix>_by` (a `!!python/name:` of Material's sort keys) and `<prefix>_reverse`. */
function sortOrder(raw: Readonly<Record<string, unknown>>, prefix: string, fallback: SortOrder['by'], problems: string[]): SortOrder {
  const value = raw[`${prefix}_by`];
  const name = typeof value === 'string' ? value.replace(/^!!python\/name:/, '') : typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string' ? value.value : undefined;
  const by = name === undefined ? undefined : SORT_KEYS.get(name);
  if (value !== undefined && value !== null && by === undefined) problems.push(`tags plugin: ${prefix}_by must name one of ${[...SORT_KEYS.keys()].join(', ')}; sorting by ${fallback}`);
  return { by: by ?? fallback, reverse: raw[`${prefix}_reverse`] === true };
}

/** Tag names in `order` (a name order; Python's `sorted`, stable, by code point). */
export function sortTags(names: readonly string[], order: SortOrder): string[] {
  const key = (name: string) => (order.by === 'casefold' ? name.toLowerCase().replace(/ß/g, 'ss') : name);
  return sortBy(names, key, order.reverse);
}

/** `items` sorted by `key` as Python's `sorted(key=..., reverse=...)` does: stable either way. */
export function sortBy<T>(items: readonly T[], key: (item: T) => string, reverse: boolean): T[] {
  const sign = reverse ? -1 : 1;
  return [...items].sort((a, b) => {
    return sign * Math.sign(compareCodePoints(key(a), key(b)));
  });
}

/**
 * A page's tags as Material's TagSet reads them: a list of strings, numbers or booleans (written
 * as Python writes them), deduplicated and sorted by name. Anything else is a problem and no tag.
 */
export function pageTags(meta: Readonly<Record<string, unknown>>, options: Pick<TagsOptions, 'property'>): { tags: string[]; problem: string | undefined } {
  const value = meta[options.property];
  if (value === undefined || value === null) return { tags: [], problem: undefined };
  if (!Array.isArray(value)) return { tags: [], problem: `front matter '${options.property}' must be a list of tags (e.g. \`${options.property}: [Example]\`), not ${JSON.stringify(value)}` };
  const tags = new Set<string>();
  for (const [index, tag] of value.entries()) {
    if (typeof tag === 'string' || typeof tag === 'number' || typeof tag === 'boolean') tags.add(pythonString(tag));
    else return { tags: [], problem: `front matter '${options.property}': the tag at index ${index} is not a string, number or boolean` };
  }
  return { tags: sortTags([...tags], { by: 'name', reverse: false }), problem: undefined };
}

/** A YAML scalar as Python's `str()` writes it (`True`, `1.5`); the tag names Material compares. */
function pythonString(value: unknown): string {
  return typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
}

/**
 * A tag and its parents, root first, when tags nest (`tags_hierarchy`): each keeps its full name,
 * as Material's do. Flat tags are their own only member.
 *
 * @example expandTag('Guide/Rust/Async', '/') // ['Guide', 'Guide/Rust', 'Guide/Rust/Async']
 */
export function expandTag(name: string, separator: string | undefined): string[] {
  if (separator === undefined || separator === '') return [name];
  const parts = name.split(separator);
  return parts.map((_part, i) => parts.slice(0, i + 1).join(separator));
}

/**
 * Whether `name` is a shadow tag: listed in `shadow_tags` or carrying the prefix or suffix. A
 * nested tag under a shadow tag is one too.
 */
export function isShadowTag(name: string, options: Pick<TagsOptions, 'shadow' | 'hierarchy'>): boolean {
  const { tags, prefix, suffix } = options.shadow;
  return expandTag(name, options.hierarchy).some((tag) => tags.has(tag) || (prefix !== '' && tag.startsWith(prefix)) || (suffix !== '' && tag.endsWith(suffix)));
}

/** The tags of `tags` missing from `tags_allowed` (none when it is not set). */
export function disallowedTags(tags: readonly string[], options: Pick<TagsOptions, 'allowed'>): string[] {
  const allowed = options.allowed;
  return allowed ? tags.filter((tag) => !allowed.has(tag)) : [];
}

/** The anchor of a tag in a listing: `tags_slugify_format` around the slug (`tag:getting-started`). */
export function tagAnchor(name: string, options: Pick<TagsOptions, 'slugify' | 'separator' | 'format'>): string {
  return options.format.replaceAll('{slug}', options.slugify(name, options.separator));
}

/** What a page draws for `tag`: its link to the listing page (when one shows it), and extra.tags' icon classes. */
export function drawnTag(name: string, options: Pick<TagsOptions, 'icons' | 'slugify' | 'separator' | 'format' | 'shadow' | 'hierarchy'>, listingPage: { readonly url: string; readonly title?: string | undefined } | undefined): PageTag {
  return {
    name,
    shadow: isShadowTag(name, options) || undefined,
    type: options.icons?.[name],
    icon: options.icons !== undefined,
    listing: listingPage === undefined ? undefined : { url: listingPage.url, anchor: tagAnchor(name, options), title: listingPage.title },
  };
}

/** toc_depth's deepest level: `3` -> 3, `"2-4"` -> 4, else 6. */
function tocDepth(extensions: readonly ExtensionSpec[]): number {
  const toc = extensions.find((spec) => spec.name === 'toc' || spec.name === 'markdown.extensions.toc');
  const raw = toc?.options['toc_depth'];
  const depth = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.split('-').pop()) : 6;
  return Number.isInteger(depth) && depth >= 1 && depth <= 6 ? depth : 6;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
