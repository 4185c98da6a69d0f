/**
 * Validated raw settings -> MkdocsConfig, filling in what MkDocs fills in: absolute paths,
 * repo_name / edit_uri from repo_url, a `/` at the end of site_url, builtin Markdown extensions,
 * the `search` plugin, validation levels.
 */
import path from 'node:path';
import { normalizeExtensions, type ExtensionSpec } from '../shared/extension-specs.ts';
import type { RawConfig } from './schema.ts';
import { normalizeTheme } from './theme.ts';
import type { ExtraScript, MkdocsConfig, NavConfig, PluginSpec, ValidationConfig, ValidationLevel } from './types.ts';
import { isRecord } from './yaml-tags.ts';

export interface NormalizeInput {
  readonly raw: RawConfig;
  readonly nav: NavConfig | undefined;
  readonly configFile: string;
}

/** Python-Markdown extensions MkDocs always loads, ahead of the user's. */
export const BUILTIN_EXTENSIONS = ['toc', 'tables', 'fenced_code'] as const;

export function normalizeConfig({ raw, nav, configFile }: NormalizeInput): MkdocsConfig {
  const configDir = path.dirname(configFile);
  const repoUrl = raw.repo_url ?? undefined;
  const host = repoUrl ? hostOf(repoUrl) : '';
  return {
    config_file_path: configFile,
    site_name: raw.site_name,
    site_url: raw.site_url == null ? undefined : withDirectorySlash(raw.site_url),
    site_description: raw.site_description ?? undefined,
    site_author: raw.site_author ?? undefined,
    copyright: raw.copyright ?? undefined,
    repo_url: repoUrl,
    repo_name: raw.repo_name ?? (repoUrl ? repoNameFor(host) : undefined),
    edit_uri: editUriFor(raw.edit_uri ?? undefined, repoUrl ? host : undefined),
    edit_uri_template: raw.edit_uri_template ?? undefined,
    docs_dir: path.resolve(configDir, raw.docs_dir ?? 'docs'),
    site_dir: path.resolve(configDir, raw.site_dir ?? 'site'),
    use_directory_urls: raw.use_directory_urls ?? true,
    nav,
    not_in_nav: patternLines(raw.not_in_nav),
    exclude_docs: patternLines(raw.exclude_docs),
    theme: normalizeTheme(raw.theme, configDir),
    extra: raw.extra ?? {},
    extra_css: raw.extra_css ?? [],
    extra_javascript: (raw.extra_javascript ?? []).map(toScript),
    extra_templates: raw.extra_templates ?? [],
    markdown_extensions: withBuiltins(normalizeExtensions(raw.markdown_extensions)),
    plugins: raw.plugins === undefined || raw.plugins === null ? [{ name: 'search', options: {} }] : toPlugins(raw.plugins),
    watch: (raw.watch ?? []).map((item) => path.resolve(configDir, item)),
    strict: raw.strict ?? false,
    remote_branch: raw.remote_branch ?? 'gh-pages',
    remote_name: raw.remote_name ?? 'origin',
    validation: toValidation(raw.validation),
    hooks: (raw.hooks ?? []).map((item) => path.resolve(configDir, item)),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** MkDocs' RepoName: the known forges by name, else the host's first label, title-cased. */
function repoNameFor(host: string): string {
  if (host === 'github.com') return 'GitHub';
  if (host === 'bitbucket.org') return 'Bitbucket';
  if (host === 'gitlab.com') return 'GitLab';
  const label = host.split('.')[0] ?? '';
  return label.replace(/[A-Za-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** MkDocs' EditURI: a default per forge when unset, and always a trailing `/`. */
function editUriFor(editUri: string | undefined, host: string | undefined): string | undefined {
  let value = editUri;
  if (value === undefined && host !== undefined) {
    if (host === 'github.com' || host === 'gitlab.com') value = 'edit/master/docs/';
    else if (host === 'bitbucket.org') value = 'src/default/docs/';
  }
  if (value && !value.endsWith('/')) value += '/';
  return value;
}

function withDirectorySlash(url: string): string {
  const [, base = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(url) ?? [];
  return url === '' || base.endsWith('/') ? url : `${base}/${rest}`;
}

/** MkDocs keeps gitignore patterns as one multi-line string; we keep its non-blank lines. */
function patternLines(value: string | string[] | null | undefined): string[] {
  if (value == null) return [];
  const lines = Array.isArray(value) ? value : value.split(/\r?\n/);
  return lines.map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
}

function toScript(item: NonNullable<RawConfig['extra_javascript']>[number]): ExtraScript {
  if (typeof item === 'string') return { path: item, async: false, defer: false };
  return { path: item.path, ...(item.type == null ? {} : { type: item.type }), async: item.async ?? false, defer: item.defer ?? false };
}

/** MkDocs' reduce_list(builtins + user's): first mention fixes the order, options come from the user. */
function withBuiltins(specs: readonly ExtensionSpec[]): ExtensionSpec[] {
  const options = new Map<string, ExtensionSpec['options']>();
  for (const spec of specs) {
    // Like MkDocs, an entry without options does not erase options given earlier.
    if (!options.has(spec.name) || Object.keys(spec.options).length > 0) options.set(spec.name, spec.options);
  }
  const names = [...new Set([...BUILTIN_EXTENSIONS, ...specs.map((spec) => spec.name)])];
  return names.map((name) => ({ name, options: options.get(name) ?? {} }));
}

function toPlugins(raw: NonNullable<RawConfig['plugins']>): PluginSpec[] {
  const plugins: PluginSpec[] = [];
  const add = (name: string, options: unknown): void => {
    plugins.push({ name, options: isRecord(options) ? options : {} });
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') add(item, {});
      else for (const [name, options] of Object.entries(item)) add(name, options);
    }
  } else {
    for (const [name, options] of Object.entries(raw)) add(name, options);
  }
  return plugins;
}

const DEFAULT_VALIDATION: ValidationConfig = {
  nav: { omitted_files: 'info', not_found: 'warn', absolute_links: 'info' },
  links: { not_found: 'warn', absolute_links: 'info', unrecognized_links: 'info', anchors: 'info' },
};

function toValidation(raw: RawConfig['validation']): ValidationConfig {
  if (raw == null) return DEFAULT_VALIDATION;
  const pick = (own: ValidationLevel | undefined, shorthand: ValidationLevel | undefined, fallback: ValidationLevel): ValidationLevel =>
    own ?? shorthand ?? fallback;
  const nav = raw.nav ?? {};
  const links = raw.links ?? {};
  return {
    nav: {
      omitted_files: pick(nav.omitted_files, raw.omitted_files, DEFAULT_VALIDATION.nav.omitted_files),
      not_found: pick(nav.not_found, raw.not_found, DEFAULT_VALIDATION.nav.not_found),
      absolute_links: pick(nav.absolute_links, raw.absolute_links, DEFAULT_VALIDATION.nav.absolute_links),
    },
    links: {
      not_found: pick(links.not_found, raw.not_found, DEFAULT_VALIDATION.links.not_found),
      absolute_links: pick(links.absolute_links, raw.absolute_links, DEFAULT_VALIDATION.links.absolute_links),
      unrecognized_links: pick(links.unrecognized_links, raw.unrecognized_links, DEFAULT_VALIDATION.links.unrecognized_links),
      anchors: pick(links.anchors, raw.anchors, DEFAULT_VALIDATION.links.anchors),
    },
  };
}
