/**
 * Material's built-in privacy plugin (9.7: material/plugins/privacy/config.py): its options from
 * mkdocs.yml. The pass that downloads external assets and rewrites what references them is
 * src/site/privacy.ts. MkDocs' schema stops the build on a wrong type; here a wrong value is named
 * in a problem and its default used, as the rest of mkdocs.yml is read. An unknown option is named.
 *
 *   plugins: [privacy: { assets_exclude: ['giscus.app/*'], links_attr_map: { target: _blank } }]
 *   privacyOptions(plugins).options  // { fetchDir: 'assets/external', exclude: ['giscus.app/*'], links: { attrs: { target: '_blank' }, noopener: true }, ... }
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isRecord } from './plugin-values.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/** What the plugin does to external links (`<a href="http…">`): `links: true`. */
export interface PrivacyLinks {
  /** `links_attr_map`: set on every such link, replacing a value it had. */
  readonly attrs: Readonly<Record<string, string>>;
  /** `links_noopener`: a link with `target="_blank"` gets `noopener` in its `rel`. */
  readonly noopener: boolean;
}

export interface PrivacyOptions {
  /** Downloads at a time (`concurrency`, default: the cores but one, at least one). */
  readonly concurrency: number;
  /** `cache`: false downloads every asset again. */
  readonly cache: boolean;
  /** `assets: false`: external assets are left alone (links are still processed). */
  readonly assets: boolean;
  /** `assets_fetch: false`: each external asset is only reported (a warning), not downloaded. */
  readonly fetch: boolean;
  /** `assets_fetch_dir`: where in the site the downloaded assets go, `/`-separated, no slash at either end. */
  readonly fetchDir: string;
  /** `assets_include`, `assets_exclude`: fnmatch globs over an asset's `host/path`. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** `assets_expr_map`: a file extension (`.css`) to the Python expression finding its external URLs (group `url`). */
  readonly exprMap: Readonly<Record<string, string>>;
  readonly links: PrivacyLinks | undefined;
}

const KNOWN = ['enabled', 'concurrency', 'cache', 'cache_dir', 'log', 'log_level', 'assets', 'assets_fetch', 'assets_fetch_dir', 'assets_include', 'assets_exclude', 'assets_expr_map', 'links', 'links_attr_map', 'links_noopener'];

/** config.py's deprecated names and the option each moved to (MkDocs warns and reads the new one). */
const MOVED: Readonly<Record<string, string>> = {
  external_assets_dir: 'assets_fetch_dir',
  external_assets_include: 'assets_include',
  external_assets_exclude: 'assets_exclude',
  external_assets_expr: 'assets_expr_map',
  external_links: 'links',
  external_links_attr_map: 'links_attr_map',
  external_links_noopener: 'links_noopener',
};

/** The plugin's options when it is listed as `privacy` or `material/privacy` and not `enabled: false`. */
export function privacyOptions(plugins: readonly PluginEntry[]): { options: PrivacyOptions | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'privacy' || plugin.name === 'material/privacy');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw: Record<string, unknown> = { ...spec.options };
  for (const [old, moved] of Object.entries(MOVED)) {
    if (!(old in raw)) continue;
    problems.push(`privacy plugin: '${old}' is deprecated; use '${moved}'`);
    raw[moved] ??= raw[old];
  }
  if ('external_assets' in raw) problems.push("privacy plugin: 'external_assets' is deprecated; use 'assets_fetch'");
  for (const key of Object.keys(raw)) if (!KNOWN.includes(key) && !(key in MOVED) && key !== 'external_assets') problems.push(`privacy plugin: unknown option '${key}', ignored`);
  const warn = (key: string, must: string, fallback: unknown) => problems.push(`privacy plugin: '${key}' must be ${must}, found ${JSON.stringify(raw[key])}; using ${JSON.stringify(fallback)}`);
  const given = (key: string) => raw[key] !== undefined && raw[key] !== null;
  const flag = (key: string, fallback: boolean): boolean => {
    if (!given(key)) return fallback;
    if (typeof raw[key] === 'boolean') return raw[key];
    warn(key, 'true or false', fallback);
    return fallback;
  };
  const text = (key: string, fallback: string): string => {
    if (!given(key)) return fallback;
    if (typeof raw[key] === 'string') return raw[key];
    warn(key, 'a string', fallback);
    return fallback;
  };
  const list = (key: string): string[] => {
    const value = raw[key];
    if (!given(key)) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    warn(key, 'a list of strings', []);
    return [];
  };
  const map = (key: string): Record<string, string> => {
    const value = raw[key];
    if (!given(key)) return {};
    if (isRecord(value) && Object.values(value).every((item) => typeof item === 'string')) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, String(item)]));
    warn(key, 'a mapping of strings', {});
    return {};
  };
  const cores = Math.max(1, availableParallelism() - 1);
  let concurrency = cores;
  if (given('concurrency')) {
    const value = raw['concurrency'];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) concurrency = value;
    else warn('concurrency', 'a whole number above 0', cores);
  }
  const fetchDir = insideSite(text('assets_fetch_dir', 'assets/external'));
  if (fetchDir === undefined) problems.push(`privacy plugin: 'assets_fetch_dir' ${JSON.stringify(raw['assets_fetch_dir'])} is no folder inside the site; using "assets/external"`);
  return {
    options: {
      concurrency,
      cache: flag('cache', true),
      assets: flag('assets', true),
      fetch: flag('assets_fetch', true),
      fetchDir: fetchDir ?? 'assets/external',
      include: list('assets_include'),
      exclude: list('assets_exclude'),
      exprMap: map('assets_expr_map'),
      links: flag('links', true) ? { attrs: map('links_attr_map'), noopener: flag('links_noopener', true) } : undefined,
    },
    problems,
  };
}

/** A folder a config names, as a path inside the site (`/`-separated, no slash at either end); undefined for the site itself or outside it. */
function insideSite(name: string): string | undefined {
  const folder = path.posix.normalize(name.replaceAll('\\', '/')).replace(/^\/+|\/+$/g, '');
  return folder === '' || folder === '.' || folder === '..' || folder.startsWith('../') ? undefined : folder;
}
