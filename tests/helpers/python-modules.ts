/**
 * An in-memory Python project for the mkdocstrings tests: module sources by dotted name
 * (`pkg/__init__` for a package's own file), found as the site would find them under
 * `/project/src/`.
 */
import { PythonCollection } from '../../src/python/collection.ts';

export function memoryCollection(modules: Readonly<Record<string, string>>): PythonCollection {
  return new PythonCollection({
    find(parts) {
      const name = parts.join('.');
      const init = modules[`${name}/__init__`];
      if (init !== undefined) return { filepath: `/project/src/${parts.join('/')}/__init__.py`, source: init, isPackage: true };
      const source = modules[name];
      return source === undefined ? undefined : { filepath: `/project/src/${parts.join('/')}.py`, source, isPackage: false };
    },
    submodules(parts) {
      const prefix = `${parts.join('.')}.`;
      return Object.keys(modules).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).sort();
    },
  });
}
