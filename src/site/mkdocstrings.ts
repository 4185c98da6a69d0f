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
 *
 * The plugin's options are read by mkdocstrings-options.ts: every build reads them, and this file
 * (with src/python, 23 modules) is loaded only to render a site's pages that have the plugin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PythonCollection, type ModuleFiles, type ModuleSource } from '../python/collection.ts';
import type { PythonSettings } from './mkdocstrings-options.ts';

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
