/**
 * mkdocs-exclude-search's options (`exclude-search`: `exclude`, `ignore`, `exclude_tags`; its
 * plugin.py `config_scheme` and `check_config`), as the rules ./exclude-search.ts applies.
 * The plugin does nothing without the search plugin, or with nothing to exclude (a note, as its
 * log's info line); an `ignore` entry without `#heading` would stop its build (a warning here, the
 * entry left out), and a single string is taken as one entry.
 *
 *   excludeSearchOptions([{ name: 'exclude-search', options: { exclude: ['private/*'] } }], true)
 *   // { rules: { exclude: [{ file: /^private\/.*$/, header: undefined }], ignore: [], excludeTags: false }, problems: [] }
 */
import { excludeSearchRules, type ExcludeSearchRules } from './exclude-search.ts';
import type { SiteMessage } from './messages.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };
type Problem = Pick<SiteMessage, 'severity' | 'message'>;

const KNOWN = new Set(['exclude', 'ignore', 'exclude_tags', 'enabled']);

export function excludeSearchOptions(plugins: readonly PluginEntry[], search: boolean): { rules: ExcludeSearchRules | undefined; problems: Problem[] } {
  const spec = plugins.find((plugin) => plugin.name === 'exclude-search');
  if (!spec || spec.options['enabled'] === false) return { rules: undefined, problems: [] };
  const problems: Problem[] = [];
  for (const key of Object.keys(spec.options)) if (!KNOWN.has(key)) problems.push({ severity: 'warning', message: `exclude-search plugin: unknown option '${key}'; ignored` });
  const entries = (key: string): string[] => {
    const value = spec.options[key];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value;
    problems.push({ severity: 'warning', message: `exclude-search plugin: '${key}' should be a list of strings; ignored` });
    return [];
  };
  const exclude = entries('exclude');
  const ignore = entries('ignore').filter((entry) => {
    if (entry.includes('#')) return true;
    problems.push({ severity: 'warning', message: `exclude-search plugin: ignore entry '${entry}' names no section (file.md#heading-id); left out` });
    return false;
  });
  const excludeTags = spec.options['exclude_tags'] === true;
  if (!search) return { rules: undefined, problems };
  if (exclude.length === 0 && !excludeTags) {
    problems.push({ severity: 'info', message: 'No excluded search entries selected for mkdocs-exclude-search.' });
    return { rules: undefined, problems };
  }
  return { rules: excludeSearchRules({ exclude, ignore, excludeTags }), problems };
}
