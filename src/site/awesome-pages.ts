/**
 * The awesome-pages plugin (mkdocs-awesome-pages-plugin 2.x) in the site: its options from
 * mkdocs.yml and the reading of its `.pages` files. The nav rules are src/nav's
 * (awesome-pages.ts, awesome-pages-meta.ts); this file only turns files into their values and
 * problems into located warnings.
 *
 *   plugins: [awesome-pages: { filename: .nav, strict: false }]
 *   awesomePagesPlugin(plugins).options  // { filename: '.nav', strict: false, collapseSinglePages: false, ... }
 */
import { PAGES_ORDER_BY, PAGES_ORDERS, PAGES_SORT_TYPES, parsePagesMeta, type AwesomePagesOptions, type PagesMeta } from '../nav/index.ts';
import { readFolderYamlFiles } from './folder-yaml.ts';
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
  const read = readFolderYamlFiles(docsDir, files, 'awesome-pages', (data) => {
    const parsed = parsePagesMeta(data);
    return parsed.problem ? { problem: parsed.problem } : { value: parsed.meta };
  });
  return { metas: read.byFolder, messages: read.messages };
}
