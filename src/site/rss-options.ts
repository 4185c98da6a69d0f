/**
 * mkdocs-rss-plugin 1.x (`rss` in mkdocs.yml): its options as its config.py declares them, with
 * its defaults. The feeds themselves are made by src/site/rss-feed.ts from the pages
 * (src/site/rss-items.ts) and written (or, under `serve`, served) by src/integration/plugin-files.ts.
 *
 *   plugins:
 *     - rss:
 *         match_path: blog/posts/.*
 *         date_from_meta: {as_creation: date.created}
 *
 * A value the plugin's schema would refuse is a problem and its default is used; `enabled:
 * false`, or both feeds disabled (the plugin logs an error then), turn the plugin off.
 */
import { validTimezone } from './revision-date-format.ts';
import { isRecord } from './plugin-values.ts';

export const RSS_PLUGIN = 'rss';

export interface RssDateOptions {
  /** Front matter key (dots go into maps: `date.created`) of the creation date, or `git`. */
  readonly asCreation: string;
  readonly asUpdate: string;
  /** strftime format of a date written as a string in front matter. */
  readonly datetimeFormat: string;
  /** `HH:MM` given to a front matter date without a time. */
  readonly defaultTime: { readonly hours: number; readonly minutes: number };
  /** IANA zone of dates without one (git's, front matter's). */
  readonly defaultTimezone: string;
}

export interface RssOptions {
  readonly abstractCharsCount: number;
  readonly abstractDelimiter: string;
  /** Front matter keys whose values are an item's categories; undefined: no categories. */
  readonly categories: readonly string[] | undefined;
  readonly commentsPath: string | undefined;
  readonly dates: RssDateOptions;
  readonly filenames: { readonly rssCreated: string; readonly rssUpdated: string; readonly jsonCreated: string; readonly jsonUpdated: string };
  readonly feedTitle: string | undefined;
  readonly feedDescription: string | undefined;
  readonly feedTtl: number;
  readonly image: string | undefined;
  readonly jsonFeed: boolean;
  readonly rssFeed: boolean;
  readonly length: number;
  /** `match_path`, matched at the start of the page's source path as Python's re.match does. */
  readonly matchPath: RegExp;
  /** Query parameters added to each item's link (urlencode order). */
  readonly urlParameters: ReadonlyArray<readonly [string, string]> | undefined;
  readonly useGit: boolean;
}

const KNOWN = new Set(['abstract_chars_count', 'abstract_delimiter', 'categories', 'cache_dir', 'comments_path', 'date_from_meta', 'enabled', 'feeds_filenames', 'feed_description', 'feed_title', 'feed_ttl', 'image', 'json_feed_enabled', 'length', 'match_path', 'pretty_print', 'rss_feed_enabled', 'url_parameters', 'use_git', 'use_material_social_cards']);
const DATE_KEYS = new Set(['as_creation', 'as_update', 'datetime_format', 'default_time', 'default_timezone']);
const FILENAME_KEYS = { rss_created: 'feed_rss_created.xml', rss_updated: 'feed_rss_updated.xml', json_created: 'feed_json_created.json', json_updated: 'feed_json_updated.json' } as const;

type PluginSpec = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/**
 * The plugin's options when it is listed and enabled, and the problems met reading them.
 *
 * @example rssOptions([{ name: 'rss', options: { length: 5 } }], 'https://x.org/').options?.length // 5
 */
export function rssOptions(plugins: readonly PluginSpec[], siteUrl: string | undefined): { options: RssOptions | undefined; problems: string[] } {
  const problems: string[] = [];
  const spec = plugins.find((plugin) => plugin.name === RSS_PLUGIN);
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  const say = (text: string) => problems.push(`${RSS_PLUGIN} plugin: ${text}`);
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) say(`unknown option '${key}', ignored`);
  const reader = (from: Readonly<Record<string, unknown>>, prefix: string) => {
    /** The value when `ok` says it has the schema's type; else (a problem said) the default. */
    const read = <T>(key: string, ok: (value: unknown) => value is T, wanted: string, fallback: T): T => {
      const value = from[key];
      if (value === undefined || value === null) return fallback;
      if (ok(value)) return value;
      say(`${prefix}${key} must be ${wanted}, not ${JSON.stringify(value)}; using ${fallback === undefined ? 'none' : JSON.stringify(fallback)}`);
      return fallback;
    };
    return {
      flag: (key: string, fallback: boolean) => read(key, (v): v is boolean => typeof v === 'boolean', 'true or false', fallback),
      int: (key: string, fallback: number) => read(key, (v): v is number => Number.isInteger(v), 'an integer', fallback),
      text: (key: string, fallback: string) => read(key, (v): v is string => typeof v === 'string', 'a string', fallback),
      optional: (key: string) => read<string | undefined>(key, (v): v is string => typeof v === 'string', 'a string', undefined),
    };
  };
  const top = reader(raw, '');
  // pretty_print only indents the feeds' XML and JSON: a feed reader reads the same items either
  // way, so the feeds are written on one line, as without it, and nothing is said (its type is checked).
  top.flag('pretty_print', false);

  const rssFeed = top.flag('rss_feed_enabled', true);
  const jsonFeed = top.flag('json_feed_enabled', true);
  if (!rssFeed && !jsonFeed) {
    say('at least one export option has to be enabled (rss_feed_enabled, json_feed_enabled); the plugin is disabled');
    return { options: undefined, problems };
  }
  // The plugin logs an error and still writes its feeds, without their links.
  if (!siteUrl) say('site_url is not set in mkdocs.yml, whereas a feed needs absolute URLs: the feeds are written without links');

  let matchPath = /.*/y;
  const pattern = top.text('match_path', '.*');
  try {
    matchPath = new RegExp(pattern, 'y');
  } catch (error) {
    say(`match_path '${pattern}' is not a valid regular expression (${error instanceof Error ? error.message : String(error)}); every page matches`);
  }

  const categories = raw['categories'];
  let categoryKeys: string[] | undefined;
  if (Array.isArray(categories) && categories.every((key) => typeof key === 'string')) categoryKeys = categories;
  else if (categories !== undefined && categories !== null) say('categories must be a list of front matter keys; no categories');

  const dateRaw = subConfig(raw['date_from_meta'], 'date_from_meta', DATE_KEYS, say);
  const date = reader(dateRaw, 'date_from_meta.');
  // 1.13 turned these into strings; a boolean now means git, with the plugin's deprecation warning.
  const source = (key: string): string => {
    const value = dateRaw[key];
    if (typeof value === 'boolean') {
      say(`date_from_meta.${key}: a boolean is deprecated since 1.13; use a front matter key or remove it. Dates come from git`);
      return 'git';
    }
    return date.text(key, 'git');
  };
  const asCreation = source('as_creation');
  const asUpdate = asCreation === 'git' && typeof dateRaw['as_creation'] === 'boolean' ? 'git' : source('as_update');
  const time = date.text('default_time', '00:00');
  const clock = /^(\d{1,2}):(\d{1,2})$/.exec(time);
  let defaultTime = { hours: 0, minutes: 0 };
  if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60) defaultTime = { hours: Number(clock[1]), minutes: Number(clock[2]) };
  else say(`date_from_meta.default_time '${time}' does not match the format %H:%M; using 00:00`);
  let defaultTimezone = date.text('default_timezone', 'UTC');
  if (!validTimezone(defaultTimezone)) {
    say(`date_from_meta.default_timezone: unknown timezone '${defaultTimezone}' (an IANA name such as Europe/Paris); using UTC`);
    defaultTimezone = 'UTC';
  }

  const names = reader(subConfig(raw['feeds_filenames'], 'feeds_filenames', new Set(Object.keys(FILENAME_KEYS)), say), 'feeds_filenames.');
  const parameters = raw['url_parameters'];
  let urlParameters: Array<readonly [string, string]> | undefined;
  if (isRecord(parameters)) urlParameters = Object.entries(parameters).map(([key, value]) => [key, pythonStr(value)] as const);
  else if (parameters !== undefined && parameters !== null) say('url_parameters must be a map of query parameters; ignored');

  return {
    options: {
      abstractCharsCount: top.int('abstract_chars_count', 160),
      abstractDelimiter: top.text('abstract_delimiter', '<!-- more -->'),
      categories: categoryKeys,
      commentsPath: top.optional('comments_path'),
      dates: { asCreation, asUpdate, datetimeFormat: date.text('datetime_format', '%Y-%m-%d %H:%M'), defaultTime, defaultTimezone },
      filenames: { rssCreated: names.text('rss_created', FILENAME_KEYS.rss_created), rssUpdated: names.text('rss_updated', FILENAME_KEYS.rss_updated), jsonCreated: names.text('json_created', FILENAME_KEYS.json_created), jsonUpdated: names.text('json_updated', FILENAME_KEYS.json_updated) },
      feedTitle: top.optional('feed_title'),
      feedDescription: top.optional('feed_description'),
      feedTtl: top.int('feed_ttl', 1440),
      image: top.optional('image'),
      jsonFeed,
      rssFeed,
      length: top.int('length', 20),
      matchPath,
      urlParameters,
      useGit: top.flag('use_git', true),
    },
    problems,
  };
}

/** A sub-configuration map (date_from_meta, feeds_filenames); its unknown keys are problems. */
function subConfig(value: unknown, name: string, known: ReadonlySet<string>, say: (text: string) => void): Readonly<Record<string, unknown>> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    say(`${name} must be a map; its defaults are used`);
    return {};
  }
  for (const key of Object.keys(value)) if (!known.has(key)) say(`unknown option '${name}.${key}', ignored`);
  return value;
}

/** Python's str() of a YAML scalar, as urlencode writes it. */
function pythonStr(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  return String(value);
}
