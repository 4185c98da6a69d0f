/**
 * mkdocstrings' Python handler's options (see mkdocstrings.ts): read by every build with the
 * plugin, apart from the collection, which loads src/python.
 */
import path from 'node:path';
import { readExtensions } from '../python/griffe-extensions.ts';
import { isRecord } from './plugin-values.ts';

/** Plain data, copied to render threads. */
export interface PythonSettings {
  /** The folders modules are looked up in, absolute, in order. */
  readonly paths: readonly string[];
}

/**
 * The handler's search paths from the plugin's options: `handlers.python.paths`, relative to
 * the config's folder; without them the config's folder (mkdocstrings-python's default) and its
 * `src/`, where a project's package usually lives (griffe finds it installed there).
 */
export function pythonSettings(options: Readonly<Record<string, unknown>>, projectDir: string): { settings: PythonSettings; watch: string[]; problems: string[] } {
  const handlers = options['handlers'];
  const python = isRecord(handlers) ? handlers['python'] : undefined;
  const paths = isRecord(python) ? python['paths'] : undefined;
  const listed = Array.isArray(paths) && paths.every((item) => typeof item === 'string') ? paths : undefined;
  const problems = paths !== undefined && !listed ? ["mkdocstrings plugin: 'handlers: python: paths' should be a list of folders; the config's folder and src/ are searched instead"] : [];
  // Named once here for the whole site, rather than at every block the handler's options apply to.
  const handlerOptions = isRecord(python) ? python['options'] : undefined;
  const extensions = isRecord(handlerOptions) ? readExtensions(handlerOptions['extensions']).problem : undefined;
  if (extensions !== undefined) problems.push(`mkdocstrings plugin: 'handlers: python: options: extensions': ${extensions}`);
  const written = listed?.map((folder) => path.resolve(projectDir, folder));
  const searched = written ?? ['.', 'src'].map((folder) => path.resolve(projectDir, folder));
  // `serve` watches the paths written in mkdocs.yml, as mkdocstrings-python adds them to MkDocs'
  // watch list (the defaults are not: the config's folder holds the output folder too); files
  // a page documented are watched through its includes either way.
  return { settings: { paths: searched }, watch: written ?? [], problems };
}
