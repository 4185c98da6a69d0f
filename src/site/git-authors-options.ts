/**
 * mkdocs-git-authors-plugin's options (`git-authors`; the plugin's config.py), each wrong value
 * named and its default used, as the plugin's config validation would refuse it.
 *
 *   gitAuthorsOptions([{ name: 'git-authors', options: { show_contribution: true } }], false).options?.showContribution // true
 */
import path from 'node:path';
import { fnmatch } from '../shared/fnmatch.ts';

export const GIT_AUTHORS_PLUGIN = 'git-authors';

export interface GitAuthorsOptions {
  readonly showContribution: boolean;
  readonly showLineCount: boolean;
  readonly showEmailAddress: boolean;
  /** The link of an author, `{email}` and `{name}` filled in (Python's str.format). */
  readonly href: string;
  readonly countEmptyLines: boolean;
  readonly fallbackToEmpty: boolean;
  /** fnmatch patterns over docs-relative paths (fnmatchcase: `*` crosses `/`). */
  readonly exclude: readonly RegExp[];
  /** Absolute path of git's blame.ignoreRevsFile (`ignore_commits`), when given. */
  readonly ignoreCommits: string | undefined;
  /** Author emails whose lines count for nobody, as written (the plugin compares them as they are). */
  readonly ignoreAuthors: readonly string[];
  readonly sortBy: 'name' | 'contribution';
  /** 0..100: a page's authors at or under this share of its lines are left out (when it has several). */
  readonly threshold: number;
  /** An uncommitted page is a warning (else info). */
  readonly strict: boolean;
}

type PluginSpec = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const KNOWN = new Set(['show_contribution', 'show_line_count', 'show_email_address', 'href', 'count_empty_lines', 'fallback_to_empty', 'exclude', 'ignore_commits', 'ignore_authors', 'enabled', 'enabled_on_serve', 'sort_authors_by', 'authorship_threshold_percent', 'strict']);

/**
 * The options when the plugin is listed and on (`enabled`, and `enabled_on_serve` under serve).
 * `projectDir`: where `ignore_commits` is found (the plugin runs git from the project's folder).
 */
export function gitAuthorsOptions(plugins: readonly PluginSpec[], serve: boolean, projectDir = '.'): { options: GitAuthorsOptions | undefined; problems: string[] } {
  const problems: string[] = [];
  const spec = plugins.find((plugin) => plugin.name === GIT_AUTHORS_PLUGIN);
  if (!spec) return { options: undefined, problems };
  const raw = spec.options;
  const say = (text: string) => problems.push(`${GIT_AUTHORS_PLUGIN} plugin: ${text}`);
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) say(`unknown option '${key}', ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    say(`${key} must be true or false, not ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const string = (key: string, fallback: string): string => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    say(`${key} must be a string, not ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const list = (key: string): string[] => {
    const value = raw[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.map(String);
    say(`${key} must be a list, not ${JSON.stringify(value)}; ignored`);
    return [];
  };
  if (!flag('enabled', true) || (serve && !flag('enabled_on_serve', true))) return { options: undefined, problems };

  const sortBy = string('sort_authors_by', 'name');
  if (sortBy !== 'name' && sortBy !== 'contribution') say(`sort_authors_by must be 'name' or 'contribution', not ${JSON.stringify(sortBy)}; authors are sorted by name`);
  let threshold = raw['authorship_threshold_percent'] ?? 0;
  // The plugin asserts 0 <= threshold <= 100 (an int).
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 0 || threshold > 100) {
    say(`authorship_threshold_percent must be a whole number from 0 to 100, not ${JSON.stringify(threshold)}; no author is left out`);
    threshold = 0;
  }
  const exclude: RegExp[] = [];
  for (const pattern of list('exclude')) {
    const glob = fnmatch(pattern);
    if ('regex' in glob) exclude.push(glob.regex);
    else say(`exclude: ${glob.problem}`);
  }
  const ignoreCommits = string('ignore_commits', '');
  return {
    options: {
      showContribution: flag('show_contribution', false),
      showLineCount: flag('show_line_count', false),
      showEmailAddress: flag('show_email_address', true),
      href: string('href', 'mailto:{email}'),
      countEmptyLines: flag('count_empty_lines', true),
      fallbackToEmpty: flag('fallback_to_empty', false),
      exclude,
      ignoreCommits: ignoreCommits === '' ? undefined : path.resolve(projectDir, ignoreCommits),
      ignoreAuthors: list('ignore_authors'),
      sortBy: sortBy === 'contribution' ? 'contribution' : 'name',
      threshold: threshold as number,
      strict: flag('strict', true),
    },
    problems,
  };
}
