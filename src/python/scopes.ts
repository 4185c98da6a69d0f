/**
 * griffe's name resolution (`Object.resolve`, read by `ExprName.canonical_path`): a name in an
 * object's annotation, default or base resolves in that object's scope, then its parents' up to
 * its module:
 *
 * - a member of the scope: its path, or for an imported name the path it imports
 *   (`from .models import User` -> `pkg.models.User`);
 * - the name of the enclosing class (not module): that class's path;
 * - nothing found at the module: the name stays as written (`str`, an unknown name).
 *
 * A dotted chain resolves its first name and appends the rest (`models.User` ->
 * `pkg.models.User`).
 */
import type { NameChain } from './expressions.ts';
import type { PyModule, PyObject } from './model.ts';

/** An object of the chain from the documented object up to its module, with its path. */
interface Level {
  readonly object: PyObject;
  readonly path: string;
}

export class Scope {
  private readonly levels: readonly Level[];

  /** `object`'s scope in `module`, the module that defines it (the module's own when not found there). */
  constructor(module: PyModule, object: PyObject) {
    this.levels = (object === module ? undefined : find(module, object, module.path)) ?? [{ object: module, path: module.path }];
  }

  /** The canonical path of each name of the chain (`a`, `a.b`, `a.b.c`), as griffe's ExprName gives them. */
  canonicalPaths(chain: NameChain): string[] {
    const [first = '', ...rest] = chain.names;
    const paths = [this.resolve(first) ?? first];
    for (const name of rest) paths.push(`${paths.at(-1) ?? ''}.${name}`);
    return paths;
  }

  /** griffe's `Object.resolve` from the innermost level out; undefined when no level knows the name. */
  resolve(name: string): string | undefined {
    for (let i = 0; i < this.levels.length; i++) {
      const { object, path } = this.levels[i] as Level;
      const member = object.kind === 'module' || object.kind === 'class' ? object.members.get(name) : undefined;
      if (member) return member.kind === 'alias' ? member.target : `${path}.${name}`;
      const parent = this.levels[i + 1];
      if (!parent) return undefined;
      if (parent.object.kind !== 'module' && parent.object.name === name) return parent.path;
    }
    return undefined;
  }
}

/** The levels from `object` up to `scope`, when `object` is declared in it (depth first). */
function find(scope: PyModule | PyObject, object: PyObject, path: string): Level[] | undefined {
  if (scope.kind !== 'module' && scope.kind !== 'class') return undefined;
  for (const [name, member] of scope.members) {
    if (member.kind === 'alias') continue;
    const memberPath = `${path}.${name}`;
    if (member === object) return [{ object, path: memberPath }, { object: scope, path }];
    const inner = find(member, object, memberPath);
    if (inner) return [...inner, { object: scope, path }];
  }
  return undefined;
}
