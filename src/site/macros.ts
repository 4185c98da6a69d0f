/**
 * The macros plugin (mkdocs-macros-plugin) in the site: its options from mkdocs.yml, the
 * variables every page sees (config.extra at the top level, `config`, `extra`, the
 * `include_yaml` files, `plugin`, `environment`), and one warning for what cannot run here:
 * its Python (`main.py` or `module_name`, `modules:` pluglets, `j2_extensions`). Each page is
 * rendered by src/site/macros-render.ts, in the render stage, from the plain data made here
 * (copied to the render threads and hashed into the render cache's key, so a change of
 * mkdocs.yml or of an include_yaml file renders the pages again).
 *
 *   plugins: [macros: { include_yaml: [data/team.yml], on_undefined: strict }]
 *   macrosPlugin(config, projectDir).settings?.variables['team']  // the YAML file's content
 */
import { existsSync, readFileSync } from 'node:fs';
import { platform, release } from 'node:os';
import path from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { MkdocsConfig } from '../config/index.ts';
import { yamlTooLarge } from '../shared/yaml-size.ts';
import { isDirectory, isRecord, plainData, plainRecord } from './plugin-values.ts';

/** What a variable that has no value prints as (the plugin's `on_undefined`; `keep` is its default). */
export const UNDEFINED_MODES = ['keep', 'silent', 'strict', 'lax'] as const;
export type UndefinedMode = (typeof UNDEFINED_MODES)[number];

/** Jinja's markers, as the `j2_*_string` options set them. */
export interface MacrosDelimiters {
  readonly blockStart: string;
  readonly blockEnd: string;
  readonly variableStart: string;
  readonly variableEnd: string;
  readonly commentStart: string;
  readonly commentEnd: string;
}

/** Plain data (it goes to the render threads and into the cache key). */
export interface MacrosSettings {
  readonly renderByDefault: boolean;
  /** `force_render_paths`, gitignore-style lines relative to docs_dir. */
  readonly forceRenderPaths: readonly string[];
  /** Absolute: where `{% include %}` and `{% import %}` find files (docs_dir unless set). */
  readonly includeDir: string;
  readonly delimiters: MacrosDelimiters;
  readonly onUndefined: UndefinedMode;
  /** `on_error_fail`: a page that fails to render fails the build (an error, not a warning). */
  readonly onErrorFail: boolean;
  /** What every page sees before its own `page` and front matter are added. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** `site_url`, for `page.canonical_url`. */
  readonly siteUrl: string | undefined;
  /** Absolute: where git is asked for the `git` variable. */
  readonly projectDir: string;
  /** The Python that would define macros (`main.py`, `pluglet x`): named when a page calls an undefined one. */
  readonly python: readonly string[];
  /**
   * Whose templating this is. `markdownextradata` (src/site/extradata.ts) and `git-revision-date`
   * (src/site/git-revision-date.ts) render with their variables only: no `page`, front matter,
   * built-ins, includes or `render_macros` switch.
   * Unset: the macros plugin's.
   */
  readonly plugin?: 'macros' | 'markdownextradata' | 'git-revision-date' | undefined;
  /** Jinja's `trim_blocks` and `lstrip_blocks` (markdownextradata's `jinja_options`). */
  readonly trimBlocks?: boolean | undefined;
  readonly lstripBlocks?: boolean | undefined;
}

export interface MacrosPlugin {
  readonly settings: MacrosSettings | undefined;
  /** Option and module warnings, located by the caller at the plugin's entry. */
  readonly problems: string[];
  /** Files whose content becomes the variables (include_yaml), with a located warning each when unreadable. */
  readonly yamlProblems: ReadonlyArray<{ readonly message: string; readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined }>;
  /** What `serve` watches besides the pages: the include_yaml files, include_dir and module_name's file (there or not). */
  readonly watch: string[];
  /** The include_yaml files, read with the config. */
  readonly yamlFiles: string[];
}

const STRINGS = ['module_name', 'include_dir', 'force_render_paths', 'j2_block_start_string', 'j2_block_end_string', 'j2_variable_start_string', 'j2_variable_end_string', 'j2_comment_start_string', 'j2_comment_end_string'] as const;
const KNOWN_OPTIONS: ReadonlySet<string> = new Set([...STRINGS, 'modules', 'render_by_default', 'include_yaml', 'on_undefined', 'on_error_fail', 'verbose', 'j2_extensions', 'enabled']);

/** The plugin's options and their defaults, as `{{ plugin }}` shows them. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  module_name: 'main',
  modules: [],
  render_by_default: true,
  force_render_paths: '',
  include_dir: '',
  include_yaml: [],
  j2_block_start_string: '',
  j2_block_end_string: '',
  j2_variable_start_string: '',
  j2_variable_end_string: '',
  j2_comment_start_string: '',
  j2_comment_end_string: '',
  on_undefined: 'keep',
  on_error_fail: false,
  verbose: false,
  j2_extensions: [],
};

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };


/** What the plugin reads of mkdocs.yml; the whole config, as given, becomes the `config` variable. */
type MacrosConfig = Pick<MkdocsConfig, 'extra'> & Partial<Pick<MkdocsConfig, 'docs_dir' | 'site_url' | 'site_name'>>;

/** The plugin's settings when `macros` is listed (and not `enabled: false`), else undefined. */
export function macrosPlugin(plugins: readonly PluginEntry[], config: MacrosConfig, projectDir: string): MacrosPlugin {
  const spec = plugins.find((plugin) => plugin.name === 'macros');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { settings: undefined, problems, yamlProblems: [], watch: [], yamlFiles: [] };
  const raw = spec.options;
  for (const key of Object.keys(raw)) if (!KNOWN_OPTIONS.has(key)) problems.push(`macros plugin: unknown option '${key}', ignored`);
  const text = (key: (typeof STRINGS)[number]): string => {
    const value = raw[key];
    if (value === undefined || value === null) return String(DEFAULTS[key] ?? '');
    if (typeof value === 'string') return value;
    problems.push(`macros plugin: '${key}' must be a string, found ${JSON.stringify(value)}; ignored`);
    return String(DEFAULTS[key] ?? '');
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`macros plugin: '${key}' must be true or false, found ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const python = pythonSources(raw, text('module_name'), projectDir);
  problems.push(...python.problems);

  const onUndefinedRaw = raw['on_undefined'] ?? 'keep';
  const onUndefined = UNDEFINED_MODES.find((mode) => mode === onUndefinedRaw);
  // The plugin stops the build on another value; here the page is rendered as with the default.
  if (onUndefined === undefined) problems.push(`macros plugin: 'on_undefined' must be ${UNDEFINED_MODES.join(', ')}, found ${JSON.stringify(onUndefinedRaw)}; using keep`);

  // include_dir: the plugin refuses a folder that does not exist; here includes then fail page by page.
  const includeDirOption = text('include_dir');
  const docsDir = config.docs_dir ?? path.join(projectDir, 'docs');
  const includeDir = includeDirOption === '' ? docsDir : path.resolve(projectDir, includeDirOption);
  if (includeDirOption !== '' && !isDirectory(includeDir)) problems.push(`macros plugin: include_dir '${includeDirOption}' is not a folder (looked for ${includeDir}); every {% include %} will fail`);

  const extra: Record<string, unknown> = { ...config.extra };
  const variables: Record<string, unknown> = { extra, config: plainData(config) };
  const yaml = readIncludeYaml(raw['include_yaml'], projectDir, problems);
  for (const content of yaml.contents) mergeInto(variables, content);
  variables['environment'] = { system: systemName(), system_version: release() };
  variables['plugin'] = { ...DEFAULTS, ...plainRecord(raw) };
  // The plugin adds config.extra's keys last, over the YAML files' (a shallow update).
  Object.assign(variables, plainRecord(extra));

  const delimiters: MacrosDelimiters = {
    blockStart: text('j2_block_start_string') || '{%',
    blockEnd: text('j2_block_end_string') || '%}',
    variableStart: text('j2_variable_start_string') || '{{',
    variableEnd: text('j2_variable_end_string') || '}}',
    commentStart: text('j2_comment_start_string') || '{#',
    commentEnd: text('j2_comment_end_string') || '#}',
  };
  const settings: MacrosSettings = {
    renderByDefault: flag('render_by_default', true),
    forceRenderPaths: text('force_render_paths').split('\n').filter((line) => line.trim() !== ''),
    includeDir,
    delimiters,
    onUndefined: onUndefined ?? 'keep',
    onErrorFail: flag('on_error_fail', false),
    variables,
    siteUrl: config.site_url,
    projectDir,
    python: python.sources,
  };
  flag('verbose', false);
  const watch = [...yaml.files, ...(includeDir === docsDir ? [] : [includeDir]), ...python.module];
  return { settings, problems, yamlProblems: yaml.problems, watch, yamlFiles: yaml.files };
}

/**
 * The Python the plugin would run, and one warning for each: none of it can run here. `module`
 * is where module_name's file is or would be (both forms): the warning says whether it exists, so
 * a build is stale once one appears or goes.
 */
function pythonSources(raw: Readonly<Record<string, unknown>>, moduleName: string, projectDir: string): { sources: string[]; problems: string[]; module: string[] } {
  const problems: string[] = [];
  const sources: string[] = [];
  const candidates = [`${moduleName}.py`, path.join(moduleName, '__init__.py')];
  const module = candidates.map((name) => path.join(projectDir, name));
  const found = candidates.find((name) => existsSync(path.join(projectDir, name)));
  if (found !== undefined) {
    sources.push(found);
    problems.push(`macros plugin: the Python module ${found} cannot run here; the macros, filters and variables it defines are undefined, and a page that calls one is kept as written with a warning`);
  } else if (raw['module_name'] !== undefined && moduleName !== 'main') {
    problems.push(`macros plugin: module_name '${moduleName}' names no ${moduleName}.py in ${projectDir} (the plugin stops the build there); ignored`);
  }
  const modules = raw['modules'];
  if (Array.isArray(modules) && modules.length > 0) {
    sources.push(...modules.map((name) => `pluglet ${String(name)}`));
    problems.push(`macros plugin: the pluglets in 'modules' (${modules.map(String).join(', ')}) are Python and cannot run here; their macros are undefined`);
  }
  const extensions = raw['j2_extensions'];
  if (Array.isArray(extensions) && extensions.length > 0) {
    problems.push(`macros plugin: Jinja2 extensions (${extensions.map(String).join(', ')}) are Python and cannot run here; their tags fail the pages that use them`);
  }
  return { sources, problems, module };
}

interface YamlData {
  readonly contents: Record<string, unknown>[];
  readonly files: string[];
  readonly problems: Array<{ message: string; file: string; line?: number | undefined; column?: number | undefined }>;
}

/**
 * `include_yaml`: a list of files (relative to the project folder), each item a path or
 * `{key: path}` (the file's content under that key); a mapping `{key: path, ...}` is read as
 * the list of its pairs. A missing file is a warning and adds nothing, as in the plugin.
 */
function readIncludeYaml(option: unknown, projectDir: string, problems: string[]): YamlData {
  const data: YamlData = { contents: [], files: [], problems: [] };
  if (option === undefined || option === null) return data;
  const items: unknown[] = Array.isArray(option) ? option : isRecord(option) ? Object.entries(option).map(([key, file]) => ({ [key]: file })) : [];
  if (items.length === 0 && !Array.isArray(option)) problems.push(`macros plugin: 'include_yaml' must be a list of files, found ${JSON.stringify(option)}; ignored`);
  for (const item of items) {
    const entry = typeof item === 'string' ? { key: undefined, name: item } : isRecord(item) && Object.keys(item).length === 1 ? { key: Object.keys(item)[0], name: Object.values(item)[0] } : undefined;
    if (entry === undefined || typeof entry.name !== 'string') {
      problems.push(`macros plugin: an 'include_yaml' item must be a file or {key: file}, found ${JSON.stringify(item)}; ignored`);
      continue;
    }
    const file = path.resolve(projectDir, entry.name);
    data.files.push(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      data.problems.push({ message: `macros plugin: include_yaml file '${entry.name}' was not found (looked for ${file}); its variables are undefined`, file: path.join(projectDir, 'mkdocs.yml') });
      continue;
    }
    let value: unknown;
    try {
      // Dates stay text (`2026-11-02`), which prints as Python's date does; a JS Date would not.
      value = load(text.replace(/^\uFEFF/, ''), { filename: file, schema: CORE_SCHEMA });
    } catch (error) {
      const mark = error instanceof YAMLException ? error.mark : undefined;
      const reason = error instanceof YAMLException ? error.reason : String(error);
      data.problems.push({ message: `macros plugin: invalid YAML in include_yaml file: ${reason}; its variables are undefined`, file, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined });
      continue;
    }
    const tooLarge = yamlTooLarge(value);
    if (tooLarge) {
      data.problems.push({ message: `macros plugin: refusing this include_yaml file: ${tooLarge}`, file });
      continue;
    }
    const content = entry.key === undefined ? value : { [entry.key]: value };
    if (isRecord(content)) data.contents.push(plainRecord(content));
    else data.problems.push({ message: 'macros plugin: an include_yaml file must hold a mapping (its keys become variables); ignored', file });
  }
  return data;
}

/**
 * The plugin's `update(variables, content)`: mappings merge key by key, a new key or one that
 * held a string, number or boolean takes the new value; a key that held a list (or anything
 * else) keeps it, as the plugin's update does (it rebinds a local name there).
 */
export function mergeInto(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (!(key in target)) target[key] = value;
    else if (typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean') target[key] = value;
    else if (isRecord(current) && isRecord(value)) mergeInto(current, value);
  }
}


/** Python's platform.system() names, as the plugin's `environment.system` shows them. */
function systemName(): string {
  const names: Readonly<Record<string, string>> = { linux: 'Linux', darwin: 'MacOs', win32: 'Windows' };
  return names[platform()] ?? platform();
}
