/**
 * griffe's modules collection, loaded on demand: a dotted identifier (`pkg.mod.Class.method`)
 * → the object it names, walking packages to their submodules and following imports (aliases)
 * into the modules they name, as far as they lead to modules on the search paths.
 *
 * The files are read through `ModuleFiles` (the site's, over the handler's `paths`); each module
 * is read and analysed once per collection, and the files an answer needed are listed with it
 * (a page is rendered again when one of them changes).
 *
 * ```ts
 * const collection = new PythonCollection(files);
 * collection.resolve('pkg.Client')  // { kind: 'found', object: PyClass, path: 'pkg.Client', module: pkg._client, files: [...] }
 * ```
 */
import type { PyAlias, PyMember, PyModule, PyObject } from './model.ts';
import { visitModule } from './visit-module.ts';

/** A module's file found on the search paths: its text, or none for a namespace package (a folder). */
export interface ModuleSource {
  readonly filepath: string | undefined;
  readonly source: string;
  readonly isPackage: boolean;
}

export interface ModuleFiles {
  /** The module or package of a dotted path (`['pkg', 'mod']`), undefined when no path holds it. */
  find(parts: readonly string[]): ModuleSource | undefined;
}

export interface Found {
  readonly kind: 'found';
  readonly object: PyObject;
  /** The path it was reached by (an alias's, for a re-exported object: `pkg.Client`). */
  readonly path: string;
  /** The module whose source defines it. */
  readonly module: PyModule;
  readonly files: readonly string[];
}

export interface NotFound {
  readonly kind: 'not-found';
  /** What is wrong, for a warning: `no module 'pkg' in the paths ...`, `'pkg.mod' has no member 'X'`. */
  readonly reason: string;
  readonly files: readonly string[];
}

export type Lookup = Found | NotFound;

type Loaded = { readonly kind: 'module'; readonly module: PyModule } | { readonly kind: 'missing' } | { readonly kind: 'error'; readonly reason: string };

const MAX_ALIAS_DEPTH = 16;

export class PythonCollection {
  private readonly modules = new Map<string, Loaded>();

  private readonly files: ModuleFiles;

  constructor(files: ModuleFiles) {
    this.files = files;
  }

  /** The object `identifier` names. */
  resolve(identifier: string): Lookup {
    const read = new Set<string>();
    const result = this.lookup(identifier, read, 0);
    return { ...result, files: [...read] };
  }

  /** What an imported name leads to, when it leads to an object on the search paths. */
  resolveAlias(alias: PyAlias): Found | undefined {
    const result = this.resolve(alias.target);
    return result.kind === 'found' ? result : undefined;
  }

  private lookup(identifier: string, read: Set<string>, depth: number): Omit<Found, 'files'> | Omit<NotFound, 'files'> {
    const parts = identifier.split('.');
    if (parts.some((part) => !/^[A-Za-z_]\w*$/u.test(part))) return { kind: 'not-found', reason: `'${identifier}' is not a dotted Python name` };
    const top = this.load([parts[0] ?? ''], read);
    if (top.kind === 'error') return { kind: 'not-found', reason: top.reason };
    if (top.kind === 'missing') return { kind: 'not-found', reason: `no module or package '${parts[0] ?? ''}' was found in the handler's paths` };
    let current: PyObject = top.module;
    let module = top.module;
    for (let index = 1; index < parts.length; index++) {
      const name = parts[index] ?? '';
      const path = parts.slice(0, index + 1).join('.');
      const parentPath = parts.slice(0, index).join('.');
      const member: PyMember | undefined = current.kind === 'module' || current.kind === 'class' ? current.members.get(name) : undefined;
      if (member && member.kind !== 'alias') {
        current = member;
        continue;
      }
      if (current.kind === 'module' && current.isPackage && (!member || member.target === path)) {
        const sub = this.load(parts.slice(0, index + 1), read);
        if (sub.kind === 'error') return { kind: 'not-found', reason: sub.reason };
        if (sub.kind === 'module') {
          current = module = sub.module;
          continue;
        }
      }
      if (member?.kind === 'alias') {
        if (depth >= MAX_ALIAS_DEPTH) return { kind: 'not-found', reason: `'${path}' is imported in a loop of imports` };
        const target = this.lookup(member.target, read, depth + 1);
        if (target.kind === 'not-found') return { kind: 'not-found', reason: `'${path}' is imported from '${member.target}', which could not be found: ${target.reason}` };
        current = target.object;
        module = target.module;
        continue;
      }
      return { kind: 'not-found', reason: `'${parentPath}' has no member '${name}' that static analysis can see` };
    }
    return { kind: 'found', object: current, path: identifier, module };
  }

  private load(parts: readonly string[], read: Set<string>): Loaded {
    const name = parts.join('.');
    let loaded = this.modules.get(name);
    if (!loaded) {
      loaded = this.analyse(parts, name);
      this.modules.set(name, loaded);
    }
    if (loaded.kind === 'module' && loaded.module.filepath !== undefined) read.add(loaded.module.filepath);
    return loaded;
  }

  private analyse(parts: readonly string[], name: string): Loaded {
    const found = this.files.find(parts);
    if (!found) return { kind: 'missing' };
    const result = visitModule({ name, source: found.source, filepath: found.filepath, isPackage: found.isPackage });
    if (result.kind === 'error') return { kind: 'error', reason: `${found.filepath ?? name}:${result.line}:${result.column}: the Python parser could not read this module (a syntax error, or syntax newer than it knows)` };
    return { kind: 'module', module: result.module };
  }
}
