/**
 * The `.pages` file of mkdocs-awesome-pages-plugin 2.x: one folder's nav settings, read from the
 * YAML mapping the site layer parsed. Every key is checked here, so a bad file is refused whole
 * (with the key that is wrong) and never half applied:
 *
 *   parsePagesMeta({ title: 'Guide', nav: ['intro.md', '...', { Blog: 'https://x.org' }] })
 *     -> { meta: { title: 'Guide', nav: [entry intro.md, rest (all), entry https://x.org "Blog"] } }
 *   parsePagesMeta({ order: 'up' })
 *     -> { problem: { at: ['order'], message: "'order' must be asc or desc, found 'up'" } }
 *
 * The plugin raises on a wrong type and the build stops; here the file is left out with a warning
 * (the site decides what --strict does). It also accepts unknown keys silently; here they are
 * refused too, as a misspelt `tilte:` would otherwise change nothing without a word.
 */

export const PAGES_ORDERS = ['asc', 'desc'] as const;
export type PagesOrder = (typeof PAGES_ORDERS)[number];
export const PAGES_SORT_TYPES = ['natural'] as const;
export type PagesSortType = (typeof PAGES_SORT_TYPES)[number];
export const PAGES_ORDER_BY = ['filename', 'title'] as const;
export type PagesOrderBy = (typeof PAGES_ORDER_BY)[number];

/** How `... | pattern` picks among the remaining items: by glob or regex on their base name. */
export interface RestFilter {
  readonly type: 'glob' | 'regex';
  readonly pattern: string;
  readonly regex: RegExp;
}

export type PagesNavEntry =
  /** `...`, `... | glob`, `... | regex=re`: where the items not named go. */
  | { readonly kind: 'rest'; readonly value: string; readonly filter: RestFilter | undefined }
  /** `name.md`, `folder`, `Title: name.md`, `Title: https://link`. */
  | { readonly kind: 'entry'; readonly name: string; readonly title: string | undefined }
  /** `Title: [entries]`: a section of this folder's items (plugin 2.7). */
  | { readonly kind: 'section'; readonly title: string; readonly children: readonly PagesNavEntry[] };

export interface PagesMeta {
  readonly title?: string | undefined;
  readonly nav?: readonly PagesNavEntry[] | undefined;
  readonly order?: PagesOrder | undefined;
  readonly sortType?: PagesSortType | undefined;
  readonly orderBy?: PagesOrderBy | undefined;
  readonly hide?: boolean | undefined;
  readonly collapse?: boolean | undefined;
  readonly collapseSinglePages?: boolean | undefined;
  readonly ignoreCase?: boolean | undefined;
}

/** What is wrong and where in the file (a key path, for the site to turn into a line). */
export interface PagesProblem {
  readonly message: string;
  readonly at: ReadonlyArray<string | number>;
}

export type ParsedPagesMeta = { readonly meta: PagesMeta; readonly problem?: undefined } | { readonly meta?: undefined; readonly problem: PagesProblem };

const KEYS = ['title', 'nav', 'arrange', 'order', 'sort_type', 'order_by', 'hide', 'collapse', 'collapse_single_pages', 'ignore_case'] as const;
const KNOWN: ReadonlySet<string> = new Set(KEYS);

class PagesMetaError extends Error {
  readonly at: ReadonlyArray<string | number>;
  constructor(message: string, at: ReadonlyArray<string | number>) {
    super(message);
    this.at = at;
  }
}

/** A `.pages` file's value (`null` or `undefined` for an empty file) -> its settings or the first problem. */
export function parsePagesMeta(data: unknown): ParsedPagesMeta {
  if (data === null || data === undefined) return { meta: {} };
  if (!isRecord(data)) return { problem: { message: `the file must be a YAML mapping (e.g. \`title: Guide\`), found ${describe(data)}`, at: [] } };
  try {
    for (const key of Object.keys(data)) {
      if (!KNOWN.has(key)) throw new PagesMetaError(`unknown key '${key}'; the keys are ${KEYS.join(', ')}`, [key]);
    }
    const nav = data['nav'] === undefined || data['nav'] === null ? arrangeOf(data['arrange']) : navOf(data['nav'], ['nav']);
    if (nav) checkRests(nav, data['nav'] === undefined || data['nav'] === null ? 'arrange' : 'nav');
    return {
      meta: {
        title: optional(data, 'title', 'a string', (value) => (typeof value === 'string' ? value : undefined)),
        nav,
        order: optional(data, 'order', 'asc or desc', (value) => PAGES_ORDERS.find((known) => known === value)),
        sortType: optional(data, 'sort_type', 'natural', (value) => PAGES_SORT_TYPES.find((known) => known === value)),
        orderBy: optional(data, 'order_by', 'filename or title', (value) => PAGES_ORDER_BY.find((known) => known === value)),
        hide: optional(data, 'hide', 'true or false', booleanOf),
        collapse: optional(data, 'collapse', 'true or false', booleanOf),
        collapseSinglePages: optional(data, 'collapse_single_pages', 'true or false', booleanOf),
        ignoreCase: optional(data, 'ignore_case', 'true or false', booleanOf),
      },
    };
  } catch (error) {
    if (error instanceof PagesMetaError) return { problem: { message: error.message, at: error.at } };
    throw error;
  }
}

/**
 * `...` with an optional filter: `... | page-*.md`, `... | glob=page-*.md`, `...|regex=page-[0-9]+`.
 * undefined when `value` is not a rest entry at all. A `| flat` flag first (`... | flat | *.md`)
 * is read and dropped: the plugin flattens only the rest of mkdocs.yml's nav, never in `.pages`.
 */
export function parseRest(value: string): { filter: RestFilter | undefined } | undefined {
  const match = /^\.\.\.\s*(?:\|\s*flat\s*)?(?:\|\s*(?:(regex|glob)=)?(.*))?$/s.exec(value.trim());
  if (!match) return undefined;
  if (match[2] === undefined) return { filter: undefined };
  const pattern = match[2];
  if (match[1] === 'regex') {
    // Python's named groups `(?P<name>...)` are `(?<name>...)` in JavaScript.
    return { filter: { type: 'regex', pattern, regex: new RegExp(pattern.replaceAll('(?P<', '(?<'), 'u') } };
  }
  return { filter: { type: 'glob', pattern, regex: globToRegExp(pattern) } };
}

/**
 * A glob on a base name as wcmatch reads it with GLOBSTAR: `*` and `?` never cross `/` or match a
 * leading dot, `**` matches anything, `[abc]` / `[!abc]` are classes.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    if (char === '*') {
      if (glob[index + 1] === '*') {
        // `**/` is any number of folders, none too (`a/**/*.md` matches `a/b.md`).
        const folders = glob[index + 2] === '/';
        source += folders ? '(?:.*/)?' : '.*';
        index += folders ? 2 : 1;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', index + 2);
      if (end === -1) source += '\\[';
      else {
        const body = glob.slice(index + 1, end);
        const negated = body.startsWith('!') || body.startsWith('^');
        source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]]/g, '\\$&')}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  // A leading wildcard does not match a dotfile, as in wcmatch without DOTGLOB.
  return new RegExp(`^${/^[*?[]/.test(glob) ? '(?!\\.)' : ''}${source}$`, 'su');
}

function navOf(value: unknown, at: Array<string | number>): PagesNavEntry[] {
  if (!Array.isArray(value)) throw new PagesMetaError(`'${at[0] ?? 'nav'}' must be a list of entries, found ${describe(value)}`, at);
  return value.map((item: unknown, index): PagesNavEntry => entryOf(item, [...at, index]));
}

function entryOf(item: unknown, at: Array<string | number>): PagesNavEntry {
  if (typeof item === 'string') {
    const rest = restOf(item, at);
    return rest ?? { kind: 'entry', name: item, title: undefined };
  }
  if (isRecord(item) && Object.keys(item).length === 1) {
    const [title, value] = Object.entries(item)[0] ?? ['', undefined];
    if (typeof value === 'string') return { kind: 'entry', name: value, title };
    if (Array.isArray(value)) return { kind: 'section', title, children: navOf(value, [...at, title]) };
  }
  throw new PagesMetaError(`a nav entry must be a name (\`page.md\`), \`Title: name-or-link\`, \`Title: [entries]\` or \`...\`, found ${describe(item)}`, at);
}

function restOf(item: string, at: ReadonlyArray<string | number>): PagesNavEntry | undefined {
  try {
    const rest = parseRest(item);
    return rest ? { kind: 'rest', value: item.trim(), filter: rest.filter } : undefined;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new PagesMetaError(`the rest filter '${item}' is not a valid regular expression: ${reason}`, at);
  }
}

/** The old `arrange:` list: names only, and the rest at the end unless placed. */
function arrangeOf(value: unknown): PagesNavEntry[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new PagesMetaError(`'arrange' must be a list of names, found ${describe(value)}`, ['arrange']);
  const entries = value.map((item: string, index): PagesNavEntry => entryOf(item, ['arrange', index]));
  return entries.some((entry) => entry.kind === 'rest' && entry.filter === undefined) ? entries : [...entries, { kind: 'rest', value: '...', filter: undefined }];
}

/** The same rest entry twice would split the remaining items between them: refused, as by the plugin. */
function checkRests(entries: readonly PagesNavEntry[], key: string): void {
  const seen = new Set<string>();
  const walk = (list: readonly PagesNavEntry[]): void => {
    for (const entry of list) {
      if (entry.kind === 'section') walk(entry.children);
      if (entry.kind !== 'rest') continue;
      if (seen.has(entry.value)) throw new PagesMetaError(`the rest entry '${entry.value}' is written twice; each rest entry may appear once`, [key]);
      seen.add(entry.value);
    }
  };
  walk(entries);
}

function optional<T>(data: Readonly<Record<string, unknown>>, key: string, expected: string, read: (value: unknown) => T | undefined): T | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const parsed = read(value);
  if (parsed === undefined) throw new PagesMetaError(`'${key}' must be ${expected}, found ${describe(value)}`, [key]);
  return parsed;
}

function booleanOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
