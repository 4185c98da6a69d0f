/**
 * mkdocs-jupyter (danielfrg/mkdocs-jupyter 0.25) in the site: its options from mkdocs.yml, which
 * `.ipynb` files of docs_dir are pages (discover), and one warning, located by the caller at the
 * plugin's entry, for each option that is wrong or that we cannot honour (we run no kernel, so
 * `execute: true` shows the outputs saved in the notebook). Each notebook is converted by
 * src/site/notebook-html.ts in the render stage, from the plain data made here.
 *
 *   plugins: [mkdocs-jupyter: { ignore_h1_titles: true, remove_tag_config: { remove_input_tags: [hide] } }]
 *   jupyterPlugin(plugins).settings?.removeTags.input  // ['hide']
 */
import { fnmatch } from '../shared/fnmatch.ts';

/** nbconvert's TagRemovePreprocessor, as the plugin configures it: cells, outputs or inputs whose cell has one of these tags are dropped. */
export interface RemoveTags {
  readonly cell: readonly string[];
  readonly allOutputs: readonly string[];
  readonly singleOutput: readonly string[];
  readonly input: readonly string[];
}

/** Plain data (it goes to the render threads and into the render cache's key). */
export interface JupyterSettings {
  /** `include`: pathlib `PurePath.match` globs over each file's absolute path (only `.ipynb` files are converted). */
  readonly include: readonly string[];
  readonly ignore: readonly string[];
  readonly ignoreH1Titles: boolean;
  /** `show_input: false` and `no_input: true` both leave the code out; `no_input` drops the prompts too. */
  readonly showInput: boolean;
  readonly noInput: boolean;
  readonly removeTags: RemoveTags;
  /** Added to each output's `jp-OutputArea-output` classes, as the plugin does. */
  readonly highlightExtraClasses: string;
  readonly tocDepth: number;
  /** `include_source`: the `.ipynb` is also published beside its page (as a download). */
  readonly includeSource: boolean;
}

export interface JupyterPlugin {
  readonly settings: JupyterSettings | undefined;
  /** Option warnings, located by the caller at the plugin's entry. */
  readonly problems: string[];
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  'include', 'ignore', 'execute', 'execute_ignore', 'theme', 'kernel_name', 'include_source', 'ignore_h1_titles', 'allow_errors',
  'show_input', 'no_input', 'remove_tag_config', 'highlight_extra_classes', 'include_requirejs', 'custom_mathjax_url', 'toc_depth', 'data_files', 'enabled',
]);

const REMOVE_TAG_KEYS = { remove_cell_tags: 'cell', remove_all_outputs_tags: 'allOutputs', remove_single_output_tags: 'singleOutput', remove_input_tags: 'input' } as const;

/** The plugin's settings when `mkdocs-jupyter` is listed (and not `enabled: false`), else undefined. */
export function jupyterPlugin(plugins: readonly PluginEntry[]): JupyterPlugin {
  const spec = plugins.find((plugin) => plugin.name === 'mkdocs-jupyter');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { settings: undefined, problems };
  const raw = spec.options;
  const say = (text: string) => problems.push(`mkdocs-jupyter plugin: ${text}`);
  for (const key of Object.keys(raw)) if (!KNOWN_OPTIONS.has(key)) say(`unknown option '${key}', ignored (the plugin has no such option)`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    say(`'${key}' must be true or false, found ${JSON.stringify(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const list = (key: string, fallback: readonly string[]): readonly string[] => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    say(`'${key}' must be a list of globs, found ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const globs = (key: string, fallback: readonly string[]): readonly string[] => {
    const value = list(key, fallback);
    for (const pattern of value) for (const part of pattern.split('/')) {
      const glob = fnmatch(part);
      if ('problem' in glob) say(`'${key}': ${glob.problem}`);
    }
    return value;
  };
  const text = (key: string): string => {
    const value = raw[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    say(`'${key}' must be a string, found ${JSON.stringify(value)}; ignored`);
    return '';
  };
  const tocDepth = typeof raw['toc_depth'] === 'number' && Number.isInteger(raw['toc_depth']) ? raw['toc_depth'] : 6;
  if (raw['toc_depth'] !== undefined && raw['toc_depth'] !== tocDepth) say(`'toc_depth' must be a whole number, found ${JSON.stringify(raw['toc_depth'])}; using 6`);

  // What needs Python or a browser runtime we do not ship: named, then the notebook is shown as saved.
  if (flag('execute', false)) say("'execute: true' runs each notebook in a Jupyter kernel, which is not done here: notebooks are shown with the outputs saved in them");
  // They only shape an execution: without `execute` the plugin ignores them too, and with it the
  // line above says no notebook is run. Only their types are checked (leafmap lists
  // execute_ignore beside `execute: false`, and got a warning for it).
  text('kernel_name');
  list('execute_ignore', []);
  if (flag('include_requirejs', false)) say("'include_requirejs' loads RequireJS for widget outputs, which are not drawn here; ignored");
  if (text('custom_mathjax_url') !== '') say("'custom_mathjax_url' is not loaded (no request leaves the site); LaTeX in notebooks is shown as written unless the site loads MathJax itself");
  if (text('theme') !== '') say("'theme' is not needed here: notebook cells follow the page's light or dark palette; ignored");
  if (raw['data_files'] !== undefined) say("'data_files' is not supported; put the files in docs_dir to publish them");
  flag('allow_errors', true);

  return {
    settings: {
      include: globs('include', ['*.py', '*.ipynb']),
      ignore: globs('ignore', []),
      ignoreH1Titles: flag('ignore_h1_titles', false),
      showInput: flag('show_input', true),
      noInput: flag('no_input', false),
      removeTags: removeTags(raw['remove_tag_config'], say),
      highlightExtraClasses: text('highlight_extra_classes'),
      tocDepth,
      includeSource: flag('include_source', false),
    },
    problems,
  };
}

/** `remove_tag_config: {remove_input_tags: [hide]}`; the plugin passes only each list's first tag on to nbconvert, we keep them all. */
function removeTags(value: unknown, say: (text: string) => void): RemoveTags {
  const tags: { cell: string[]; allOutputs: string[]; singleOutput: string[]; input: string[] } = { cell: [], allOutputs: [], singleOutput: [], input: [] };
  if (value === undefined || value === null) return tags;
  if (typeof value !== 'object' || Array.isArray(value)) {
    say(`'remove_tag_config' must be a mapping such as {remove_input_tags: [hide]}, found ${JSON.stringify(value)}; ignored`);
    return tags;
  }
  for (const [key, names] of Object.entries(value)) {
    if (!isRemoveKey(key)) {
      say(`'remove_tag_config' has no '${key}' (it takes ${Object.keys(REMOVE_TAG_KEYS).join(', ')}); ignored`);
      continue;
    }
    const listed = typeof names === 'string' ? [names] : Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
    tags[REMOVE_TAG_KEYS[key]].push(...listed);
  }
  return tags;
}

function isRemoveKey(key: string): key is keyof typeof REMOVE_TAG_KEYS {
  return Object.hasOwn(REMOVE_TAG_KEYS, key);
}

/**
 * Whether the plugin takes `src` (docs-relative) as a notebook page: an `.ipynb` whose absolute
 * path matches an `include` glob and no `ignore` glob, as `pathlib.PurePath.match` matches them
 * (a relative pattern matches the path's last parts, one part per `/`-separated piece; an
 * absolute one the whole path). `.py` files the plugin reads through jupytext stay static files.
 *
 * @example isNotebookPage('/p/docs', 'guide/intro.ipynb', settings) // true with the default `include`
 */
export function isNotebookPage(docsDir: string, src: string, settings: Pick<JupyterSettings, 'include' | 'ignore'>): boolean {
  if (!src.toLowerCase().endsWith('.ipynb')) return false;
  const full = `${docsDir.replace(/\\/g, '/').replace(/\/$/, '')}/${src}`;
  return settings.include.some((pattern) => pureMatch(full, pattern)) && !settings.ignore.some((pattern) => pureMatch(full, pattern));
}

function pureMatch(full: string, pattern: string): boolean {
  const parts = full.split('/').filter((part) => part !== '');
  const wanted = pattern.split('/').filter((part) => part !== '');
  if (wanted.length === 0 || wanted.length > parts.length) return false;
  if (pattern.startsWith('/') && wanted.length !== parts.length) return false;
  const tail = parts.slice(parts.length - wanted.length);
  return wanted.every((part, index) => {
    const glob = fnmatch(part);
    return 'regex' in glob && glob.regex.test(tail[index] ?? '');
  });
}
