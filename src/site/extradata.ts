/**
 * The markdownextradata plugin (mkdocs-markdownextradata-plugin 0.2) in the site: its options
 * from mkdocs.yml and the variables its pages see. Each page's Markdown (and a front matter
 * title) is rendered as a Jinja template by the macros engine (src/site/macros-render.ts, with
 * `plugin: 'markdownextradata'`), in the render stage, with:
 *
 * - every mkdocs.yml setting at the top level (`site_name`, `repo_url`, `extra`...), and over
 *   them `config.extra`'s keys, as the plugin renders with `{**config, **config.extra}`;
 * - the data files of its folders, added to `extra` before that: each `.yaml`, `.yml` and
 *   `.json` file under a folder is keyed by its path without the extension, folders becoming
 *   nested keys (`_data/sections/captions.yml` is `sections.captions`, also `extra.sections.captions`).
 *   The folders are `data` (a comma-separated string, relative to mkdocs.yml's folder), else a
 *   `_data` folder next to mkdocs.yml and one in docs_dir, each read when it exists.
 *
 * Undefined values print themselves (`{{ name }}`), as Jinja's DebugUndefined that the plugin
 * sets; the whole page is rendered, fenced code included, as by the plugin.
 *
 *   plugins: [markdownextradata: { data: data }]    # data/team/lead.yml: {name: Ada}
 *   extraDataPlugin(plugins, config).settings?.variables['team']  // { lead: { name: 'Ada' } }
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { MkdocsConfig } from '../config/index.ts';
import { yamlTooLarge } from '../shared/yaml-size.ts';
import { isDirectory, isRecord, plainData, plainRecord } from './plugin-values.ts';
import type { MacrosDelimiters, MacrosSettings } from './macros.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/** A problem with one data file, located at it. */
interface DataProblem {
  readonly message: string;
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export interface ExtraDataPlugin {
  readonly settings: MacrosSettings | undefined;
  /** Option warnings, located by the caller at the plugin's entry. */
  readonly problems: string[];
  readonly dataProblems: DataProblem[];
  /** The data folders read: `serve` watches them, and a change there reloads the config. */
  readonly folders: string[];
}

/** jinja_options the nunjucks environment honours: Jinja's marker strings and two whitespace switches. */
const MARKERS = {
  block_start_string: 'blockStart',
  block_end_string: 'blockEnd',
  variable_start_string: 'variableStart',
  variable_end_string: 'variableEnd',
  comment_start_string: 'commentStart',
  comment_end_string: 'commentEnd',
} as const satisfies Record<string, keyof MacrosDelimiters>;

const DEFAULT_MARKERS: MacrosDelimiters = { blockStart: '{%', blockEnd: '%}', variableStart: '{{', variableEnd: '}}', commentStart: '{#', commentEnd: '#}' };

/** What the plugin reads of mkdocs.yml; the whole config, as given, is what pages see. */
type ExtraDataConfig = Pick<MkdocsConfig, 'extra' | 'config_file_path'> & Partial<Pick<MkdocsConfig, 'docs_dir' | 'site_url'>>;

/** The plugin's settings when `markdownextradata` is listed (and not `enabled: false`), else undefined. */
export function extraDataPlugin(plugins: readonly PluginEntry[], config: ExtraDataConfig): ExtraDataPlugin {
  const spec = plugins.find((plugin) => plugin.name === 'markdownextradata');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { settings: undefined, problems, dataProblems: [], folders: [] };
  const projectDir = path.dirname(config.config_file_path);
  const docsDir = config.docs_dir ?? path.join(projectDir, 'docs');
  for (const key of Object.keys(spec.options)) if (key !== 'data' && key !== 'jinja_options' && key !== 'enabled') problems.push(`markdownextradata plugin: unknown option '${key}', ignored`);

  const folders = dataFolders(spec.options['data'], projectDir, docsDir, problems);
  const extra = plainRecord(config.extra);
  const dataProblems: DataProblem[] = [];
  for (const folder of folders) readDataFolder(folder, extra, dataProblems);

  const jinja = jinjaOptions(spec.options['jinja_options'], problems);
  const variables: Record<string, unknown> = { ...plainRecord(config), extra, ...extra };
  const settings: MacrosSettings = {
    plugin: 'markdownextradata',
    renderByDefault: true,
    forceRenderPaths: [],
    includeDir: docsDir,
    delimiters: jinja.delimiters,
    onUndefined: 'keep',
    onErrorFail: false,
    variables,
    siteUrl: config.site_url,
    projectDir,
    python: [],
    trimBlocks: jinja.trimBlocks,
    lstripBlocks: jinja.lstripBlocks,
  };
  return { settings, problems, dataProblems, folders };
}

/**
 * `data`: a string of folders separated by commas (the plugin's option is a string; a YAML
 * list is read too, where MkDocs refuses it), else `_data` beside mkdocs.yml and in docs_dir.
 */
function dataFolders(option: unknown, projectDir: string, docsDir: string, problems: string[]): string[] {
  let named: string[] = [];
  if (typeof option === 'string') named = option.split(',');
  else if (Array.isArray(option) && option.every((item) => typeof item === 'string')) named = option;
  else if (option !== undefined && option !== null) problems.push(`markdownextradata plugin: 'data' must be a folder (or several, separated by commas), found ${JSON.stringify(option)}; using the _data folders`);
  named = named.map((name) => name.trim()).filter((name) => name !== '');
  if (named.length === 0) return [path.join(projectDir, '_data'), path.join(docsDir, '_data')].filter(isDirectory);
  const folders = named.map((name) => path.resolve(projectDir, name));
  // The plugin skips a folder that does not exist without a word; a typo deserves one.
  for (const [index, folder] of folders.entries()) if (!isDirectory(folder)) problems.push(`markdownextradata plugin: data folder '${named[index] ?? ''}' was not found (looked for ${folder}); its variables are undefined`);
  return folders.filter(isDirectory);
}

/** Every data file of `folder` into `extra`, in the plugin's order: `.yaml`, then `.yml`, then `.json` files. */
function readDataFolder(folder: string, extra: Record<string, unknown>, problems: DataProblem[]): void {
  const files = dataFiles(folder, problems).sort();
  for (const extension of ['.yaml', '.yml', '.json']) {
    for (const file of files.filter((name) => path.extname(name) === extension)) {
      const keys = path.relative(folder, file).slice(0, -extension.length).split(path.sep);
      if (keys.includes('__proto__')) {
        // As a key it would set the prototype of the mapping holding it, not a variable.
        problems.push({ message: 'markdownextradata plugin: a data file or folder named __proto__ cannot be a variable; skipped', file });
        continue;
      }
      const value = readDataFile(file, extension === '.json', problems);
      if (value === undefined) continue;
      addData(extra, keys, value);
    }
  }
}

/** The files under `folder`, at any depth; a folder that cannot be listed is a warning and is skipped, the others are still read. */
function dataFiles(folder: string, problems: DataProblem[]): string[] {
  const files: string[] = [];
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ message: `markdownextradata plugin: cannot list this data folder (${error instanceof Error ? error.message : String(error)}); the variables of its files are undefined`, file: dir });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files;
}

function readDataFile(file: string, json: boolean, problems: DataProblem[]): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    problems.push({ message: `markdownextradata plugin: cannot read this data file (${error instanceof Error ? error.message : String(error)}); its variables are undefined`, file });
    return undefined;
  }
  if (json) {
    try {
      return plainData(JSON.parse(text));
    } catch (error) {
      problems.push({ message: `markdownextradata plugin: invalid JSON in this data file: ${error instanceof Error ? error.message : String(error)}; its variables are undefined`, file });
      return undefined;
    }
  }
  let value: unknown;
  try {
    // Dates stay text (`2026-11-02`), as for the macros plugin's include_yaml files.
    value = load(text, { filename: file, schema: CORE_SCHEMA });
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    problems.push({ message: `markdownextradata plugin: invalid YAML in this data file: ${reason}; its variables are undefined`, file, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined });
    return undefined;
  }
  const tooLarge = yamlTooLarge(value);
  if (tooLarge) {
    problems.push({ message: `markdownextradata plugin: refusing this data file: ${tooLarge}`, file });
    return undefined;
  }
  return plainData(value);
}

/**
 * The plugin's namespacing: `sections/captions` sets `extra.sections.captions`, making each
 * folder a mapping where it is missing; the file's value replaces what the key held.
 */
export function addData(extra: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let holder = extra;
  for (const key of keys.slice(0, -1)) {
    const next = holder[key];
    if (isRecord(next)) holder = next;
    else {
      // The plugin descends into whatever the key holds; a value that is not a mapping fails it there.
      const fresh: Record<string, unknown> = {};
      holder[key] = fresh;
      holder = fresh;
    }
  }
  const last = keys.at(-1);
  if (last !== undefined) holder[last] = value;
}

/** `jinja_options`: the markers and `trim_blocks`/`lstrip_blocks`; any other is named and ignored. */
function jinjaOptions(option: unknown, problems: string[]): { delimiters: MacrosDelimiters; trimBlocks: boolean; lstripBlocks: boolean } {
  const delimiters: { -readonly [K in keyof MacrosDelimiters]: string } = { ...DEFAULT_MARKERS };
  const result = { delimiters, trimBlocks: false, lstripBlocks: false };
  if (option === undefined || option === null) return result;
  if (!isRecord(option)) {
    problems.push(`markdownextradata plugin: 'jinja_options' must be a mapping of Jinja environment options, found ${JSON.stringify(option)}; ignored`);
    return result;
  }
  for (const [key, value] of Object.entries(option)) {
    const marker = Object.entries(MARKERS).find(([name]) => name === key)?.[1];
    if (marker !== undefined) {
      if (typeof value === 'string' && value !== '') delimiters[marker] = value;
      else problems.push(`markdownextradata plugin: jinja_options '${key}' must be a string, found ${JSON.stringify(value)}; ignored`);
    } else if (key === 'trim_blocks' || key === 'lstrip_blocks') {
      if (typeof value === 'boolean') result[key === 'trim_blocks' ? 'trimBlocks' : 'lstripBlocks'] = value;
      else problems.push(`markdownextradata plugin: jinja_options '${key}' must be true or false, found ${JSON.stringify(value)}; ignored`);
    } else {
      problems.push(`markdownextradata plugin: jinja_options '${key}' is not supported here (only the *_start_string/*_end_string markers, trim_blocks and lstrip_blocks); ignored`);
    }
  }
  return result;
}


