/**
 * The awesome-pages plugin (mkdocs-awesome-pages-plugin 2.x) in the site: its options from
 * mkdocs.yml and the reading of its `.pages` files. The nav rules are src/nav's
 * (awesome-pages.ts, awesome-pages-meta.ts); this file only turns files into their values and
 * problems into located warnings.
 *
 *   plugins: [awesome-pages: { filename: .nav, strict: false }]
 *   awesomePagesPlugin(plugins).options  // { filename: '.nav', strict: false, collapseSinglePages: false, ... }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.ts';
import { findPosition } from '../config/positions.ts';
import { parseYaml } from '../config/yaml-file.ts';
import { PAGES_ORDER_BY, PAGES_ORDERS, PAGES_SORT_TYPES, parsePagesMeta, type AwesomePagesOptions, type PagesMeta } from '../nav/index.ts';
import type { SiteMessage } from './messages.ts';

/** The `.pages` name the plugin reads by default. */
export const DEFAULT_PAGES_FILE = '.pages';

export interface AwesomePagesPlugin extends AwesomePagesOptions {
  /** The file name read in each folder (`filename`). */
  readonly filename: string;
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const OPTIONS = ['filename', 'collapse_single_pages', 'strict', 'order', 'sort_type', 'order_by', 'ignore_case', 'enabled'] as const;
const KNOWN_OPTIONS: ReadonlySet<string> = new Set(OPTIONS);

/**
 * The plugin's options when it is listed (and not `enabled: false`): a wrong value is named in a
 * problem and its default used, as the rest of mkdocs.yml is read.
 */
export function awesomePagesPlugin(plugins: readonly PluginEntry[]): { options: AwesomePagesPlugin | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'awesome-pages');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  for (const key of Object.keys(raw)) if (!KNOWN_OPTIONS.has(key)) problems.push(`awesome-pages plugin: unknown option '${key}', ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`awesome-pages plugin: '${key}' must be true or false, found ${String(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const choice = <T extends string>(key: string, choices: readonly T[]): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const found = choices.find((known) => known === value);
    if (found === undefined) problems.push(`awesome-pages plugin: '${key}' must be ${choices.join(' or ')}, found ${String(value)}; ignored`);
    return found;
  };
  const filename = raw['filename'];
  if (filename !== undefined && (typeof filename !== 'string' || filename === '' || filename.includes('/'))) {
    problems.push(`awesome-pages plugin: 'filename' must be a file name such as .pages, found ${String(filename)}; using ${DEFAULT_PAGES_FILE}`);
  }
  return {
    options: {
      filename: typeof filename === 'string' && filename !== '' && !filename.includes('/') ? filename : DEFAULT_PAGES_FILE,
      collapseSinglePages: flag('collapse_single_pages', false),
      strict: flag('strict', true),
      order: choice('order', PAGES_ORDERS),
      sortType: choice('sort_type', PAGES_SORT_TYPES),
      orderBy: choice('order_by', PAGES_ORDER_BY),
      ignoreCase: flag('ignore_case', false),
    },
    problems,
  };
}

/**
 * Reads the `.pages` files (docs-relative) into each folder's settings. A file that cannot be
 * read, is not valid YAML or has a wrong key or value is left out whole, with a warning at its
 * line; the folder then keeps MkDocs' generated order.
 */
export function readPagesFiles(docsDir: string, files: readonly string[]): { metas: Map<string, PagesMeta>; messages: SiteMessage[] } {
  const metas = new Map<string, PagesMeta>();
  const messages: SiteMessage[] = [];
  for (const src of files) {
    const file = path.join(docsDir, src);
    const ignored = (reason: string, line?: number, column?: number): void => {
      messages.push({ severity: 'warning', message: `awesome-pages: ${path.posix.basename(src)} file ignored: ${reason}`, file, line, column });
    };
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      ignored(cause instanceof Error ? cause.message : String(cause));
      continue;
    }
    try {
      // mkdocs.yml's reader, for the line of every key; no environment: `!ENV` has no place here.
      const yaml = parseYaml(text, file, {});
      const parsed = parsePagesMeta(yaml.value);
      if (parsed.problem) {
        const place = findPosition(yaml.positions, parsed.problem.at);
        const at = place?.key ?? place?.value;
        ignored(parsed.problem.message, at?.line, at?.column);
        continue;
      }
      const folder = path.posix.dirname(src);
      metas.set(folder === '.' ? '' : folder, parsed.meta);
    } catch (cause) {
      if (!(cause instanceof ConfigError)) throw cause;
      ignored(cause.reason, cause.line, cause.column);
    }
  }
  return { metas, messages };
}
