/**
 * The git-revision-date-localized plugin (mkdocs-git-revision-date-localized-plugin 1.x): its
 * options, and each page's dates written into its meta as the plugin writes them, which
 * Material's `partials/source-file.html` (our SourceFile.astro) draws under the content.
 *
 *   page.meta.git_revision_date_localized
 *   // '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">December 3, 2026</span>'
 *
 * The dates come from src/site/git-history.ts (one `git log` for the whole docs_dir). Where git
 * has no answer the plugin's rules apply: outside a repository (or without git) the build's
 * time with `fallback_to_build_date`, else an error; a page never committed gets the build's
 * time and a message (a warning with the plugin's `strict`, its default, else info).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fnmatch } from '../shared/fnmatch.ts';
import type { GitHistory } from './git-history.ts';
import type { SiteMessage } from './messages.ts';
import { dateFormatter, datedSpan, DATE_TYPES, intlLocale, isDateType, validTimezone, type DateType } from './revision-date-format.ts';
import type { PageResult } from './render-pages.ts';
import { rewriteHtml } from '../shared/page-html.ts';

export const REVISION_DATE_PLUGIN = 'git-revision-date-localized';

export interface RevisionDateOptions {
  readonly type: DateType;
  readonly customFormat: string;
  readonly timezone: string;
  /** The plugin's `locale`, else theme.language, else `en`; a page's front matter `locale` wins. */
  readonly locale: string;
  /** fnmatch patterns over docs-relative paths (`*` crosses `/`, as Python's fnmatch does). */
  readonly exclude: readonly RegExp[];
  readonly creation: boolean;
  readonly fallbackToBuildDate: boolean;
  readonly strict: boolean;
  readonly follow: boolean;
  /** Hash prefixes from `ignored_commits_file` (git's blame.ignoreRevsFile format). */
  readonly ignored: readonly string[];
}

const KNOWN = new Set(['fallback_to_build_date', 'locale', 'type', 'custom_format', 'timezone', 'exclude', 'enable_creation_date', 'enabled', 'strict', 'enable_git_follow', 'ignored_commits_file', 'enable_parallel_processing']);

type PluginSpec = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/**
 * The plugin's options when it is listed and enabled; each value the plugin would refuse is a
 * problem and its default is used.
 *
 * @example revisionDateOptions([{ name: 'git-revision-date-localized', options: { type: 'iso_date' } }], { language: 'de', projectDir: '/p' }).options?.locale // 'de'
 */
export function revisionDateOptions(plugins: readonly PluginSpec[], theme: { readonly language: string; readonly projectDir: string }): { options: RevisionDateOptions | undefined; problems: string[] } {
  const problems: string[] = [];
  const spec = plugins.find((plugin) => plugin.name === REVISION_DATE_PLUGIN);
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`${REVISION_DATE_PLUGIN} plugin: ${key} must be true or false, not ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const string = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    problems.push(`${REVISION_DATE_PLUGIN} plugin: ${key} must be a string, not ${JSON.stringify(value)}; ignored`);
    return undefined;
  };
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) problems.push(`${REVISION_DATE_PLUGIN} plugin: unknown option '${key}', ignored`);

  let type: DateType = 'date';
  const wanted = raw['type'];
  if (isDateType(wanted)) type = wanted;
  else if (wanted !== undefined && wanted !== null) problems.push(`${REVISION_DATE_PLUGIN} plugin: type must be one of ${DATE_TYPES.join(', ')}, not ${JSON.stringify(wanted)}; using date`);

  let timezone = string('timezone') ?? 'UTC';
  if (!validTimezone(timezone)) {
    problems.push(`${REVISION_DATE_PLUGIN} plugin: unknown timezone '${timezone}' (an IANA name such as Europe/Amsterdam); using UTC`);
    timezone = 'UTC';
  }
  // The plugin's order: its own locale, then theme.language, then English.
  let locale = string('locale') || theme.language.trim() || 'en';
  if (intlLocale(locale) === undefined) {
    problems.push(`${REVISION_DATE_PLUGIN} plugin: unknown locale '${locale}'; dates are written in English`);
    locale = 'en';
  }

  const exclude: RegExp[] = [];
  const patterns = raw['exclude'];
  if (Array.isArray(patterns)) {
    for (const pattern of patterns) {
      const glob = fnmatch(String(pattern));
      if ('regex' in glob) exclude.push(glob.regex);
      else problems.push(`${REVISION_DATE_PLUGIN} plugin: exclude: ${glob.problem}`);
    }
  }
  else if (patterns !== undefined && patterns !== null) problems.push(`${REVISION_DATE_PLUGIN} plugin: exclude must be a list of glob patterns; nothing is excluded`);

  let ignored: string[] = [];
  const ignoredFile = string('ignored_commits_file');
  if (ignoredFile) {
    try {
      // git's blame.ignoreRevsFile format: one hash a line, `#` comments, blank lines.
      ignored = readFileSync(path.resolve(theme.projectDir, ignoredFile), 'utf8').split('\n').map((line) => (line.split('#', 1)[0] ?? '').trim()).filter(Boolean);
    } catch {
      problems.push(`${REVISION_DATE_PLUGIN} plugin: ignored_commits_file '${ignoredFile}' cannot be read; no commit is ignored`);
    }
  }

  return {
    options: {
      type,
      customFormat: string('custom_format') ?? '%d. %B %Y',
      timezone,
      locale,
      exclude,
      creation: flag('enable_creation_date', false),
      fallbackToBuildDate: flag('fallback_to_build_date', false),
      strict: flag('strict', true),
      follow: flag('enable_git_follow', true),
      ignored,
    },
    problems,
  };
}

/** The meta keys the plugin sets, by the date they hold. */
type Kind = 'git_revision_date_localized' | 'git_creation_date_localized' | 'git_site_revision_date_localized';

/**
 * Every page's dates written into its meta (a new result where they are; `rendered` is
 * changed in place), with the messages the plugin would log. `now` is the build's time (unix
 * seconds), used where git has none; `ci`: the build runs on a CI runner, where the plugin
 * warns of a shallow clone (elsewhere it says nothing; here it is info). `readFrom` gives the
 * file a page is read from when it is not its `src` (the i18n plugin's fallback copy
 * `about.fr.md` of `about.md`): the plugin sees that file in the language's own MkDocs run,
 * so its git log and `exclude` are that file's.
 */
export function applyRevisionDates(rendered: Map<string, PageResult>, docsDir: string, options: RevisionDateOptions, history: GitHistory, now: number, ci = false, readFrom: ReadonlyMap<string, string> = new Map()): SiteMessage[] {
  const messages: SiteMessage[] = [];
  const level = options.strict ? 'warning' : 'info';
  if (history.kind === 'unavailable') {
    if (!options.fallbackToBuildDate) {
      // The plugin raises here: the build stops.
      messages.push({ severity: 'error', message: `${REVISION_DATE_PLUGIN} plugin: unable to read the git history of ${docsDir} (${history.reason}); to use the build date instead, set its option 'fallback_to_build_date: true'`, file: docsDir });
      return messages;
    }
    messages.push({ severity: level, message: `${REVISION_DATE_PLUGIN} plugin: unable to read the git history of ${docsDir} (${history.reason}); 'fallback_to_build_date' is true: every page shows the build date`, file: docsDir });
  } else if (history.shallow) {
    messages.push({ severity: ci ? 'warning' : 'info', message: `${REVISION_DATE_PLUGIN} plugin: the repository is a shallow clone, so pages show the date of the oldest commit fetched; fetch the whole history (actions/checkout: fetch-depth: 0, GitLab: GIT_DEPTH: 0)`, file: docsDir });
  }
  const formatters = new Map<string, ReturnType<typeof dateFormatter>>();
  const formatterOf = (locale: string) => {
    let format = formatters.get(locale);
    if (!format) {
      format = dateFormatter({ locale, timezone: options.timezone, customFormat: options.customFormat });
      formatters.set(locale, format);
    }
    return format;
  };
  const site = history.kind === 'read' ? history.last : undefined;
  for (const [page, result] of rendered) {
    const src = readFrom.get(page) ?? page;
    if (options.exclude.some((pattern) => pattern.test(src))) continue;
    const file = path.join(docsDir, src);
    // A page's own `locale` (front matter) wins over the plugin's.
    const own = result.meta['locale'];
    const locale = typeof own === 'string' && intlLocale(own) !== undefined ? own : options.locale;
    const format = formatterOf(locale);
    let dates = history.kind === 'read' ? history.files.get(src) : undefined;
    if (!dates) {
      if (history.kind === 'read') messages.push({ severity: level, message: `${REVISION_DATE_PLUGIN} plugin: '${src}' has no git logs, using the build date`, file });
      dates = { updated: now, updatedHash: '', created: now, createdHash: '' };
    }
    const meta: Record<string, unknown> = { ...result.meta };
    const put = (kind: Kind, seconds: number, hash: string | undefined) => {
      const texts = format(seconds);
      meta[kind] = datedSpan(texts, options.type);
      if (hash !== undefined) meta[`${kind}_hash`] = hash;
      for (const type of DATE_TYPES) meta[`${kind}_raw_${type}`] = texts[type];
    };
    put('git_revision_date_localized', dates.updated, dates.updatedHash);
    put('git_site_revision_date_localized', site?.time ?? now, site?.hash ?? '');
    if (options.creation) {
      let created = { time: dates.created, hash: dates.createdHash };
      if (created.time > dates.updated) {
        messages.push({ severity: 'warning', message: `${REVISION_DATE_PLUGIN} plugin: '${src}' was created after its last update, by git's history; its creation date is its last update's (enable_git_follow: false may help)`, file });
        created = { time: dates.updated, hash: dates.updatedHash };
      }
      put('git_creation_date_localized', created.time, created.hash);
    }
    rendered.set(page, { ...result, meta, html: rewriteHtml(result.html, (slice) => slice.includes('{{'), (text) => replaceVariables(text, meta)) });
  }
  return messages;
}

const VARIABLES = /\{\{\s*(git_revision_date_localized|git_site_revision_date_localized|git_creation_date_localized)\s*\}\}/gi;

/**
 * `{{ git_revision_date_localized }}` (and the site and creation dates) written in a page: the
 * plugin replaces them in the Markdown before it is rendered; here in the HTML, where the
 * Markdown left them as text.
 */
function replaceVariables(html: string, meta: Readonly<Record<string, unknown>>): string {
  if (!html.includes('{{')) return html;
  return html.replace(VARIABLES, (whole, name: string) => {
    const value = meta[name.toLowerCase()];
    return typeof value === 'string' ? value : whole;
  });
}
