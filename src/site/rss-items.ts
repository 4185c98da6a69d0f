/**
 * What mkdocs-rss-plugin keeps of each page (its on_page_content and util.py): the pages whose
 * source path `match_path` matches, drafts left out, each with its dates (front matter per
 * `date_from_meta`, else git, else the build's time), authors, categories, description (front
 * matter, else the abstract) and URLs; then the newest `length` of them by each feed's date.
 *
 *   pageItem({ src: 'blog/posts/a.md', url: 'blog/a/', title: 'A', meta: { description: 'Hi' }, ... }, context)
 *   // { title: 'A', description: 'Hi', link: 'https://x.org/blog/a/', created: {...}, ... }
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareCodePoints } from '../shared/code-points.ts';
import type { FileDates } from './git-history.ts';
import { isRecord } from './plugin-values.ts';
import type { RssOptions } from './rss-options.ts';
import { strptime, wallTime, yamlTimestamp, zoned, type Zoned } from './rss-dates.ts';
import { htmlChars, htmlText, type PageHtml } from '../shared/page-html.ts';

export interface RssPage {
  /** docs-relative POSIX path (MkDocs' src_uri). */
  readonly src: string;
  /** Site-relative URL (`blog/a/`, `` for the home page). */
  readonly url: string;
  readonly title: string;
  readonly meta: Readonly<Record<string, unknown>>;
  /** The page's Markdown without its front matter (page.markdown). */
  readonly markdown: string;
  /** The page's rendered content (page.content), for `abstract_chars_count: -1`. */
  readonly html: PageHtml;
}

export interface RssItem {
  readonly title: string;
  readonly authors: readonly string[] | undefined;
  readonly categories: readonly string[] | undefined;
  readonly description: string;
  /** The canonical URL with `url_parameters`; undefined without site_url. */
  readonly link: string | undefined;
  readonly guid: string | undefined;
  readonly comments: string | undefined;
  /** URL, MIME type (undefined when unknown) and size in bytes (undefined when not found). */
  readonly image: readonly [string, string | undefined, number | undefined] | undefined;
  readonly created: Zoned;
  readonly updated: Zoned;
}

export interface ItemContext {
  readonly options: RssOptions;
  /** site_url with its trailing slash, as the plugin's get_site_url makes it; undefined when unset. */
  readonly siteUrl: string | undefined;
  readonly docsDir: string;
  /** Git's dates by docs-relative path; undefined when git is not used (use_git: false, or no repository). */
  readonly git: ReadonlyMap<string, FileDates> | undefined;
  /** The build's time (unix seconds): the date of a page that has none. */
  readonly builtAt: number;
  /** Python-Markdown's `markdown.markdown(text)`, without extensions: the abstract's HTML. */
  readonly markdownToHtml: (markdown: string) => string;
}

/** Whether the plugin takes the page: `match_path` at the start of its source path, and not a draft. */
export function takesPage(page: Pick<RssPage, 'src' | 'meta'>, options: Pick<RssOptions, 'matchPath'>): boolean {
  options.matchPath.lastIndex = 0;
  return options.matchPath.test(page.src) && page.meta['draft'] !== true;
}

/** The page as a feed item, and the problems met (a description that could not be made). */
export function pageItem(page: RssPage, context: ItemContext): { item: RssItem; problems: string[] } {
  const { options, siteUrl } = context;
  const problems: string[] = [];
  const canonical = siteUrl === undefined ? undefined : siteUrl + page.url;
  const description = describe(page, options, context.markdownToHtml);
  if (description === undefined) problems.push(`rss plugin: no description generated from the metadata or content of ${page.src}; the feed won't be compliant, because an item must have a description`);
  const { created, updated } = pageDates(page, context);
  return {
    item: {
      title: page.title,
      authors: authorsOf(page.meta),
      categories: options.categories ? categoriesOf(page.meta, options.categories) : undefined,
      description: description ?? '',
      link: canonical === undefined ? undefined : options.urlParameters ? withQuery(canonical, options.urlParameters) : canonical,
      guid: canonical,
      comments: options.commentsPath === undefined ? undefined : addPath(canonical ?? '', options.commentsPath),
      image: imageOf(page, context),
      created,
      updated,
    },
    problems,
  };
}

/**
 * The newest `length` items by `created` or `updated`. Python's sorted(reverse=True) is stable:
 * items of the same date keep the pages' order.
 */
export function newest(items: readonly RssItem[], by: 'created' | 'updated', length: number): RssItem[] {
  const sorted = [...items].sort((a, b) => b[by].ms - a[by].ms);
  // Python's slice: a negative length counts from the end.
  return length >= 0 ? sorted.slice(0, length) : sorted.slice(0, Math.max(0, sorted.length + length));
}

/**
 * The plugin's get_description_or_abstract: the whole content for `abstract_chars_count: -1`,
 * else front matter `rss.feed_description` or `description`, else the Markdown up to
 * `abstract_delimiter`, else its first characters (cut with `...`); undefined when none.
 */
function describe(page: RssPage, options: RssOptions, toHtml: (markdown: string) => string): string | undefined {
  const rss = page.meta['rss'];
  const own = isRecord(rss) && rss['feed_description'] ? rss['feed_description'] : page.meta['description'];
  const chars = options.abstractCharsCount;
  if (chars === -1 && (htmlChars(page.html) > 0 || page.markdown)) return htmlChars(page.html) > 0 ? htmlText(page.html) : toHtml(page.markdown);
  if (own) return pythonText(own);
  const cut = options.abstractDelimiter ? page.markdown.indexOf(options.abstractDelimiter) : -1;
  if (cut > -1) return toHtml(page.markdown.slice(0, cut));
  if (chars > 0 && page.markdown) {
    // Python counts code points.
    const points = Array.from(page.markdown);
    return toHtml(points.length <= chars ? page.markdown : `${points.slice(0, Math.max(0, chars - 3)).join('')}...`);
  }
  return undefined;
}

/** Front matter `author`, else `authors`: a string or a list of them. */
function authorsOf(meta: Readonly<Record<string, unknown>>): string[] | undefined {
  const value = 'author' in meta ? meta['author'] : 'authors' in meta ? meta['authors'] : undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map(pythonText);
  return undefined;
}

/** The values of the `categories` keys, strings and lists of them, sorted as Python sorts strings. */
function categoriesOf(meta: Readonly<Record<string, unknown>>, keys: readonly string[]): string[] {
  const found: string[] = [];
  for (const key of keys) {
    const value = meta[key];
    if (Array.isArray(value)) found.push(...value.map(pythonText));
    else if (typeof value === 'string') found.push(value);
  }
  return found.sort(compareCodePoints);
}

/**
 * The plugin's get_file_dates: a date from front matter when the source names a key (or git is
 * not used), else git's (the last commit that added the file, and the last that changed it),
 * else the build's time.
 */
function pageDates(page: RssPage, context: ItemContext): { created: Zoned; updated: Zoned } {
  const { dates, useGit } = context.options;
  const fromMeta = (source: string): Zoned | undefined => {
    if (useGit && context.git && source === 'git') return undefined;
    return metaDate(dotted(page.meta, source), context.options);
  };
  const git = context.git?.get(page.src);
  const created = fromMeta(dates.asCreation) ?? (git && git.created > 0 ? zoned(git.created, dates.defaultTimezone) : undefined);
  const updated = fromMeta(dates.asUpdate) ?? (git && git.updated > 0 ? zoned(git.updated, dates.defaultTimezone) : undefined);
  // get_build_datetime: an aware UTC datetime.
  const built = { ms: context.builtAt * 1000, offset: 0 };
  return { created: created ?? built, updated: updated ?? built };
}

/** A front matter value by a dotted key (`date.created`), as the plugin's get_value_from_dot_key. */
function dotted(meta: Readonly<Record<string, unknown>>, key: string): unknown {
  let value: unknown = meta;
  for (const part of key.split('.')) {
    if (!isRecord(value) || !(part in value)) return undefined;
    value = value[part];
  }
  return value;
}

/**
 * A front matter date as PyYAML gives it: a date (given `default_time`), a date and time (naive
 * ones put in `default_timezone`), or a string read with `datetime_format`. Our YAML reading
 * keeps timestamps as text (src/site/rss-dates.ts tells them apart); a Date is taken as a date
 * when it is at midnight.
 */
function metaDate(value: unknown, options: RssOptions): Zoned | undefined {
  const { datetimeFormat, defaultTime, defaultTimezone } = options.dates;
  const clock = (defaultTime.hours * 60 + defaultTime.minutes) * 60_000;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return wallTime(value.getTime() % 86_400_000 === 0 ? value.getTime() + clock : value.getTime(), defaultTimezone);
  if (typeof value !== 'string') return undefined;
  const stamp = yamlTimestamp(value);
  if (stamp?.offset !== undefined) return { ms: stamp.wall - stamp.offset * 60_000, offset: stamp.offset };
  if (stamp) return wallTime(stamp.date ? stamp.wall + clock : stamp.wall, defaultTimezone);
  const read = strptime(value, datetimeFormat).value;
  return read === undefined ? undefined : wallTime(read, defaultTimezone);
}

/** urlparse/urlunparse with the query replaced by urlencode(parameters). */
function withQuery(url: string, parameters: ReadonlyArray<readonly [string, string]>): string {
  if (parameters.length === 0) return url;
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? '' : url.slice(hash);
  const bare = (hash < 0 ? url : url.slice(0, hash)).split('?')[0] ?? '';
  const query = parameters.map(([key, value]) => `${quotePlus(key)}=${quotePlus(value)}`).join('&');
  return `${bare}?${query}${fragment}`;
}

/** The plugin's build_url without parameters: `path` appended to the URL's path. */
function addPath(url: string, more: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? url + more : url.slice(0, cut) + more + url.slice(cut);
}

/** urllib.parse.quote_plus: what urlencode writes. */
function quotePlus(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+').replace(/%7E/g, '~');
}

/** Python's mimetypes for the image types pages name. */
const MIME: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/vnd.microsoft.icon', '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff' };

/**
 * Front matter `image` (else `illustration`): a local path becomes site_url + path with the
 * file's size; a remote image's size would need a request, which a build here does not make.
 */
function imageOf(page: RssPage, context: ItemContext): RssItem['image'] {
  const raw = page.meta['image'] || page.meta['illustration'];
  if (typeof raw !== 'string') return undefined;
  const url = raw.trim();
  const type = MIME[path.posix.extname(url.split(/[?#]/)[0] ?? '').toLowerCase()];
  if (url.startsWith('http')) return [url, type, undefined];
  const file = path.join(context.docsDir, path.posix.dirname(page.src), url);
  const size = existsSync(file) && statSync(file).isFile() ? statSync(file).size : undefined;
  return [addPath(context.siteUrl ?? '', url), type, size];
}

/** Python's str() of a YAML scalar. */
function pythonText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  return String(value);
}
