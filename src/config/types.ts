/**
 * The typed result of reading mkdocs.yml. Keys keep MkDocs' snake_case names so they can be
 * looked up against MkDocs' documentation; every default MkDocs fills in is filled in here.
 */
import type { ExtensionSpec } from '../shared/extension-specs.ts';
import type { Message } from '../shared/message.ts';

/** The build's one message shape; config problems that stop loading are thrown (ConfigError), so no `error`. */
export type ConfigMessage = Message & { readonly severity: 'warning' | 'info'; readonly file: string };

export interface LoadedConfig {
  readonly config: MkdocsConfig;
  readonly messages: ConfigMessage[];
  /** Where a `markdown_extensions` entry is written, for messages about it (undefined for builtins). */
  readonly extensionPlace: (name: string) => { readonly file: string; readonly line: number; readonly column: number } | undefined;
  /** Where the plugin `name` is written under `plugins:`, for messages about its options; undefined when it is not (nested in a group). */
  readonly pluginPlace: (name: string) => { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
  /** Where the value at a path of the config is written (`['nav', 2, 'Guide', 0]`); the file's start when unknown. */
  readonly placeOf: (at: ReadonlyArray<string | number>) => { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined };
  /** The config file and each INHERIT parent, absolute: `serve` re-reads the config when one changes. */
  readonly files: readonly string[];
}

/**
 * What the command line sets over mkdocs.yml, as MkDocs' `load_config(**options)` does: each
 * given value replaces the key's value (`-t mkdocs` replaces the whole `theme` mapping with that
 * name), but `watch` (serve's `-w`, absolute) adds to the config's own list.
 */
export interface ConfigOverrides {
  readonly strict?: boolean | undefined;
  readonly theme?: string | undefined;
  readonly use_directory_urls?: boolean | undefined;
  readonly remote_branch?: string | undefined;
  readonly remote_name?: string | undefined;
  /** Set by `gh-deploy` for a site without one (src/cli/pages-address.ts). */
  readonly site_url?: string | undefined;
  readonly watch?: readonly string[] | undefined;
}

/** `nav:` as written: `- file.md`, `- Title: file.md`, `- Title: https://...`, `- Title: [...]`. */
export type NavConfig = NavConfigItem[];
export type NavConfigItem = string | { readonly [title: string]: string | NavConfig };

export interface PaletteToggle {
  readonly icon?: string | undefined;
  readonly name?: string | undefined;
}

/** One colour scheme of Material's `theme.palette` (a single mapping becomes a one-item list). */
export interface PaletteEntry {
  readonly media?: string | undefined;
  readonly scheme?: string | undefined;
  readonly primary?: string | undefined;
  readonly accent?: string | undefined;
  readonly toggle?: PaletteToggle | undefined;
  readonly [option: string]: unknown;
}

export interface ThemeFont {
  readonly text?: string | undefined;
  readonly code?: string | undefined;
}

export interface ThemeConfig {
  /** `material`, `mkdocs`, ... or null for a theme made only of custom_dir. */
  readonly name: string | null;
  /** Absolute. */
  readonly custom_dir: string | undefined;
  readonly language: string;
  readonly features: string[];
  readonly palette: PaletteEntry[];
  /**
   * Whether mkdocs.yml wrote `palette` as a list (even of one): Material's header.html includes
   * palette.html (the toggle) only then; a mapping, or no palette (Material's default is a
   * mapping), draws none.
   */
  readonly paletteIsList: boolean;
  /** `false` turns web fonts off (system fonts). */
  readonly font: ThemeFont | false;
  readonly icon: Readonly<Record<string, unknown>>;
  readonly logo: string | undefined;
  readonly favicon: string | undefined;
  /** Every other theme option, as written. */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ExtraScript {
  readonly path: string;
  readonly type?: string | undefined;
  readonly async: boolean;
  readonly defer: boolean;
}

export interface PluginSpec {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export type ValidationLevel = 'warn' | 'info' | 'ignore';

/** MkDocs 1.6's `validation:` with its defaults; the top-level shorthands are folded in. */
export interface ValidationConfig {
  readonly nav: {
    readonly omitted_files: ValidationLevel;
    readonly not_found: ValidationLevel;
    readonly absolute_links: ValidationLevel;
  };
  readonly links: {
    readonly not_found: ValidationLevel;
    readonly absolute_links: ValidationLevel;
    readonly unrecognized_links: ValidationLevel;
    readonly anchors: ValidationLevel;
  };
}

export interface MkdocsConfig {
  /** Absolute path of the main config file. */
  readonly config_file_path: string;
  readonly site_name: string;
  /** Always ends with `/` when set (MkDocs adds it). */
  readonly site_url: string | undefined;
  readonly site_description: string | undefined;
  readonly site_author: string | undefined;
  readonly copyright: string | undefined;
  readonly repo_url: string | undefined;
  /** Derived from repo_url when absent: GitHub, GitLab, Bitbucket or the host's first label. */
  readonly repo_name: string | undefined;
  /** Derived from repo_url when absent (`edit/master/docs/` for GitHub and GitLab); ends with `/`. */
  readonly edit_uri: string | undefined;
  readonly edit_uri_template: string | undefined;
  /** Absolute. */
  readonly docs_dir: string;
  /** Absolute. */
  readonly site_dir: string;
  readonly use_directory_urls: boolean;
  readonly nav: NavConfig | undefined;
  /** gitignore-style patterns, one per line as written. */
  readonly not_in_nav: string[];
  /** gitignore-style patterns, one per line as written. */
  readonly exclude_docs: string[];
  readonly theme: ThemeConfig;
  readonly extra: Readonly<Record<string, unknown>>;
  readonly extra_css: string[];
  readonly extra_javascript: ExtraScript[];
  readonly extra_templates: string[];
  /** MkDocs' builtins (toc, tables, fenced_code) first, then the user's, without repeats. */
  readonly markdown_extensions: ExtensionSpec[];
  /** Every plugin as written (supported or not); `search` when the key is absent. */
  readonly plugins: PluginSpec[];
  /** Absolute. */
  readonly watch: string[];
  readonly strict: boolean;
  /** gh-deploy's branch (default gh-pages) and remote (default origin). */
  readonly remote_branch: string;
  readonly remote_name: string;
  readonly validation: ValidationConfig;
  /** Absolute paths; never run (they are Python). */
  readonly hooks: string[];
}
