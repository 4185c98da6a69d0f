/**
 * The `.nav.yml` file of mkdocs-awesome-nav 3.x: one folder's nav settings, read from the YAML
 * mapping the site layer parsed. The plugin validates it with pydantic and, on any wrong value,
 * logs an error and uses the defaults for the folder; here the file is refused whole too (with the
 * key that is wrong, for a located warning). Unknown keys, which pydantic drops without a word,
 * are named as notes and skipped.
 *
 *   parseNavYml({ title: 'Guide', sort: { type: 'alphabetical' }, nav: ['intro.md', '*', { Blog: 'https://x.org' }] })
 *     -> { config: { title: 'Guide', hide: false, sort: { type: 'alphabetical' }, nav: [name intro.md, name *, titled Blog] } }
 *   parseNavYml({ sort: { direction: 'up' } })
 *     -> { problem: { at: ['sort', 'direction'], message: "'sort.direction' must be asc or desc, found ..." } }
 */
import { describeValue } from '../config/errors.ts';
import { isRecord } from '../config/yaml-tags.ts';

export const NAV_SORT_BY = ['path', 'filename', 'title'] as const;
export const NAV_SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const NAV_SORT_TYPES = ['natural', 'alphabetical'] as const;
export const NAV_SORT_SECTIONS = ['first', 'last', 'mixed'] as const;

/** `sort:`; each unset field comes from the folder above (defaults: path, asc, natural, last, false). */
export interface NavSort {
  readonly by?: (typeof NAV_SORT_BY)[number] | undefined;
  readonly direction?: (typeof NAV_SORT_DIRECTIONS)[number] | undefined;
  readonly type?: (typeof NAV_SORT_TYPES)[number] | undefined;
  readonly sections?: (typeof NAV_SORT_SECTIONS)[number] | undefined;
  readonly ignoreCase?: boolean | undefined;
}

/** The settings a folder's file and a `glob:` nav entry share; undefined: the folder above's. */
export interface NavScopeOptions {
  readonly flattenSingleChildSections?: boolean | undefined;
  readonly preserveDirectoryNames?: boolean | undefined;
  readonly sort: NavSort;
  /** Ignore patterns; `$inherit` places the folder above's. undefined: the folder above's only. */
  readonly ignore?: readonly string[] | undefined;
  readonly appendUnmatched?: boolean | undefined;
}

/** Where an entry is written in its file (a key path), for `file:line` messages. */
export type NavYmlPath = ReadonlyArray<string | number>;

export type NavYmlEntry =
  /** `page.md`, `folder`, or a glob pattern (`guides/*`, `@(a|b).md`): which one is decided against the files. */
  | { readonly kind: 'name'; readonly value: string; readonly at: NavYmlPath }
  /** `Title: page.md`, `Title: folder` or `Title: link`. */
  | { readonly kind: 'titled'; readonly title: string; readonly value: string; readonly at: NavYmlPath }
  /** `Title: [entries]`: a section. */
  | { readonly kind: 'section'; readonly title: string; readonly children: readonly NavYmlEntry[] }
  /** `glob: pattern` with its own sort, ignore, flattening... for what it matches. */
  | { readonly kind: 'pattern'; readonly glob: string; readonly options: NavScopeOptions; readonly ignoreNoMatches: boolean; readonly at: NavYmlPath };

export interface NavYml extends NavScopeOptions {
  readonly title?: string | undefined;
  readonly hide: boolean;
  readonly useIndexTitle?: boolean | undefined;
  /** undefined: the plugin's default, the index page then everything (`@(index.md|README.md)`, `*`). */
  readonly nav?: readonly NavYmlEntry[] | undefined;
}

/** A value the file cannot have, and where. */
export interface NavYmlProblem {
  readonly message: string;
  readonly at: NavYmlPath;
}

export type ParsedNavYml = { readonly config: NavYml; readonly unknown: readonly NavYmlPath[]; readonly problem?: undefined } | { readonly config?: undefined; readonly unknown?: undefined; readonly problem: NavYmlProblem };

const SCOPE_KEYS = ['flatten_single_child_sections', 'preserve_directory_names', 'sort', 'ignore', 'append_unmatched'];
const FILE_KEYS = new Set(['title', 'hide', 'use_index_title', 'nav', ...SCOPE_KEYS]);
const PATTERN_KEYS = new Set(['glob', 'ignore_no_matches', ...SCOPE_KEYS]);
const SORT_KEYS = new Set(['by', 'direction', 'type', 'sections', 'ignore_case']);

class NavYmlError extends Error {
  readonly at: NavYmlPath;
  constructor(message: string, at: NavYmlPath) {
    super(message);
    this.at = at;
  }
}

/** A `.nav.yml` file's value (`null` or `undefined` for an empty file) -> its settings or the first problem. */
export function parseNavYml(data: unknown): ParsedNavYml {
  if (data === null || data === undefined) return { config: { hide: false, sort: {} }, unknown: [] };
  if (!isRecord(data)) return { problem: { message: `the file must be a YAML mapping (e.g. \`title: Guide\`), found ${describeValue(data)}`, at: [] } };
  const unknown: NavYmlPath[] = [];
  try {
    unknown.push(...unknownKeys(data, FILE_KEYS, []));
    const scope = scopeOf(data, [], unknown);
    const nav = data['nav'] === undefined || data['nav'] === null ? undefined : entriesOf(data['nav'], ['nav'], unknown);
    return {
      config: {
        ...scope,
        title: optional(data, 'title', [], 'a non-empty string', nonEmpty),
        hide: optional(data, 'hide', [], 'true or false', booleanOf) ?? false,
        useIndexTitle: optional(data, 'use_index_title', [], 'true or false', booleanOf),
        nav,
      },
      unknown,
    };
  } catch (error) {
    if (error instanceof NavYmlError) return { problem: { message: error.message, at: error.at } };
    throw error;
  }
}

function scopeOf(data: Readonly<Record<string, unknown>>, at: NavYmlPath, unknown: NavYmlPath[]): NavScopeOptions {
  return {
    flattenSingleChildSections: optional(data, 'flatten_single_child_sections', at, 'true or false', booleanOf),
    preserveDirectoryNames: optional(data, 'preserve_directory_names', at, 'true or false', booleanOf),
    sort: sortOf(data['sort'], [...at, 'sort'], unknown),
    ignore: optional(data, 'ignore', at, 'a pattern or a list of patterns', patternsOf),
    appendUnmatched: optional(data, 'append_unmatched', at, 'true or false', booleanOf),
  };
}

function sortOf(value: unknown, at: NavYmlPath, unknown: NavYmlPath[]): NavSort {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new NavYmlError(`'${dotted(at)}' must be a mapping of by, direction, type, sections and ignore_case, found ${describeValue(value)}`, at);
  unknown.push(...unknownKeys(value, SORT_KEYS, at));
  return {
    by: optional(value, 'by', at, NAV_SORT_BY.join(', ').replace(/, (\w+)$/, ' or $1'), oneOf(NAV_SORT_BY)),
    direction: optional(value, 'direction', at, 'asc or desc', oneOf(NAV_SORT_DIRECTIONS)),
    type: optional(value, 'type', at, 'natural or alphabetical', oneOf(NAV_SORT_TYPES)),
    sections: optional(value, 'sections', at, 'first, last or mixed', oneOf(NAV_SORT_SECTIONS)),
    ignoreCase: optional(value, 'ignore_case', at, 'true or false', booleanOf),
  };
}

function entriesOf(value: unknown, at: NavYmlPath, unknown: NavYmlPath[]): NavYmlEntry[] {
  if (!Array.isArray(value)) throw new NavYmlError(`'nav' must be a list of entries, found ${describeValue(value)}`, at);
  return value.map((item: unknown, index) => entryOf(item, [...at, index], unknown));
}

/**
 * One `nav` entry. A mapping with a `glob` key is a pattern with options (the plugin's documented
 * form); any other mapping must have one key, a title.
 */
function entryOf(item: unknown, at: NavYmlPath, unknown: NavYmlPath[]): NavYmlEntry {
  const value = nonEmpty(item);
  if (value !== undefined) return { kind: 'name', value, at };
  if (isRecord(item) && 'glob' in item) {
    unknown.push(...unknownKeys(item, PATTERN_KEYS, at));
    const glob = optional(item, 'glob', at, 'a non-empty pattern', nonEmpty);
    return { kind: 'pattern', glob: glob ?? '', options: scopeOf(item, at, unknown), ignoreNoMatches: optional(item, 'ignore_no_matches', at, 'true or false', booleanOf) ?? false, at };
  }
  if (isRecord(item) && Object.keys(item).length === 1) {
    const [title, target] = Object.entries(item)[0] ?? ['', undefined];
    if (title !== '') {
      const link = nonEmpty(target);
      if (link !== undefined) return { kind: 'titled', title, value: link, at: [...at, title] };
      if (Array.isArray(target)) return { kind: 'section', title, children: entriesOf(target, [...at, title], unknown) };
    }
  }
  throw new NavYmlError(`a nav entry must be a name or pattern (\`page.md\`, \`guides/*\`), \`Title: page-folder-or-link\`, \`Title: [entries]\` or \`glob: pattern\`, found ${describeValue(item)}`, at);
}

function unknownKeys(data: Readonly<Record<string, unknown>>, known: ReadonlySet<string>, at: NavYmlPath): NavYmlPath[] {
  return Object.keys(data)
    .filter((key) => !known.has(key))
    .map((key) => [...at, key]);
}

/** `data[key]` read by `read`; unset (absent or null, as pydantic's Optional) is undefined. */
function optional<T>(data: Readonly<Record<string, unknown>>, key: string, at: NavYmlPath, expected: string, read: (value: unknown) => T | undefined): T | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const parsed = read(value);
  if (parsed === undefined) throw new NavYmlError(`'${dotted([...at, key])}' must be ${expected}, found ${describeValue(value)}`, [...at, key]);
  return parsed;
}

function oneOf<T extends string>(choices: readonly T[]): (value: unknown) => T | undefined {
  return (value) => choices.find((choice) => choice === value);
}

/** One pattern or a list of them, each a non-empty string; undefined for anything else. */
function patternsOf(value: unknown): string[] | undefined {
  const one = nonEmpty(value);
  if (one !== undefined) return [one];
  if (!Array.isArray(value)) return undefined;
  const all = value.map(nonEmpty);
  return all.every((item) => item !== undefined) ? all.filter((item) => item !== undefined) : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function booleanOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function dotted(at: NavYmlPath): string {
  return at.map((part) => (typeof part === 'number' ? `[${part}]` : part)).join('.').replace(/\.\[/g, '[');
}
