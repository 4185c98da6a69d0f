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
import { applyDataclass } from './dataclasses.ts';
import { baseName, inheritedMembers, mro, type ClassRef, type InheritedMember } from './inheritance.ts';
import type { PyAlias, PyClass, PyMember, PyModule, PyObject } from './model.ts';
import { mergeStubs } from './stubs.ts';
import { visitModule } from './visit-module.ts';

/** A module's file found on the search paths: its text, or none for a namespace package (a folder). */
export interface ModuleSource {
  readonly filepath: string | undefined;
  readonly source: string;
  readonly isPackage: boolean;
  /** Its stub file (`mod.pyi` beside `mod.py`), merged into it as griffe merges stubs. A module with only a stub file has it as its `filepath`. */
  readonly stubs?: { readonly filepath: string; readonly source: string } | undefined;
}

export interface ModuleFiles {
  /** The module or package of a dotted path (`['pkg', 'mod']`), undefined when no path holds it. */
  find(parts: readonly string[]): ModuleSource | undefined;
  /** The names of a package's submodules and subpackages (`['pkg']` → `['cli', 'models']`), for show_submodules; none without it. */
  submodules?(parts: readonly string[]): string[];
}

export interface Found {
  readonly kind: 'found';
  readonly object: PyObject;
  /** The path it was reached by (an alias's, for a re-exported object: `pkg.Client`). */
  readonly path: string;
  /** The module whose source defines it. */
  readonly module: PyModule;
  /** It is a member of a class (griffe's `parent.is_class`): a method, whose `self` the signature leaves out. */
  readonly inClass: boolean;
  readonly files: readonly string[];
}

export interface NotFound {
  readonly kind: 'not-found';
  /** What is wrong, for a warning: `no module 'pkg' in the paths ...`, `'pkg.mod' has no member 'X'`. */
  readonly reason: string;
  readonly files: readonly string[];
}

export type Lookup = Found | NotFound;

type Loaded = { readonly kind: 'module'; readonly module: PyModule; readonly files: readonly string[] } | { readonly kind: 'missing' } | { readonly kind: 'error'; readonly reason: string };

const MAX_ALIAS_DEPTH = 16;

/** What the renderer asks of a collection (tests pass their own). */
export type PythonLookup = Pick<PythonCollection, 'resolve' | 'resolveAlias' | 'inheritedMembers' | 'ancestors' | 'submodules' | 'track'>;

export class PythonCollection {
  private readonly modules = new Map<string, Loaded>();

  private readonly files: ModuleFiles;

  /** The read-sets of the `track` calls under way: every file read goes into each. */
  private readonly trackers: Array<Set<string>> = [];

  constructor(files: ModuleFiles) {
    this.files = files;
  }

  /** The object `identifier` names. */
  resolve(identifier: string): Lookup {
    const { value, files } = this.track(() => this.lookup(identifier, 0));
    return { ...value, files };
  }

  /** Runs `work`, listing the files of the modules it needed (a page is rendered again when one changes). */
  track<T>(work: () => T): { value: T; files: string[] } {
    const read = new Set<string>();
    this.trackers.push(read);
    try {
      return { value: work(), files: [...read] };
    } finally {
      this.trackers.splice(this.trackers.indexOf(read), 1);
    }
  }

  /** griffe's `Class.inherited_members`: the members `cls` inherits from classes found on the search paths. */
  inheritedMembers(cls: ClassRef): Map<string, InheritedMember> {
    return inheritedMembers(cls, (base, owner) => this.resolveBase(base, owner));
  }

  /** griffe's `Class.mro()`: the classes `cls` inherits from that are found on the search paths, nearest first. */
  ancestors(cls: ClassRef): ClassRef[] {
    return mro(cls, (base, owner) => this.resolveBase(base, owner));
  }

  /** A package's submodules that can be read, by name (none for a module, or when the files cannot be listed). */
  submodules(module: PyModule): Array<{ readonly name: string; readonly module: PyModule }> {
    if (!module.isPackage) return [];
    const parts = module.path.split('.');
    const out: Array<{ name: string; module: PyModule }> = [];
    for (const name of this.files.submodules?.(parts) ?? []) {
      const loaded = this.load([...parts, name]);
      if (loaded.kind === 'module') out.push({ name, module: loaded.module });
    }
    return out;
  }

  /** A base as written in a class's definition, looked up among the names of the module defining the class. */
  private resolveBase(base: string, cls: ClassRef): ClassRef | undefined {
    const name = baseName(base);
    if (name === undefined) return undefined;
    const found = this.lookup(`${cls.module.path}.${name}`, 0);
    return found.kind === 'found' && found.object.kind === 'class' ? { object: found.object, module: found.module } : undefined;
  }

  /** What an imported name leads to, when it leads to an object on the search paths. */
  resolveAlias(alias: PyAlias): Found | undefined {
    const result = this.resolve(alias.target);
    return result.kind === 'found' ? result : undefined;
  }

  private lookup(identifier: string, depth: number): Omit<Found, 'files'> | Omit<NotFound, 'files'> {
    const parts = identifier.split('.');
    if (parts.some((part) => !/^[A-Za-z_]\w*$/u.test(part))) return { kind: 'not-found', reason: `'${identifier}' is not a dotted Python name` };
    const top = this.load([parts[0] ?? '']);
    if (top.kind === 'error') return { kind: 'not-found', reason: top.reason };
    if (top.kind === 'missing') return { kind: 'not-found', reason: `no module or package '${parts[0] ?? ''}' was found in the handler's paths` };
    let current: PyObject = top.module;
    let module = top.module;
    let inClass = false;
    for (let index = 1; index < parts.length; index++) {
      const name = parts[index] ?? '';
      const path = parts.slice(0, index + 1).join('.');
      const parentPath = parts.slice(0, index).join('.');
      const member: PyMember | undefined = current.kind === 'module' || current.kind === 'class' ? current.members.get(name) : undefined;
      if (member && member.kind !== 'alias') {
        inClass = current.kind === 'class';
        current = member;
        continue;
      }
      if (current.kind === 'module' && current.isPackage && (!member || member.target === path)) {
        const sub = this.load(parts.slice(0, index + 1));
        if (sub.kind === 'error') return { kind: 'not-found', reason: sub.reason };
        if (sub.kind === 'module') {
          current = module = sub.module;
          inClass = false;
          continue;
        }
      }
      if (member?.kind === 'alias') {
        if (depth >= MAX_ALIAS_DEPTH) return { kind: 'not-found', reason: `'${path}' is imported in a loop of imports` };
        const target = this.lookup(member.target, depth + 1);
        if (target.kind === 'not-found') return { kind: 'not-found', reason: `'${path}' is imported from '${member.target}', which could not be found: ${target.reason}` };
        current = target.object;
        module = target.module;
        inClass = target.inClass;
        continue;
      }
      return { kind: 'not-found', reason: `'${parentPath}' has no member '${name}' that static analysis can see` };
    }
    return { kind: 'found', object: current, path: identifier, module, inClass };
  }

  private load(parts: readonly string[]): Loaded {
    const name = parts.join('.');
    let loaded = this.modules.get(name);
    if (!loaded) {
      const found = this.files.find(parts);
      loaded = found ? this.analyse(found, name) : { kind: 'missing' };
      // Stored before its wildcards and dataclasses are expanded, which may read it again (a cycle of imports).
      this.modules.set(name, loaded);
      if (loaded.kind === 'module') {
        this.expandExports(loaded.module);
        this.expandWildcards(loaded.module);
        this.applyDataclasses(loaded.module, loaded.module);
      }
    }
    if (loaded.kind === 'module') {
      for (const read of this.trackers) for (const file of loaded.files) read.add(file);
    }
    return loaded;
  }

  private analyse(found: ModuleSource, name: string): Loaded {
    const result = visitModule({ name, source: found.source, filepath: found.filepath, isPackage: found.isPackage });
    if (result.kind === 'error') return { kind: 'error', reason: `${found.filepath ?? name}:${result.line}:${result.column}: the Python parser could not read this module (a syntax error, or syntax newer than it knows)` };
    const files = found.filepath === undefined ? [] : [found.filepath];
    if (found.stubs) {
      const stubs = visitModule({ name, source: found.stubs.source, filepath: found.stubs.filepath, isPackage: found.isPackage });
      if (stubs.kind === 'error') return { kind: 'error', reason: `${found.stubs.filepath}:${stubs.line}:${stubs.column}: the Python parser could not read this stub file (a syntax error, or syntax newer than it knows)` };
      mergeStubs(result.module, stubs.module);
      files.push(found.stubs.filepath);
    }
    return { kind: 'module', module: result.module, files };
  }

  /** griffe's exports expansion: `__all__ = [...] + sub.__all__` adds what `sub`'s `__all__` lists, `sub` looked up among the module's names. */
  private expandExports(module: PyModule): void {
    for (const name of module.exportsFrom) {
      const found = this.lookup(`${module.path}.${name}`, 0);
      if (found.kind === 'found' && found.object.kind === 'module' && found.object !== module) module.exports = [...(module.exports ?? []), ...(found.object.exports ?? [])];
    }
  }

  /**
   * griffe's wildcard expansion: `from x import *` binds the names `x` exposes (its `__all__`, else
   * its names without a leading underscore) as aliases, over members bound on earlier lines.
   */
  private expandWildcards(module: PyModule): void {
    for (const wildcard of module.wildcards) {
      const target = this.lookup(wildcard.target, 0);
      if (target.kind !== 'found' || target.object.kind !== 'module') continue;
      const source = target.object;
      const names = source.exports ?? [...source.members.keys()].filter((name) => !name.startsWith('_'));
      for (const name of names) {
        const existing = module.members.get(name);
        if (existing && existing.lineno > wildcard.lineno) continue;
        const path = `${source.path}.${name}`;
        if (path === `${module.path}.${name}`) continue;
        module.members.set(name, { kind: 'alias', name, target: path, lineno: wildcard.lineno, wildcard: true });
      }
    }
  }

  /** The dataclasses extension over a module's classes (and classes nested in them). */
  private applyDataclasses(scope: PyModule | PyClass, module: PyModule): void {
    for (const member of [...scope.members.values()]) {
      if (member.kind !== 'class') continue;
      const cls = { object: member, module };
      applyDataclass(member, mro(cls, (base, owner) => this.resolveBase(base, owner)));
      this.applyDataclasses(member, module);
    }
  }
}
