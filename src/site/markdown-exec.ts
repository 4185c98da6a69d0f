/**
 * The markdown-exec MkDocs plugin (pawamoy/markdown-exec, `_internal/mkdocs_plugin.py`): on
 * `on_config` it appends one pymdownx.superfences custom fence per language of its `languages`
 * option, with markdown-exec's validator and formatter, after the fences mkdocs.yml configures.
 * We do the same to the extension specs, so a fence with `exec="on"` is markdown-exec's (shown
 * highlighted, not run: src/markdown/extensions/superfences/markdown-exec.ts) and any other
 * fence of those languages is highlighted as usual.
 *
 *   plugins: [markdown-exec]
 *   markdownExecPlugin(plugins, extensions).extensions  // superfences with custom fences for python, bash, ...
 *
 * The plugin stops MkDocs when `pymdownx.superfences` is not listed; here that is a problem and
 * no fence is added. `ansi` only adds a stylesheet for ANSI colours in outputs we never make.
 */
import { MARKDOWN_EXEC_LANGUAGES, type ExtensionSpec } from '../markdown/index.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['ansi', 'languages', 'enabled']);
const LANGUAGES: ReadonlySet<string> = new Set(MARKDOWN_EXEC_LANGUAGES);

export interface MarkdownExecPlugin {
  /** The extension specs with the plugin's custom fences added (the same specs when it is not listed). */
  readonly extensions: readonly ExtensionSpec[];
  readonly problems: string[];
}

export function markdownExecPlugin(plugins: readonly PluginEntry[], extensions: readonly ExtensionSpec[]): MarkdownExecPlugin {
  const spec = plugins.find((plugin) => plugin.name === 'markdown-exec');
  if (!spec || spec.options['enabled'] === false) return { extensions, problems: [] };
  const problems = ["markdown-exec plugin: code blocks with `exec` are shown as their highlighted source; the code is not executed"];
  for (const key of Object.keys(spec.options)) if (!KNOWN_OPTIONS.has(key)) problems.push(`markdown-exec plugin: unknown option '${key}', ignored`);
  const index = extensions.findIndex((extension) => extension.name === 'pymdownx.superfences');
  const superfences = extensions[index];
  if (!superfences) {
    problems.push("markdown-exec plugin: it needs the 'pymdownx.superfences' Markdown extension (MkDocs stops here); no markdown-exec fence is added");
    return { extensions, problems };
  }
  const languages = languagesOption(spec.options['languages'], problems);
  const written = superfences.options['custom_fences'];
  const fences = [
    ...(Array.isArray(written) ? written : []),
    ...languages.map((language) => ({ name: language, class: language, validator: 'markdown_exec.validator', format: 'markdown_exec.formatter' })),
  ];
  const changed: ExtensionSpec = { name: superfences.name, options: { ...superfences.options, custom_fences: fences } };
  return { extensions: extensions.map((extension, at) => (at === index ? changed : extension)), problems };
}

/** `languages`: a list of markdown-exec's languages (its default: all of them). */
function languagesOption(raw: unknown, problems: string[]): string[] {
  if (raw === undefined || raw === null) return [...MARKDOWN_EXEC_LANGUAGES];
  if (!Array.isArray(raw)) {
    problems.push(`markdown-exec plugin: 'languages' must be a list, found ${String(raw)}; using all of ${MARKDOWN_EXEC_LANGUAGES.join(', ')}`);
    return [...MARKDOWN_EXEC_LANGUAGES];
  }
  const languages: string[] = [];
  for (const item of raw) {
    if (typeof item === 'string' && LANGUAGES.has(item)) languages.push(item);
    else problems.push(`markdown-exec plugin: 'languages' has ${String(item)}, which is not one of ${MARKDOWN_EXEC_LANGUAGES.join(', ')}; ignored`);
  }
  return languages;
}
