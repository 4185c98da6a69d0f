/**
 * Stage 1, load: mkdocs.yml (with INHERIT and !ENV) → the typed config, where the output goes,
 * the plugins' settings, and a way to place messages about the config at `mkdocs.yml:line:col`.
 */
import path from 'node:path';
import { loadConfig, type ConfigOverrides, type LoadedConfig, type MkdocsConfig } from '../../config/index.ts';
import type { SiteMessage } from '../messages.ts';
import { sitePlugins, type PluginPlace, type SitePlugins } from '../plugins.ts';

export interface LoadOptions {
  readonly configFile: string;
  /** Overrides site_dir (`-d`). */
  readonly siteDir?: string | undefined;
  /** Values the command line sets over mkdocs.yml (`--strict`, `-t`, `--no-directory-urls`, serve's `-w`). */
  readonly overrides?: ConfigOverrides | undefined;
  /** Environment for `!ENV` (default: process.env). */
  readonly env?: Record<string, string | undefined> | undefined;
  /** The site is previewed (`serve`): plugins that differ there (shadow tags) behave as with `mkdocs serve`. */
  readonly serve?: boolean | undefined;
}

export interface LoadedSite {
  readonly configFile: string;
  /** mkdocs.yml and each INHERIT parent, absolute. */
  readonly configFiles: readonly string[];
  readonly projectDir: string;
  readonly outDir: string;
  readonly config: MkdocsConfig;
  readonly plugins: SitePlugins;
  /** Where a value of the config is written (`['nav', 2]`), as an absolute file, line and column. */
  readonly placeOf: (at: ReadonlyArray<string | number>) => { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined };
  /** Where a plugin is written under `plugins:`, as an absolute file, line and column (undefined inside a group). */
  readonly pluginPlace: PluginPlace;
  /** Where a markdown_extensions entry is written (undefined for one that is not written). */
  readonly extensionPlace: LoadedConfig['extensionPlace'];
  readonly messages: SiteMessage[];
}

/** Throws ConfigError (located, no stack trace shown) when mkdocs.yml cannot be used at all. */
export function loadStage(options: LoadOptions): LoadedSite {
  const configFile = path.resolve(options.configFile);
  const projectDir = path.dirname(configFile);
  const loaded = loadConfig(configFile, { env: options.env, overrides: options.overrides });
  const config = loaded.config;
  const pluginPlace = (name: string) => {
    const place = loaded.pluginPlace(name);
    return place && { file: path.resolve(projectDir, place.file), line: place.line, column: place.column };
  };
  const plugins = sitePlugins(config, options.serve === true, pluginPlace);
  const messages: SiteMessage[] = [...loaded.messages.map((m) => ({ severity: m.severity, message: m.message, file: m.file, line: m.line, column: m.column })), ...plugins.messages];
  const placeOf = (at: ReadonlyArray<string | number>) => {
    const place = loaded.placeOf(at);
    return { file: path.resolve(projectDir, place.file), line: place.line, column: place.column };
  };
  return { configFile, configFiles: loaded.files, projectDir, outDir: path.resolve(options.siteDir ?? config.site_dir), config, plugins, placeOf, pluginPlace, extensionPlace: loaded.extensionPlace, messages };
}
