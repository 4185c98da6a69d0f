/**
 * mkdocs.yml -> a typed, validated MkdocsConfig, read the way MkDocs 1.x reads it (YAML tags
 * `!ENV`, `!relative`, `!!python/...`, `INHERIT`), with every problem pointing at `file:line:col`.
 *
 *   const { config, messages } = loadConfig('mkdocs.yml');
 *   // config.docs_dir === '/abs/path/docs'; messages: unsupported plugins, unknown keys, ...
 *
 * Fatal problems throw a ConfigError:
 *   mkdocs.yml:12:3: invalid value for 'theme.font.text': found 3 (a number), expected a string
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { positionAt } from './positions.ts';
import { ConfigError } from './errors.ts';
import { readConfigChain } from './inherit.ts';
import { checkNav } from './nav-check.ts';
import { normalizeConfig } from './normalize.ts';
import { Notices, pluginPath, reportUnsupported } from './notices.ts';
import { formatPath, placeOf, problemError, zodProblems, type Problem } from './problems.ts';
import { docsDirSetting, resolveRelative } from './relative.ts';
import { dropForeignThemeOptions, dropMaterial4Logo } from './foreign-theme.ts';
import { rawConfigSchema } from './schema.ts';
import type { ConfigOverrides, LoadedConfig, MkdocsConfig } from './types.ts';
import type { Env } from './yaml-tags.ts';

export { ConfigError } from './errors.ts';
export { alternateLanguages, versionOptions, type AlternateLanguage } from './extra.ts';
export { SUPPORTED_FEATURES, isSupportedFeature, isSupportedPlugin } from './features.ts';
export { PythonValue } from './yaml-tags.ts';
export { createIgnoreMatcher } from './gitignore.ts';
export type * from './types.ts';

export interface LoadConfigOptions {
  /** Environment for `!ENV`; defaults to process.env. */
  readonly env?: Env | undefined;
  /** Values given on the command line, over the file's. */
  readonly overrides?: ConfigOverrides | undefined;
}

/** `file` is used as given in messages (`mkdocs.yml:3:1: ...`); paths resolve against its folder. */
export function loadConfig(file: string, options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const configFile = path.resolve(file);
  const configDir = path.dirname(configFile);
  const loaded = readConfigChain(configFile, file, env);
  const notices = new Notices(loaded.positions, file);
  for (const duplicate of loaded.duplicateKeys) {
    const { file: where, line, column } = duplicate.place;
    notices.messages.push({ severity: 'warning', message: `key '${duplicate.name}' is written twice; the last one wins`, file: where, line, column });
  }

  const docsDir = docsDirSetting(loaded.value['docs_dir'], configDir);
  const bases = { configDir, docsDir: path.resolve(configDir, typeof docsDir === 'string' ? docsDir : 'docs') };
  const resolved = resolveRelative({ ...loaded.value, docs_dir: docsDir }, bases, (at) => {
    notices.add('info', at, `a bare !relative at '${formatPath(at)}' means the page's folder to MkDocs; it is read as the config folder here`);
  });
  const value: Record<string, unknown> = typeof resolved === 'object' && resolved !== null ? { ...resolved } : {};
  if (value['docs_dir'] === undefined) delete value['docs_dir'];
  applyOverrides(value, options.overrides);

  dropForeignThemeOptions(value, notices);
  dropMaterial4Logo(value, notices);
  const parsed = rawConfigSchema.safeParse(value);
  const nav = checkNav(value['nav']);
  const problems: Problem[] = [...(parsed.success ? [] : zodProblems(parsed.error.issues)), ...nav.problems, ...themeProblems(value['theme'])];
  if (!parsed.success || problems.length > 0) throw problemError(problems, value, loaded.positions, file);

  for (const at of nav.mappingsAsLists) {
    notices.add('warning', at, `nav section '${formatPath(at)}' should be a list; its mapping is read as a list of its entries`);
  }
  const config = normalizeConfig({ raw: parsed.data, nav: nav.nav, configFile });
  checkPaths(config, value, loaded.positions, file);
  reportUnsupported(config, value, notices);
  const extensionPlace = (name: string) => {
    const node = positionAt(loaded.positions, extensionPath(value['markdown_extensions'], name));
    return node?.key ?? node?.value;
  };
  // The plugin's name (its key), as unsupported plugins are pointed at, else the list item.
  const pluginPlace = (name: string) => {
    const at = pluginPath(value['plugins'], name);
    const node = at && positionAt(loaded.positions, at);
    return node?.key ?? node?.value;
  };
  return { config, messages: notices.messages, extensionPlace, pluginPlace, placeOf: (at) => placeOf(loaded.positions, at, file), files: loaded.files };
}

/** The command line's values over the file's (see ConfigOverrides); unset ones change nothing. */
function applyOverrides(value: Record<string, unknown>, overrides: ConfigOverrides | undefined): void {
  if (!overrides) return;
  for (const [key, given] of Object.entries(overrides)) {
    if (given === undefined) continue;
    if (key === 'watch') {
      const own: unknown = value['watch'];
      value['watch'] = [...(Array.isArray(own) ? own : []), ...(given as readonly string[])];
    } else {
      value[key] = given;
    }
  }
}

/** The value path of extension `name` in `markdown_extensions`, list (`- name` / `- name: {}`) or map form. */
function extensionPath(raw: unknown, name: string): PropertyKey[] {
  if (Array.isArray(raw)) {
    const index = raw.findIndex((item) => item === name || (typeof item === 'object' && item !== null && Object.hasOwn(item, name)));
    if (index < 0) return ['markdown_extensions'];
    return typeof raw[index] === 'string' ? ['markdown_extensions', index] : ['markdown_extensions', index, name];
  }
  return ['markdown_extensions', name];
}

/** MkDocs' Theme option: a mapping needs `name`, and `name: null` needs a custom_dir. */
function themeProblems(theme: unknown): Problem[] {
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) return [];
  if (!Object.hasOwn(theme, 'name')) return [{ path: ['theme', 'name'], expected: "a theme name, like 'name: material'" }];
  if (Reflect.get(theme, 'name') === null && Reflect.get(theme, 'custom_dir') == null) {
    return [{ path: ['theme', 'name'], expected: "a theme name, or a custom_dir for a theme of your own" }];
  }
  return [];
}

/** MkDocs' DocsDir / SiteDir / custom_dir / watch checks: they must exist and not contain each other. */
function checkPaths(config: MkdocsConfig, raw: Record<string, unknown>, positions: Parameters<typeof placeOf>[0], file: string): void {
  const fail = (at: Array<string | number>, found: string, expected: string): never => {
    const place = placeOf(positions, raw[String(at[0])] === undefined ? [] : at, file);
    throw new ConfigError(place, `invalid value for '${formatPath(at)}': found ${found}, expected ${expected}`);
  };
  const configDir = path.dirname(config.config_file_path);
  if (!isDirectory(config.docs_dir)) fail(['docs_dir'], `'${config.docs_dir}' (no such folder)`, 'an existing folder');
  if (config.docs_dir === configDir) {
    fail(['docs_dir'], `'${config.docs_dir}' (the config file's own folder)`, 'a child folder next to the config file');
  }
  if (isInside(config.docs_dir, config.site_dir)) {
    fail(['site_dir'], `'${config.site_dir}' (it contains docs_dir '${config.docs_dir}')`, 'a folder outside docs_dir');
  }
  if (isInside(config.site_dir, config.docs_dir)) {
    fail(['site_dir'], `'${config.site_dir}' (inside docs_dir '${config.docs_dir}')`, 'a folder outside docs_dir');
  }
  if (config.theme.custom_dir !== undefined && !isDirectory(config.theme.custom_dir)) {
    fail(['theme', 'custom_dir'], `'${config.theme.custom_dir}' (no such folder)`, 'an existing folder');
  }
  config.watch.forEach((item, index) => {
    if (!existsSync(item)) fail(['watch', index], `'${item}' (no such file or folder)`, 'an existing file or folder');
  });
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Containment by path.relative, never by string prefix (`docs_old` is not inside `docs`). */
function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
