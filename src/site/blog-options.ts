/**
 * Material's blog plugin (material/plugins/blog/config.py): its options with Material's
 * defaults, and one warning per option we do not build (never a silent skip).
 *
 *   blogOptions([{ name: 'blog', options: {} }], false).options?.postUrlFormat // '{date}/{slug}'
 */
import { pymdownSlugify, type Slugify } from '../markdown/index.ts';

export interface BlogOptions {
  /** docs-relative, no trailing slash: `blog` (`.` for a blog at the site's root). */
  readonly blogDir: string;
  /** docs-relative folder of the posts: `blog/posts`. */
  readonly postDir: string;
  readonly postDateFormat: string;
  readonly postUrlDateFormat: string;
  readonly postUrlFormat: string;
  readonly postUrlMaxCategories: number;
  readonly postSlugify: Slugify;
  readonly postSlugifySeparator: string;
  readonly postExcerpt: 'optional' | 'required';
  readonly postExcerptMaxAuthors: number;
  readonly postExcerptMaxCategories: number;
  readonly postExcerptSeparator: string;
  readonly postReadtime: boolean;
  readonly postReadtimeWordsPerMinute: number;
  readonly archive: boolean;
  /** A label key (`blog.archive`) or the section's own title. */
  readonly archiveName: string;
  readonly archiveDateFormat: string;
  readonly archiveUrlDateFormat: string;
  readonly archiveUrlFormat: string;
  readonly categories: boolean;
  readonly categoriesName: string;
  readonly categoriesUrlFormat: string;
  readonly categoriesSlugifySeparator: string;
  readonly authors: boolean;
  /** docs-relative: `blog/.authors.yml`. */
  readonly authorsFile: string;
  readonly pagination: boolean;
  readonly paginationPerPage: number;
  readonly paginationUrlFormat: string;
  readonly paginationIfSinglePage: boolean;
  /** Drafts are built (`draft: true`, or `draft_on_serve` under `serve`). */
  readonly draft: boolean;
  readonly draftIfFutureDate: boolean;
}

/** Options we read, with what a wrong type falls back to (Material's default). */
const KNOWN = new Set([
  'enabled', 'blog_dir', 'post_dir', 'post_date_format', 'post_url_date_format', 'post_url_format', 'post_url_max_categories',
  'post_slugify_separator', 'post_excerpt', 'post_excerpt_max_authors', 'post_excerpt_max_categories', 'post_excerpt_separator',
  'post_readtime', 'post_readtime_words_per_minute', 'archive', 'archive_name', 'archive_date_format', 'archive_url_date_format',
  'archive_url_format', 'categories', 'categories_name', 'categories_url_format', 'categories_slugify_separator', 'authors',
  'authors_file', 'pagination', 'pagination_per_page', 'pagination_url_format', 'pagination_if_single_page', 'draft',
  'draft_on_serve', 'draft_if_future_date',
]);

/** Options Material has that we do not build, with the value that does nothing and what happens instead. */
const UNSUPPORTED = new Map<string, { readonly noop: unknown; readonly effect: string }>([
  ['blog_toc', { noop: false, effect: 'views have no table of contents of their posts' }],
  ['archive_toc', { noop: false, effect: 'archive pages have no table of contents of their posts' }],
  ['categories_toc', { noop: false, effect: 'category pages have no table of contents of their posts' }],
  ['categories_allowed', { noop: undefined, effect: 'every category is allowed' }],
  ['categories_sort_by', { noop: undefined, effect: 'categories are sorted by name' }],
  ['categories_sort_reverse', { noop: false, effect: 'categories are sorted by name' }],
  ['categories_pagination', { noop: undefined, effect: 'category pages follow pagination' }],
  ['archive_pagination', { noop: undefined, effect: 'archive pages follow pagination' }],
  ['archive_by_month', { noop: false, effect: 'the archive is by archive_date_format' }],
  ['post_slugify', { noop: undefined, effect: 'post titles are slugified with pymdownx.slugs.slugify(case="lower")' }],
  ['categories_slugify', { noop: undefined, effect: 'categories are slugified with pymdownx.slugs.slugify(case="lower")' }],
  ['pagination_format', { noop: '~2~', effect: "pages are linked as with '~2~'" }],
  ['pagination_keep_content', { noop: false, effect: "paginated pages show only the view's title" }],
  ['authors_profiles', { noop: false, effect: 'no author pages are made' }],
  ['authors_profiles_name', { noop: undefined, effect: 'no author pages are made' }],
  ['authors_profiles_url_format', { noop: undefined, effect: 'no author pages are made' }],
  ['authors_profiles_pagination', { noop: undefined, effect: 'no author pages are made' }],
  ['authors_profiles_toc', { noop: undefined, effect: 'no author pages are made' }],
  ['post_excerpt_trim', { noop: undefined, effect: 'excerpts are not trimmed' }],
  ['pagination_template', { noop: undefined, effect: "pages are linked as with '~2~' (it is pagination_format now)" }],
]);

type Plugin = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

export function isBlogPlugin(name: string): boolean {
  return name === 'blog' || name === 'material/blog';
}

/**
 * The first enabled blog plugin's options (Material allows several instances: the others are
 * reported), and the problems of its options. `serve`: drafts are built unless `draft_on_serve: false`.
 */
export function blogOptions(plugins: readonly Plugin[], serve: boolean): { options: BlogOptions | undefined; problems: string[] } {
  const problems: string[] = [];
  const specs = plugins.filter((plugin) => isBlogPlugin(plugin.name) && plugin.options['enabled'] !== false);
  const spec = specs[0];
  if (!spec) return { options: undefined, problems };
  if (specs.length > 1) problems.push(`blog plugin: ${specs.length} instances are enabled; only the first (blog_dir '${text(spec.options['blog_dir'], 'blog')}') is built`);
  const raw = spec.options;
  for (const key of Object.keys(raw)) {
    const unsupported = UNSUPPORTED.get(key);
    if (unsupported) {
      if (raw[key] !== unsupported.noop && raw[key] !== null && !(Array.isArray(raw[key]) && raw[key].length === 0)) problems.push(`blog plugin: ${key} is not supported; ${unsupported.effect}`);
    } else if (!KNOWN.has(key)) problems.push(`blog plugin: option '${key}' is not supported; ignored`);
  }
  const str = (key: string, fallback: string) => {
    const value = raw[key];
    if (value !== undefined && typeof value !== 'string') problems.push(`blog plugin: ${key} must be a string; using '${fallback}'`);
    return text(value, fallback);
  };
  const int = (key: string, fallback: number, min: number) => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
    problems.push(`blog plugin: ${key} must be a whole number of at least ${min}; using ${fallback}`);
    return fallback;
  };
  const flag = (key: string, fallback: boolean) => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`blog plugin: ${key} must be true or false; using ${String(fallback)}`);
    return fallback;
  };
  const blogDir = normalizeDir(str('blog_dir', 'blog'));
  const folder = (key: string, fallback: string) => normalizeDir(str(key, fallback).replaceAll('{blog}', blogDir));
  const excerpt = str('post_excerpt', 'optional');
  if (excerpt !== 'optional' && excerpt !== 'required') problems.push(`blog plugin: post_excerpt must be 'optional' or 'required', not '${excerpt}'; using 'optional'`);
  const slugify = pymdownSlugify({ case: 'lower', percentEncode: false, normalize: 'NFC' });
  return {
    options: {
      blogDir,
      postDir: folder('post_dir', '{blog}/posts'),
      postDateFormat: str('post_date_format', 'long'),
      postUrlDateFormat: str('post_url_date_format', 'yyyy/MM/dd'),
      postUrlFormat: str('post_url_format', '{date}/{slug}'),
      postUrlMaxCategories: int('post_url_max_categories', 1, 0),
      postSlugify: slugify,
      postSlugifySeparator: str('post_slugify_separator', '-'),
      postExcerpt: excerpt === 'required' ? 'required' : 'optional',
      postExcerptMaxAuthors: int('post_excerpt_max_authors', 1, 0),
      postExcerptMaxCategories: int('post_excerpt_max_categories', 5, 0),
      postExcerptSeparator: str('post_excerpt_separator', '<!-- more -->'),
      postReadtime: flag('post_readtime', true),
      postReadtimeWordsPerMinute: int('post_readtime_words_per_minute', 265, 1),
      archive: flag('archive', true),
      archiveName: str('archive_name', 'blog.archive'),
      archiveDateFormat: str('archive_date_format', 'yyyy'),
      archiveUrlDateFormat: str('archive_url_date_format', 'yyyy'),
      archiveUrlFormat: str('archive_url_format', 'archive/{date}'),
      categories: flag('categories', true),
      categoriesName: str('categories_name', 'blog.categories'),
      categoriesUrlFormat: str('categories_url_format', 'category/{slug}'),
      categoriesSlugifySeparator: str('categories_slugify_separator', '-'),
      authors: flag('authors', true),
      authorsFile: folder('authors_file', '{blog}/.authors.yml'),
      pagination: flag('pagination', true),
      paginationPerPage: int('pagination_per_page', 10, 1),
      paginationUrlFormat: str('pagination_url_format', 'page/{page}'),
      paginationIfSinglePage: flag('pagination_if_single_page', false),
      draft: flag('draft', false) || (serve && flag('draft_on_serve', true)),
      draftIfFutureDate: flag('draft_if_future_date', false),
    },
    problems,
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** `./blog/` -> `blog`; `.` and `` -> `.` (posixpath.normpath). */
export function normalizeDir(dir: string): string {
  const parts: string[] = [];
  for (const part of dir.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}

/** `blog` + `page/2/index.md` -> `blog/page/2/index.md`; `.` + x -> x. */
export function joinDocs(dir: string, rest: string): string {
  return normalizeDir(dir === '.' ? rest : `${dir}/${rest}`);
}
