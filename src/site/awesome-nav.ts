/**
 * The awesome-nav plugin (mkdocs-awesome-nav 3.x) in the site: its options from mkdocs.yml and
 * the reading of its `.nav.yml` files. The nav rules are src/nav's (awesome-nav.ts,
 * awesome-nav-config.ts); this file only turns files into their values and problems into
 * located messages.
 *
 *   plugins: [awesome-nav: { filename: nav.yml, logs: { no_matches: error } }]
 *   awesomeNavPlugin(plugins).options  // { filename: 'nav.yml', logs: { nav_override: 'warning', no_matches: 'error', ... } }
 */
import { parseNavYml, type NavYml } from '../nav/index.ts';
import type { Severity } from '../shared/message.ts';
import { readFolderYamlFiles, type FolderYamlFiles, type FolderYamlNote } from './folder-yaml.ts';
import { isRecord } from './plugin-values.ts';

/** The `.nav.yml` name the plugin reads by default. */
export const DEFAULT_NAV_YML = '.nav.yml';

/** The messages whose level the plugin's `logs` option sets (all `warning` by default). */
export const AWESOME_NAV_LOGS = ['nav_override', 'root_title', 'root_hide', 'no_matches'] as const;
export type AwesomeNavLog = (typeof AWESOME_NAV_LOGS)[number];

export interface AwesomeNavPlugin {
  /** The file name read in each folder (`filename`). */
  readonly filename: string;
  readonly logs: Readonly<Record<AwesomeNavLog, Severity>>;
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const LEVELS: readonly Severity[] = ['info', 'warning', 'error'];

/** The plugin's options when it is listed (and not `enabled: false`); a wrong value is named in a problem and its default used. */
export function awesomeNavPlugin(plugins: readonly PluginEntry[]): { options: AwesomeNavPlugin | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'awesome-nav');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  for (const key of Object.keys(raw)) if (key !== 'filename' && key !== 'logs' && key !== 'enabled') problems.push(`awesome-nav plugin: unknown option '${key}', ignored`);
  const filename = raw['filename'];
  const named = typeof filename === 'string' && filename !== '' && !filename.includes('/');
  if (filename !== undefined && !named) problems.push(`awesome-nav plugin: 'filename' must be a file name such as ${DEFAULT_NAV_YML}, found ${String(filename)}; using ${DEFAULT_NAV_YML}`);
  const logs: Record<AwesomeNavLog, Severity> = { nav_override: 'warning', root_title: 'warning', root_hide: 'warning', no_matches: 'warning' };
  const given = raw['logs'];
  if (given !== undefined && given !== null && !isRecord(given)) problems.push(`awesome-nav plugin: 'logs' must be a mapping of ${AWESOME_NAV_LOGS.join(', ')} to info, warning or error; ignored`);
  if (isRecord(given)) {
    for (const [key, value] of Object.entries(given)) {
      const log = AWESOME_NAV_LOGS.find((known) => known === key);
      const level = LEVELS.find((known) => known === value);
      if (log === undefined) problems.push(`awesome-nav plugin: unknown 'logs' entry '${key}' (the entries are ${AWESOME_NAV_LOGS.join(', ')}), ignored`);
      else if (level === undefined) problems.push(`awesome-nav plugin: 'logs.${key}' must be info, warning or error, found ${String(value)}; using warning`);
      else logs[log] = level;
    }
  }
  return { options: { filename: named ? filename : DEFAULT_NAV_YML, logs }, problems };
}

/**
 * Reads the `.nav.yml` files (docs-relative) into each folder's settings, with a warning at its
 * line for a file left out (the folder keeps the defaults, as with the plugin's validation
 * error), an unknown key (skipped) or a Jinja template tag (not rendered here).
 */
export function readNavYmlFiles(docsDir: string, files: readonly string[]): FolderYamlFiles<NavYml> {
  return readFolderYamlFiles(docsDir, files, 'awesome-nav', (data, text) => {
    const parsed = parseNavYml(data);
    if (parsed.problem) return { problem: parsed.problem };
    const notes: FolderYamlNote[] = parsed.unknown.map((at) => ({ message: `unknown key '${String(at[at.length - 1])}' in ${at.length > 1 ? `'${at.slice(0, -1).join('.')}'` : 'the file'}, ignored (as by the plugin)`, at }));
    // The plugin renders each file as a Jinja template (with `config`) before reading the YAML.
    const tag = /\{\{|\{%|\{#/.exec(text);
    if (tag) {
      const line = text.slice(0, tag.index).split('\n').length;
      notes.unshift({ message: 'Jinja template tags in a nav file are not rendered here (the plugin renders the file with `config` first); it is read as plain YAML', at: [], line });
    }
    return { value: parsed.config, notes };
  });
}
