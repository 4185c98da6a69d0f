/**
 * mkdocs-git-revision-date-plugin (`git-revision-date`, 0.3: mkdocs_git_revision_date_plugin/
 * plugin.py, util.py). Each page's `page.meta.revision_date` is its file's last commit date
 * (`git log -n 1 --date=short --format=%ad -- page.md`), which Material's source-file partial
 * shows (src/site/stages/model.ts sourceFileOf); a page no commit touched gets today's date, with
 * the plugin's warning. With `modify_md` (the default) the page's Markdown is also a Jinja
 * template with `git_revision_date`: rendered by itself (plain Jinja, an unknown name prints
 * nothing) when the macros plugin is not listed, or, when macros is listed after it, given the
 * line `{% set git_revision_date = 'YYYY-MM-DD' %}` on top for the macros to render. Listed after
 * macros, the plugin warns and leaves the Markdown alone. `as_datetime` makes the date a datetime
 * (printed `YYYY-MM-DD 00:00:00`); `enabled_if_env: NAME` turns the plugin off unless NAME is `1`.
 *
 * The dates come from the one `git log` over docs_dir (src/site/git-history.ts), not a git process
 * per page, which gives each commit's day as `%ad` does, in its author's time zone. The plugin
 * does not follow renames; neither does this.
 *
 *   plugins: [git-revision-date, macros]
 *   gitRevisionDatePlugin(plugins, env).settings // { modifyMd: true, asDatetime: false, mode: 'set' }
 */
import type { GitHistory } from './git-history.ts';
import type { Macros, MacrosOutcome } from './macros-render.ts';
import type { MacrosSettings } from './macros.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

export interface GitRevisionDateSettings {
  readonly modifyMd: boolean;
  readonly asDatetime: boolean;
  /** `set`: macros is listed after it, which renders the `{% set %}` line; `render`: no macros, it renders the page; `none`: macros comes first. */
  readonly mode: 'set' | 'render' | 'none';
}

/** The settings with each page's date, plain data for the render workers. */
export interface GitRevisionDates extends GitRevisionDateSettings {
  /** `YYYY-MM-DD` by docs-relative file; a file no commit touched is missing. */
  readonly dates: Readonly<Record<string, string>>;
  /** Today, `YYYY-MM-DD`: the date of a page without one. */
  readonly today: string;
}

export function gitRevisionDatePlugin(plugins: readonly PluginEntry[], env: Readonly<Record<string, string | undefined>>): { settings: GitRevisionDateSettings | undefined; problems: string[]; notes: string[] } {
  const index = plugins.findIndex((plugin) => plugin.name === 'git-revision-date');
  const spec = plugins[index];
  const problems: string[] = [];
  const notes: string[] = [];
  if (!spec) return { settings: undefined, problems, notes };
  const options = spec.options;
  for (const key of Object.keys(options)) if (!['enabled_if_env', 'modify_md', 'as_datetime', 'enabled'].includes(key)) problems.push(`git-revision-date plugin: unknown option '${key}', ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = options[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`git-revision-date plugin: '${key}' must be true or false, found ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const modifyMd = flag('modify_md', true);
  const asDatetime = flag('as_datetime', false);
  if (options['enabled'] === false) return { settings: undefined, problems, notes };
  const envName = options['enabled_if_env'];
  if (typeof envName === 'string' && envName !== '' && env[envName] !== '1') {
    notes.push(`git-revision-date plugin: off (set the environment variable ${envName} to 1 to turn it on)`);
    return { settings: undefined, problems, notes };
  }
  const macros = plugins.findIndex((plugin) => plugin.name === 'macros');
  if (macros >= 0 && macros < index && modifyMd) problems.push('git-revision-date plugin: the macros plugin must be placed after git-revision-date in mkdocs.yml; pages are not given git_revision_date');
  const mode = macros < 0 ? 'render' : macros > index ? 'set' : 'none';
  return { settings: { modifyMd, asDatetime, mode }, problems, notes };
}

/** `YYYY-MM-DD` of a Unix time, in UTC: today's, or a commit's when the log had no day. */
function isoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Each file's last commit date from the history (none when git could not be read). */
export function revisionDatesOf(settings: GitRevisionDateSettings, history: GitHistory, now: number): GitRevisionDates {
  const dates = history.kind === 'read' ? Object.fromEntries([...history.files].map(([file, found]) => [file, found.updatedDay ?? isoDay(found.updated)])) : {};
  return { ...settings, dates, today: isoDay(now) };
}

/** The macros settings of the plugin's own Jinja rendering (jinja2's Template: no loader, an unknown name prints nothing). */
export function revisionDateTemplates(projectDir: string, docsDir: string): MacrosSettings {
  return {
    plugin: 'git-revision-date',
    renderByDefault: true,
    forceRenderPaths: [],
    includeDir: docsDir,
    delimiters: { blockStart: '{%', blockEnd: '%}', variableStart: '{{', variableEnd: '}}', commentStart: '{#', commentEnd: '#}' },
    onUndefined: 'silent',
    onErrorFail: false,
    variables: {},
    siteUrl: undefined,
    projectDir,
    python: [],
  };
}

export interface RevisionDateOutcome {
  readonly markdown: string;
  /** What the page's meta gets as `revision_date`. */
  readonly date: string;
  /** The page had no commit: dated today (never reused by a later build). */
  readonly undated: boolean;
  readonly rendered?: MacrosOutcome | undefined;
}

/** The plugin's on_page_markdown for the page `src` (`file`: the docs file it is read from). */
export function applyRevisionDate(dates: GitRevisionDates, templates: Macros | undefined, src: string, file: string, markdown: string, meta: Readonly<Record<string, unknown>>): RevisionDateOutcome {
  const day = dates.dates[file];
  const undated = day === undefined;
  const date = `${day ?? dates.today}${dates.asDatetime ? ' 00:00:00' : ''}`;
  if (!dates.modifyMd || dates.mode === 'none') return { markdown, date, undated };
  if (dates.mode === 'set') return { markdown: `{% set git_revision_date = '${date}' %}\n${markdown}`, date, undated };
  const rendered = templates?.render({ src, meta, markdown, variables: { git_revision_date: date } });
  return { markdown: rendered?.markdown ?? markdown, date, undated, rendered };
}
