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
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PythonCollection, type ModuleFiles, type ModuleSource } from '../python/collection.ts';
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

/** The collection a renderer reads `:::` blocks' objects from: one per renderer (each thread has its own). */
export function pythonCollection(settings: PythonSettings): PythonCollection {
  return new PythonCollection(moduleFiles(settings.paths));
}

/**
 * Python's path finder over `paths`: in each folder a package (`name/__init__.py`) or a module
 * (`name.py`), with the stub file beside it (`.pyi`, merged as griffe merges stubs; a module with
 * only a stub file is read from it); a folder without `__init__.py` (a namespace package) only
 * when no path has either. A package's submodules are its folder's `.py`/`.pyi` files and
 * subfolders with an `__init__.py`, in every path that holds it.
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
    submodules(parts) {
      const names = new Set<string>();
      for (const base of paths) {
        const folder = path.join(base, ...parts);
        if (kind(folder) !== 'directory') continue;
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const stem = entry.isFile() ? /^(.+)\.pyi?$/.exec(entry.name)?.[1] : entry.isDirectory() && ['__init__.py', '__init__.pyi'].some((init) => kind(path.join(folder, entry.name, init)) === 'file') ? entry.name : undefined;
          if (stem !== undefined && stem !== '__init__' && /^[A-Za-z_]\w*$/.test(stem)) names.add(stem);
        }
      }
      return [...names].sort();
    },
  };
}

function regular(stem: string): ModuleSource | undefined {
  for (const [file, isPackage] of [[path.join(stem, '__init__'), true], [stem, false]] as const) {
    const source = kind(`${file}.py`) === 'file' ? read(`${file}.py`) : undefined;
    const stubs = kind(`${file}.pyi`) === 'file' ? read(`${file}.pyi`) : undefined;
    if (source !== undefined) return { filepath: `${file}.py`, source, isPackage, stubs: stubs === undefined ? undefined : { filepath: `${file}.pyi`, source: stubs } };
    if (stubs !== undefined) return { filepath: `${file}.pyi`, source: stubs, isPackage };
  }
  return undefined;
}

function read(filepath: string): string | undefined {
  try {
    return readFileSync(filepath, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

function kind(file: string): 'file' | 'directory' | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? 'file' : stats?.isDirectory() ? 'directory' : undefined;
}
