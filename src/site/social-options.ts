/**
 * Material's `social` plugin (9.7, material/plugins/social/config.py): its options as the plugin
 * declares them, with its defaults. What each page's card shows and which tags its head gets is
 * src/site/social-cards.ts; the cards are drawn by src/theme/social-render.ts and written by
 * src/integration/social-files.ts.
 *
 *   plugins:
 *     - social:
 *         cards_layout_options:
 *           background_color: "#FBFBFB"
 *           color: "#425C82"
 *
 * Only Material's `default` layout is drawn: another (its variants `default/accent`..., a site's
 * own under `cards_layout_dir`) falls back to it with a warning. The debug overlay, the thread
 * count and the log settings change nothing a reader sees: accepted without a word.
 */
import path from 'node:path';
import { fnmatch } from '../shared/fnmatch.ts';
import { isRecord, plainRecord } from './plugin-values.ts';

export const DEFAULT_CARDS_LAYOUT = 'default';

export interface SocialOptions {
  /** `cards`: whether pages get a card unless their front matter says otherwise. */
  readonly cards: boolean;
  /** The folder of the cards in the site, `/`-separated, no leading or trailing slash. */
  readonly cardsDir: string;
  /** `cards_layout_options`, read by the layout (background_color, color, font_family, ...). */
  readonly layoutOptions: Readonly<Record<string, unknown>>;
  /** `cards_include` / `cards_exclude`, fnmatch patterns over the page's source path. */
  readonly include: readonly RegExp[];
  readonly exclude: readonly RegExp[];
  /** `cache`: reuse a card whose inputs are as in the last build. */
  readonly cache: boolean;
}

type PluginSpec = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const DRAWN = new Set(['enabled', 'cards', 'cards_dir', 'cards_layout', 'cards_layout_options', 'cards_include', 'cards_exclude', 'cache', 'cards_color', 'cards_font']);
/** What the plugin accepts that changes nothing here: where Python kept its cache, its threads, its log, the debug overlay (off in builds). */
const QUIET = new Set(['cache_dir', 'concurrency', 'log', 'log_level', 'cards_layout_dir', 'debug', 'debug_on_build', 'debug_grid', 'debug_grid_step', 'debug_color']);

/** Is the plugin written as `social` or `material/social`? */
export function isSocialPlugin(name: string): boolean {
  return name === 'social' || name === 'material/social';
}

/** Why a `cards_layout` is not drawn as written, or undefined when it is the default one. */
export function layoutProblem(layout: unknown): string | undefined {
  if (layout === undefined || layout === null) return undefined;
  const name = String(layout).replace(/\.yml$/, '');
  if (name === DEFAULT_CARDS_LAYOUT) return undefined;
  return `cards_layout '${name}' is not drawn here (only Material's '${DEFAULT_CARDS_LAYOUT}' layout is); its cards use the '${DEFAULT_CARDS_LAYOUT}' layout`;
}

/**
 * The plugin's options when it is listed and enabled, and the problems met reading them.
 *
 * @example socialOptions([{ name: 'social', options: {} }]).options?.cardsDir // 'assets/images/social'
 */
export function socialOptions(plugins: readonly PluginSpec[], siteUrl: string | undefined): { options: SocialOptions | undefined; problems: string[] } {
  const problems: string[] = [];
  const spec = plugins.find((plugin) => isSocialPlugin(plugin.name));
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  const say = (text: string) => problems.push(`social plugin: ${text}`);
  for (const key of Object.keys(raw)) if (!DRAWN.has(key) && !QUIET.has(key)) say(`unknown option '${key}', ignored`);
  const flag = (key: string, fallback: boolean) => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    say(`${key} must be true or false, not ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const layoutOptions = isRecord(raw['cards_layout_options']) ? plainRecord(raw['cards_layout_options']) : {};
  if (raw['cards_layout_options'] !== undefined && !isRecord(raw['cards_layout_options'])) say(`cards_layout_options must be a mapping, not ${JSON.stringify(raw['cards_layout_options'])}; ignored`);
  // Material 9's deprecated settings, moved where its on_config moved them, with MkDocs' deprecation warning.
  const color = raw['cards_color'];
  if (color !== undefined) {
    say("option 'cards_color' is deprecated: use 'cards_layout_options.background_color' and 'cards_layout_options.color' with the 'default' layout");
    if (isRecord(color) && typeof color['fill'] === 'string') layoutOptions['background_color'] ??= color['fill'];
    if (isRecord(color) && typeof color['text'] === 'string') layoutOptions['color'] ??= color['text'];
  }
  if (raw['cards_font'] !== undefined) {
    say("option 'cards_font' is deprecated: use 'cards_layout_options.font_family'");
    if (typeof raw['cards_font'] === 'string') layoutOptions['font_family'] ??= raw['cards_font'];
  }
  const layout = layoutProblem(raw['cards_layout']);
  if (layout !== undefined) say(layout);
  // The plugin's own warning (on_config): the cards are made, but no page links them.
  if (!siteUrl) say("the 'site_url' option is not set: the cards are generated, but not linked, so they won't be visible on social media");
  const cardsDir = folderInSite(raw['cards_dir'], say);
  return {
    options: { cards: flag('cards', true), cardsDir, layoutOptions, include: patterns(raw['cards_include'], 'cards_include', say), exclude: patterns(raw['cards_exclude'], 'cards_exclude', say), cache: flag('cache', true) },
    problems,
  };
}

const DEFAULT_CARDS_DIR = 'assets/images/social';

/** `cards_dir` as a folder of the site, `/`-separated; the default for one that would leave the site. */
function folderInSite(value: unknown, say: (text: string) => void): string {
  if (value === undefined || value === null) return DEFAULT_CARDS_DIR;
  const folder = path.posix.normalize(String(value).replaceAll('\\', '/')).replace(/^\/+|\/+$/g, '');
  if (folder === '..' || folder.startsWith('../') || folder === '.' || folder === '') {
    say(`cards_dir '${String(value)}' is not a folder inside the site; the cards go to '${DEFAULT_CARDS_DIR}'`);
    return DEFAULT_CARDS_DIR;
  }
  return folder;
}

function patterns(value: unknown, key: string, say: (text: string) => void): RegExp[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!Array.isArray(value)) say(`${key} should be a list of patterns; read as [${JSON.stringify(value)}]`);
  return list.flatMap((pattern) => {
    const glob = fnmatch(String(pattern));
    if ('problem' in glob) {
      say(`${key}: ${glob.problem}`);
      return [];
    }
    return [glob.regex];
  });
}
