/**
 * mkdocs-table-reader-plugin (`table-reader`, 3.x: src/mkdocs_table_reader_plugin/plugin.py,
 * readers.py, markdown.py). A tag `{{ read_csv('table.csv') }}` in a page's Markdown becomes the
 * Markdown table pandas' `to_markdown(index=False)` writes for the file (src/site/tabulate.ts),
 * read by src/site/table-reader-read.ts.
 *
 * Where the plugin runs: without the macros plugin, its `on_page_markdown` replaces each reader's
 * tags, reader by reader in `select_readers` order, with the table indented by the tag's leading
 * spaces rounded down to fours (content tabs); with macros listed, it does nothing there and its
 * readers are macros functions instead (`{{ read_csv(...) }}` rendered by the macros engine,
 * src/site/macros-render.ts), so they also take the macros' Jinja (filters, variables).
 *
 * A file is looked for, in order, under mkdocs.yml's folder + `data_path`, docs_dir +
 * `data_path`, and the page's folder. A missing one stops the build in MkDocs (an error here,
 * the tag left as written); with `allow_missing_files` it is a warning and the tag becomes
 * `{{ Cannot find 'name' }}`, as the plugin writes. `read_excel` and `read_feather` need pandas'
 * binary readers: a warning at the tag, which stays.
 *
 *   plugins: [table-reader: { data_path: docs/data }]
 *   tableReaderPlugin(plugins, config).settings?.readers // ['read_csv', 'read_table', ...]
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MacrosCall, MacrosFunctions } from './macros-render.ts';
import { parseArguments } from './table-reader-args.ts';
import { readDelimited, readFixedWidth, readJson, readYaml, type ReadTable } from './table-reader-read.ts';
import { pipeTable } from './tabulate.ts';

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/** The plugin's READERS, in its order (the default `select_readers`). */
export const TABLE_READERS = ['read_csv', 'read_table', 'read_fwf', 'read_excel', 'read_yaml', 'read_json', 'read_feather', 'read_raw'] as const;
type Reader = (typeof TABLE_READERS)[number];

function isReader(name: unknown): name is Reader {
  return TABLE_READERS.some((reader) => reader === name);
}

/** Plain data, sent to the render workers. */
export interface TableReaderSettings {
  /** Absolute: mkdocs.yml's folder + data_path, then docs_dir + data_path. */
  readonly roots: readonly string[];
  readonly allowMissing: boolean;
  readonly readers: readonly Reader[];
  /** The macros plugin is listed: the readers are its functions, not tags of their own. */
  readonly asMacros: boolean;
}

export function tableReaderPlugin(plugins: readonly PluginEntry[], config: { readonly config_file_path: string; readonly docs_dir?: string | undefined }): { settings: TableReaderSettings | undefined; problems: string[] } {
  const index = plugins.findIndex((plugin) => plugin.name === 'table-reader');
  const spec = plugins[index];
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { settings: undefined, problems };
  const options = spec.options;
  for (const key of Object.keys(options)) {
    if (key === 'search_page_directory' || key === 'base_path') problems.push(`table-reader plugin: the '${key}' option is deprecated, both mkdocs.yml's folder and docs_dir are searched; remove it from mkdocs.yml`);
    else if (!['data_path', 'allow_missing_files', 'select_readers', 'enabled'].includes(key)) problems.push(`table-reader plugin: unknown option '${key}', ignored`);
  }
  const dataPath = typeof options['data_path'] === 'string' ? options['data_path'] : '.';
  if (options['data_path'] !== undefined && typeof options['data_path'] !== 'string') problems.push(`table-reader plugin: 'data_path' must be a folder, found ${JSON.stringify(options['data_path'])}; using '.'`);
  const allowMissing = options['allow_missing_files'] === true;
  if (options['allow_missing_files'] !== undefined && typeof options['allow_missing_files'] !== 'boolean') problems.push(`table-reader plugin: 'allow_missing_files' must be true or false, found ${JSON.stringify(options['allow_missing_files'])}; using false`);
  let readers: Reader[] = [...TABLE_READERS];
  const selected = options['select_readers'];
  if (Array.isArray(selected)) {
    const unknown = selected.filter((name) => !isReader(name));
    if (unknown.length > 0) problems.push(`table-reader plugin: select_readers: ${unknown.map((name) => JSON.stringify(name)).join(', ')} not one of ${TABLE_READERS.join(', ')}; ignored`);
    readers = selected.filter(isReader);
  } else if (selected !== undefined) problems.push(`table-reader plugin: 'select_readers' must be a list of readers, found ${JSON.stringify(selected)}; all are used`);
  // on_config: markdownextradata must run after table-reader, or its tags would be rendered first.
  const extraData = plugins.findIndex((plugin) => plugin.name === 'markdownextradata');
  if (extraData >= 0 && extraData < index) problems.push("table-reader plugin: incompatible plugin order: define 'table-reader' before 'markdownextradata' in mkdocs.yml (MkDocs stops the build there)");
  const projectDir = path.dirname(config.config_file_path);
  const docsDir = config.docs_dir ?? path.join(projectDir, 'docs');
  const asMacros = plugins.some((plugin) => plugin.name === 'macros' && plugin.options['enabled'] !== false);
  return { settings: { roots: [path.resolve(projectDir, dataPath), path.resolve(docsDir, dataPath)], allowMissing, readers, asMacros }, problems };
}

/** One reader's call: the text it leaves in the page, the files it read, what went wrong. */
export interface TableCall {
  /** undefined: the tag is left as written. */
  readonly text: string | undefined;
  readonly read: string[];
  readonly problems: Array<{ readonly severity: 'error' | 'warning'; readonly message: string }>;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** `reader(*args, **kwargs)` for the page `pageFile` (absolute), as the plugin's ParseArgs and reader run it. */
export function callReader(settings: TableReaderSettings, reader: Reader, pageFile: string, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>): TableCall {
  const rest = { ...kwargs };
  const name = args.length > 0 ? args[0] : rest['filepath_or_buffer'];
  delete rest['filepath_or_buffer'];
  if (typeof name !== 'string') return { text: undefined, read: [], problems: [{ severity: 'error', message: `table-reader plugin: ${reader} needs a file name first, found ${JSON.stringify(name ?? null)}` }] };
  const candidates = [...settings.roots.map((root) => path.resolve(root, name)), path.resolve(path.dirname(pageFile), name)];
  const file = candidates.find(exists);
  if (file === undefined) {
    const message = `table-reader plugin: cannot find table file '${name}'; searched ${candidates.join(', ')}`;
    if (settings.allowMissing) return { text: `{{ Cannot find '${name}' }}`, read: [], problems: [{ severity: 'warning', message }] };
    return { text: undefined, read: candidates, problems: [{ severity: 'error', message: `${message} (MkDocs stops the build here; allow_missing_files: true makes it a warning)` }] };
  }
  if (reader === 'read_excel' || reader === 'read_feather') return { text: undefined, read: [file], problems: [{ severity: 'warning', message: `table-reader plugin: ${reader} needs pandas' binary readers, which cannot run here; the tag is left as written` }] };
  const encoding = rest['encoding'] === undefined || rest['encoding'] === 'utf-8' || rest['encoding'] === 'utf8' ? 'utf8' : rest['encoding'] === 'latin-1' || rest['encoding'] === 'latin1' ? 'latin1' : undefined;
  if (encoding === undefined) return { text: undefined, read: [file], problems: [{ severity: 'warning', message: `table-reader plugin: encoding ${JSON.stringify(rest['encoding'])} is not read here (utf-8 and latin-1 are); the tag is left as written` }] };
  try {
    const content = readFileSync(file, encoding).replace(/^\uFEFF/, '');
    if (reader === 'read_raw') return { text: content, read: [file], problems: [] };
    const { index, ...readOptions } = rest;
    const tablefmt = readOptions['tablefmt'];
    delete readOptions['tablefmt'];
    const table = readTable(reader, content, readOptions);
    const problems: TableCall['problems'] = [];
    const ignored = [...table.ignored, ...(index !== undefined && index !== false ? ['index'] : []), ...(tablefmt !== undefined && tablefmt !== 'pipe' ? ['tablefmt'] : [])];
    if (ignored.length > 0) problems.push({ severity: 'warning', message: `table-reader plugin: ${reader} option${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')} not supported here (the table is read without, with index=False, tablefmt='pipe')` });
    return { text: pipeTable(escapeCells(table).frame), read: [file], problems };
  } catch (error) {
    return { text: undefined, read: [file], problems: [{ severity: 'error', message: `table-reader plugin: ${reader} cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function readTable(reader: Exclude<Reader, 'read_excel' | 'read_feather' | 'read_raw'>, content: string, options: Readonly<Record<string, unknown>>): ReadTable {
  switch (reader) {
    case 'read_csv':
      return readDelimited(content, options);
    case 'read_table':
      return readDelimited(content, options, true);
    case 'read_fwf':
      return readFixedWidth(content, options);
    case 'read_json':
      return readJson(content, options);
    case 'read_yaml':
      return readYaml(content, options);
  }
}

/** markdown.py convert_to_md_table: a `|` not escaped becomes `\|`, a line break `<br>` (pipe tables are one line a row). */
function escapeCells(table: ReadTable): ReadTable {
  const escape = (text: string) => text.replace(/(?<!\\)\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
  const { frame } = table;
  return {
    ...table,
    frame: {
      columns: frame.columns.map((column) => (typeof column === 'string' ? escape(column) : column)),
      rows: frame.rows.map((row) => row.map((cell) => (cell.kind === 'str' ? { kind: 'str', value: escape(cell.value) } : cell))),
    },
  };
}

/** What the plugin's on_page_markdown made of a page. */
export interface TableReaderOutcome {
  readonly markdown: string;
  readonly read: string[];
  readonly problems: Array<{ readonly severity: 'error' | 'warning'; readonly message: string; readonly line: number }>;
}

/**
 * Python's `re.sub` replacement template: `\\` is a backslash, `\n` a line break, `\1` or
 * `\g<1>` a group; other escapes of punctuation stay as written (the plugin hands the table to
 * `re.sub` as the template, so its backslashes are read this way).
 */
function expandTemplate(template: string, groups: readonly string[]): string {
  const simple: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
  return template.replace(/\\(g<(\w+)>|\d{1,2}|.)/gs, (whole, escape: string, named: string | undefined) => {
    if (named !== undefined) return groups[Number(named)] ?? '';
    if (/^\d/.test(escape)) return groups[Number(escape)] ?? '';
    return simple[escape] ?? whole;
  });
}

/** The page's tags replaced, reader by reader (`pageFile` absolute); a tag that fails stays, with its message at its line. */
export function applyTableReader(settings: TableReaderSettings, markdown: string, pageFile: string): TableReaderOutcome {
  const read: string[] = [];
  const problems: TableReaderOutcome['problems'] = [];
  let text = markdown;
  for (const reader of settings.readers) {
    const pattern = new RegExp(`( *)\\{\\{\\s+${reader}\\((.+)\\)\\s+\\}\\}`, 'gi');
    // A tag that stays is skipped by the next search (the plugin would replace the next with the same table).
    let from = 0;
    for (let match = pattern.exec(text); match !== null; pattern.lastIndex = from, match = pattern.exec(text)) {
      const line = text.slice(0, match.index).split('\n').length;
      let call: TableCall;
      try {
        const { args, kwargs } = parseArguments(match[2] ?? '');
        call = callReader(settings, reader, pageFile, args, kwargs);
      } catch (error) {
        call = { text: undefined, read: [], problems: [{ severity: 'error', message: `table-reader plugin: the tag's arguments are not Python: ${error instanceof Error ? error.message : String(error)}` }] };
      }
      read.push(...call.read);
      problems.push(...call.problems.map((problem) => ({ ...problem, line })));
      if (call.text === undefined) {
        from = match.index + match[0].length;
        continue;
      }
      const indent = ' '.repeat(Math.floor((match[1] ?? '').length / 4) * 4);
      const table = call.text.split('\n').map((row) => (row.trim() === '' ? row : indent + row)).join('\n');
      const replacement = expandTemplate(table, [match[0], match[1] ?? '', match[2] ?? '']);
      text = text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
      from = match.index + replacement.length;
    }
  }
  return { markdown: text, read, problems };
}

/**
 * The readers as macros functions (the plugin's registration with mkdocs-macros): each call
 * prints its table, or `read_csv(...)` when it fails, with an error at the line of the page that calls it.
 * The plugin's `pd_read_*` functions, which hand a DataFrame to Jinja, are not among them.
 */
export function tableReaderFunctions(settings: TableReaderSettings): MacrosFunctions {
  return Object.fromEntries(settings.readers.map((reader) => [reader, (pageFile: string, args: unknown[], kwargs: Readonly<Record<string, unknown>>): MacrosCall => {
    const call = callReader(settings, reader, pageFile, args, kwargs);
    return { text: call.text, read: call.read, messages: call.problems.map((problem) => ({ ...problem, file: pageFile })) };
  }]));
}
