/**
 * mkdocs-llmstxt's options (`llmstxt`, 0.4: src/mkdocs_llmstxt/_internal/config.py, and
 * plugin.py's on_config): `sections` (a mapping of section titles to lists of page sources, each
 * a glob with `*` or a one-key mapping of a source to its description), `markdown_description`,
 * `full_output`, `base_url` (else `site_url`, which the plugin requires), `autoclean` (default
 * true) and `preprocess` (a Python file, which cannot run here: a warning).
 *
 *   llmstxtOptions([{ name: 'llmstxt', options: { sections: { Docs: ['index.md', { 'api/*.md': 'API' }] } } }], 'https://x.org')
 *   // { options: { sections: [{ title: 'Docs', inputs: [...] }], baseUrl: 'https://x.org/', ... }, problems: [] }
 */
import { isRecord } from './plugin-values.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

export interface LlmsSection {
  readonly title: string;
  /** Each input as written: a source or a glob, and its description ('' when none). */
  readonly inputs: ReadonlyArray<{ readonly pattern: string; readonly description: string }>;
}

export interface LlmsOptions {
  readonly sections: readonly LlmsSection[];
  /** Ends with `/`. */
  readonly baseUrl: string;
  readonly markdownDescription: string | undefined;
  readonly fullOutput: string | undefined;
  readonly autoclean: boolean;
}

/** A problem and whether MkDocs stops there (`error`) or goes on. */
export interface LlmsProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

const KNOWN = ['sections', 'markdown_description', 'full_output', 'base_url', 'autoclean', 'preprocess', 'enabled'];

export function llmstxtOptions(plugins: readonly PluginEntry[], siteUrl: string | null | undefined): { options: LlmsOptions | undefined; problems: LlmsProblem[] } {
  const spec = plugins.find((plugin) => plugin.name === 'llmstxt');
  const problems: LlmsProblem[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const options = spec.options;
  const warn = (message: string) => problems.push({ severity: 'warning', message: `llmstxt plugin: ${message}` });
  for (const key of Object.keys(options)) if (!KNOWN.includes(key)) warn(`unknown option '${key}', ignored`);
  const text = (key: string): string | undefined => {
    const value = options[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    warn(`'${key}' must be a string, found ${JSON.stringify(value)}; ignored`);
    return undefined;
  };
  if (options['preprocess'] !== undefined && options['preprocess'] !== null) warn(`preprocess: its Python (${String(options['preprocess'])}) cannot run here; the pages are converted without it`);
  const autoclean = options['autoclean'] === undefined ? true : options['autoclean'] === true;
  if (options['autoclean'] !== undefined && typeof options['autoclean'] !== 'boolean') warn(`'autoclean' must be true or false, found ${JSON.stringify(options['autoclean'])}; using false`);
  const base = text('base_url') ?? siteUrl ?? undefined;
  if (base === undefined || base === '') {
    problems.push({ severity: 'error', message: "llmstxt plugin: 'site_url' must be set in the MkDocs configuration to be used with the 'llmstxt' plugin (MkDocs stops the build here); no llms.txt is written" });
    return { options: undefined, problems };
  }
  return { options: { sections: sectionsOf(options['sections'], warn), baseUrl: base.endsWith('/') ? base : `${base}/`, markdownDescription: text('markdown_description'), fullOutput: text('full_output'), autoclean }, problems };
}

/** `sections`: a mapping of lists whose items are a string or a one-key mapping (DictOfItems(ListOfItems(Type((str, dict))))). */
function sectionsOf(value: unknown, warn: (message: string) => void): LlmsSection[] {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) {
    warn(`'sections' must be a mapping of section titles to lists of pages, found ${JSON.stringify(value)}; no section is written`);
    return [];
  }
  return Object.entries(value).map(([title, items]) => {
    if (!Array.isArray(items)) {
      warn(`section '${title}' must be a list of pages, found ${JSON.stringify(items)}; it is empty`);
      return { title, inputs: [] };
    }
    const inputs = items.flatMap((item): LlmsSection['inputs'] => {
      if (typeof item === 'string') return [{ pattern: item, description: '' }];
      // The plugin takes a mapping's first key and its value.
      const first = isRecord(item) ? Object.entries(item)[0] : undefined;
      if (first) return [{ pattern: first[0], description: first[1] === null || first[1] === undefined ? '' : String(first[1]) }];
      warn(`section '${title}': ${JSON.stringify(item)} is neither a page nor a mapping of a page to its description; skipped`);
      return [];
    });
    return { title, inputs };
  });
}
