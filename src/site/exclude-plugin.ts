/**
 * mkdocs-exclude (apenwarr/mkdocs-exclude): its `glob` and `regex` options leave docs files out of
 * the site, pages and static files alike. The plugin filters MkDocs' file list in `on_files`, so
 * only files are matched, never folders, against their docs-relative `src_path`:
 *
 * - a glob with Python's `fnmatch.fnmatchcase` (case-sensitive; `*` crosses `/`, so
 *   `drafts/*` leaves out `drafts/a/b.md` too, while `drafts` alone matches no file);
 * - a regex with Python's `re.match` (anchored at the start only: `^` is implied, `$` is not).
 *
 * Each option takes one string or a list. The discover stage applies the result where it applies
 * `exclude_docs` (src/site/discover.ts).
 *
 *   plugins: [exclude: { glob: ['*.tmp', 'drafts/*'], regex: ['.*\\.(bak|orig)$'] }]
 *   excludePlugin(plugins).exclude?.('drafts/a.md')  // true
 */
import { fnmatch } from '../shared/fnmatch.ts';
import { pythonRegex } from '../shared/python-regex.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/** Whether a docs-relative, `/`-separated file path is left out of the site. */
export type ExcludeFilter = (src: string) => boolean;

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['glob', 'regex', 'enabled']);

/** The plugin's filter when it is listed (undefined when not, or when it names no pattern). */
export function excludePlugin(plugins: readonly PluginEntry[]): { exclude: ExcludeFilter | undefined; problems: string[] } {
  const problems: string[] = [];
  const spec = plugins.find((plugin) => plugin.name === 'exclude');
  if (!spec || spec.options['enabled'] === false) return { exclude: undefined, problems };
  for (const key of Object.keys(spec.options)) if (!KNOWN_OPTIONS.has(key)) problems.push(`exclude plugin: unknown option '${key}', ignored`);
  const patterns: RegExp[] = [];
  for (const pattern of strings(spec.options['glob'], 'glob', problems)) {
    const glob = fnmatch(pattern);
    if ('regex' in glob) patterns.push(glob.regex);
    else problems.push(`exclude plugin: ${glob.problem}; the files it meant to exclude are published`);
  }
  for (const regex of strings(spec.options['regex'], 'regex', problems)) {
    try {
      // re.match: anchored at the start, free at the end. Python's syntax and JavaScript's
      // agree on what such patterns use (classes, groups, alternation, escapes) once Python's
      // named groups and leading inline flags are translated.
      const { source, flags } = pythonRegex(regex);
      patterns.push(new RegExp(`^(?:${source})`, flags));
    } catch (error) {
      problems.push(`exclude plugin: regex '${regex}' is not a valid regular expression (${error instanceof Error ? error.message : String(error)}); it excludes nothing, so the files it meant to exclude are published`);
    }
  }
  if (patterns.length === 0) return { exclude: undefined, problems };
  return { exclude: (src) => patterns.some((pattern) => pattern.test(src)), problems };
}

/** One string or a list of strings, as the plugin's `Type((str, list))` accepts; null is none. */
function strings(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  problems.push(`exclude plugin: '${key}' must be a string or a list of strings, found ${JSON.stringify(value)}; ignored`);
  return [];
}
