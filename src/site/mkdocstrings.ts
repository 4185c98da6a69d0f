/**
 * mkdocstrings' Python handler, the site's part: where its Python source is (`paths`) and the
 * files of the modules a `:::` block names, read for src/python's collection, which the renderer
 * is given (RendererOptions.python). The analysis itself is src/python's, and the drawing the
 * renderer's (src/markdown/extensions/mkdocstrings): this file only reads files, as the site
 * layer is where files are read.
 *
 * ```yaml
 * plugins:
 *   - mkdocstrings:
 *       handlers:
 *         python:
 *           paths: [src]        ->  { paths: ['/project/src'] }   (default: the config's folder, then src/)
 * ```
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PythonCollection, type ModuleFiles, type ModuleSource } from '../python/collection.ts';
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
  const written = listed?.map((folder) => path.resolve(projectDir, folder));
  const searched = written ?? ['.', 'src'].map((folder) => path.resolve(projectDir, folder));
  // `serve` watches the paths written in mkdocs.yml, as mkdocstrings-python adds them to MkDocs'
  // watch list (the defaults are not: the config's folder holds the output folder too); files
  // a page documented are watched through its includes either way.
  return { settings: { paths: searched }, watch: written ?? [], problems };
}

/** The collection a renderer reads `:::` blocks' objects from: one per renderer (each thread has its own). */
export function pythonCollection(settings: PythonSettings): PythonCollection {
  return new PythonCollection(moduleFiles(settings.paths));
}

/**
 * Python's path finder over `paths`: in each folder a package (`name/__init__.py`) or a module
 * (`name.py`); a folder without `__init__.py` (a namespace package) only when no path has either.
 */
function moduleFiles(paths: readonly string[]): ModuleFiles {
  return {
    find(parts) {
      for (const base of paths) {
        const found = regular(path.join(base, ...parts));
        if (found) return found;
      }
      for (const base of paths) if (kind(path.join(base, ...parts)) === 'directory') return { filepath: undefined, source: '', isPackage: true };
      return undefined;
    },
  };
}

function regular(stem: string): ModuleSource | undefined {
  const init = path.join(stem, '__init__.py');
  if (kind(init) === 'file') return read(init, true);
  const module = `${stem}.py`;
  if (kind(module) === 'file') return read(module, false);
  return undefined;
}

function read(filepath: string, isPackage: boolean): ModuleSource | undefined {
  try {
    return { filepath, source: readFileSync(filepath, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), isPackage };
  } catch {
    return undefined;
  }
}

function kind(file: string): 'file' | 'directory' | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? 'file' : stats?.isDirectory() ? 'directory' : undefined;
}
