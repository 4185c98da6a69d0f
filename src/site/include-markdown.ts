/**
 * mkdocs-include-markdown-plugin in the site: its options from mkdocs.yml, as the defaults every
 * `{% include-markdown %}` and `{% include %}` directive starts from, and one warning (located by
 * the caller at the plugin's entry) for each option that is wrong or does nothing here. Each page
 * is expanded by src/site/include-markdown-render.ts in the render stage, from the plain data
 * made here (copied to the render threads and hashed into the render cache's key).
 *
 *   plugins: [include-markdown: { comments: true, heading_offset: 1 }]
 *   includeMarkdownPlugin(plugins).settings?.defaults.comments  // true
 */

/** The arguments a directive may set, with the plugin's option as their default. */
export interface DirectiveDefaults {
  readonly encoding: string;
  readonly preserveIncluderIndent: boolean;
  readonly dedent: boolean;
  readonly trailingNewlines: boolean;
  /** include-markdown only: `<!-- BEGIN INCLUDE ... -->` around the content. */
  readonly comments: boolean;
  /** include-markdown only. */
  readonly rewriteRelativeUrls: boolean;
  /** include-markdown only. */
  readonly headingOffset: number;
  readonly recursive: boolean;
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** How a glob's files are sorted (`alpha-path` unless set), validated by include-markdown-files.ts. */
  readonly order: string;
}

/** Plain data (it goes to the render threads and into the cache key). */
export interface IncludeMarkdownSettings {
  readonly openingTag: string;
  readonly closingTag: string;
  /** The directives' names (the plugin's `directives` option): `include` and `include-markdown` unless renamed. */
  readonly names: { readonly include: string; readonly includeMarkdown: string };
  readonly defaults: DirectiveDefaults;
  /** Global `exclude` globs, relative to docs_dir unless absolute: never included, and pages they match are not expanded. */
  readonly exclude: readonly string[];
  /** `include_from_url`: named in the warning a URL directive gets (URLs are never fetched here). */
  readonly includeFromUrl: boolean;
}

export interface IncludeMarkdownPlugin {
  readonly settings: IncludeMarkdownSettings | undefined;
  /** Option warnings, located by the caller at the plugin's entry. */
  readonly problems: string[];
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  'opening_tag', 'closing_tag', 'encoding', 'preserve_includer_indent', 'dedent', 'trailing_newlines', 'comments',
  'rewrite_relative_urls', 'heading_offset', 'recursive', 'start', 'end', 'exclude', 'order', 'directives', 'cache', 'cache_dir', 'include_from_url',
]);

/** The plugin's settings when `include-markdown` is listed, else undefined. */
export function includeMarkdownPlugin(plugins: readonly PluginEntry[]): IncludeMarkdownPlugin {
  const spec = plugins.find((plugin) => plugin.name === 'include-markdown');
  const problems: string[] = [];
  if (!spec) return { settings: undefined, problems };
  const raw = spec.options;
  // MkDocs warns about an option a plugin does not define and runs the plugin anyway: `enabled` included.
  for (const key of Object.keys(raw)) if (!KNOWN_OPTIONS.has(key)) problems.push(`include-markdown plugin: unknown option '${key}', ignored (the plugin has no such option)`);
  const text = (key: string, fallback: string): string => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    problems.push(`include-markdown plugin: '${key}' must be a string, found ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const optionalText = (key: string): string | undefined => (raw[key] === undefined || raw[key] === null ? undefined : text(key, '') || undefined);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`include-markdown plugin: '${key}' must be true or false, found ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const integer = (key: string, fallback: number): number => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    problems.push(`include-markdown plugin: '${key}' must be a whole number, found ${JSON.stringify(value)}; using ${fallback}`);
    return fallback;
  };

  const openingTag = text('opening_tag', '{%') || '{%';
  const closingTag = text('closing_tag', '%}') || '%}';
  const exclude = stringList(raw['exclude'], problems);
  const names = directiveNames(raw['directives'], problems);
  const cache = integer('cache', 0);
  const cacheDir = text('cache_dir', '');
  const includeFromUrl = flag('include_from_url', true);
  if (cache > 0 || cacheDir !== '') problems.push("include-markdown plugin: 'cache' and 'cache_dir' keep files fetched from URLs, and URLs are never fetched here (a directive that names one is left as written); ignored");
  const defaults: DirectiveDefaults = {
    encoding: text('encoding', 'utf-8') || 'utf-8',
    preserveIncluderIndent: flag('preserve_includer_indent', true),
    dedent: flag('dedent', false),
    trailingNewlines: flag('trailing_newlines', true),
    comments: flag('comments', false),
    rewriteRelativeUrls: flag('rewrite_relative_urls', true),
    headingOffset: integer('heading_offset', 0),
    recursive: flag('recursive', true),
    start: optionalText('start'),
    end: optionalText('end'),
    order: text('order', 'alpha-path'),
  };
  return { settings: { openingTag, closingTag, names, defaults, exclude, includeFromUrl }, problems };
}

/** `exclude`: a list of globs; MkDocs refuses a lone string, read here as a list of one with a warning. */
function stringList(value: unknown, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  if (typeof value === 'string') {
    problems.push(`include-markdown plugin: 'exclude' must be a list of globs, found the string ${JSON.stringify(value)}; read as a list of one`);
    return [value];
  }
  problems.push(`include-markdown plugin: 'exclude' must be a list of globs, found ${JSON.stringify(value)}; ignored`);
  return [];
}

/** `directives: {include: snippet, include-markdown: md}` renames the directives (each keeps its own name unless set). */
function directiveNames(value: unknown, problems: string[]): { include: string; includeMarkdown: string } {
  const names = { include: 'include', includeMarkdown: 'include-markdown' };
  if (value === undefined || value === null) return names;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`include-markdown plugin: 'directives' must be a mapping such as {include: include}, found ${JSON.stringify(value)}; ignored`);
    return names;
  }
  for (const [key, name] of Object.entries(value)) {
    const valid = typeof name === 'string' && /^[\w-]+$/.test(name);
    if (key === '__default') continue;
    if ((key === 'include' || key === 'include-markdown') && valid) {
      if (key === 'include') names.include = name;
      else names.includeMarkdown = name;
    } else {
      problems.push(`include-markdown plugin: 'directives' entry ${JSON.stringify(key)}: ${JSON.stringify(name)} is not a directive name for include or include-markdown; ignored`);
    }
  }
  return names;
}
