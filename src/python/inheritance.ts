/**
 * Class inheritance as griffe computes it: a class's method resolution order (C3 linearization
 * of its bases, each base resolved through the module's names and imports) and its inherited
 * members (the members of the classes of its MRO that it does not declare itself, the nearest
 * class winning).
 *
 * ```py
 * class Base:            # pkg/base.py
 *     def run(self): ...
 * class Main(Base):      # pkg/main.py, after `from .base import Base`
 *     def stop(self): ...
 * ```
 * `mro(Main)` is `[Base]`; `inheritedMembers(Main)` is `{ run: Base.run }`. Bases that cannot be
 * resolved (`object`, a class from a package outside the search paths) are left out, as griffe
 * leaves out what it did not load.
 */
import type { PyClass, PyMember, PyModule } from './model.ts';

/** A class and the module whose source defines it. */
export interface ClassRef {
  readonly object: PyClass;
  readonly module: PyModule;
}

/** A member declared by a class of the MRO. */
export interface InheritedMember {
  readonly object: Exclude<PyMember, { kind: 'alias' }>;
  readonly module: PyModule;
  /** The class that declares it. */
  readonly owner: ClassRef;
}

/** Resolves a base as written in `cls`'s definition (`Base`, `base.Base`) to the class it names. */
export type BaseResolver = (base: string, cls: ClassRef) => ClassRef | undefined;

/** `Generic[T]` → `Generic`; a call or anything but a dotted name → undefined. */
export function baseName(base: string): string | undefined {
  const name = base.split('[')[0]?.trim() ?? '';
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(name) ? name : undefined;
}

/** griffe's `Class.mro()`: the class's ancestors (itself left out), in C3 order; a hierarchy C3 cannot order falls back to depth-first order. */
export function mro(cls: ClassRef, resolve: BaseResolver): ClassRef[] {
  return linearize(cls, resolve, new Set()).slice(1);
}

function linearize(cls: ClassRef, resolve: BaseResolver, visiting: Set<PyClass>): ClassRef[] {
  if (visiting.has(cls.object)) return [cls];
  visiting.add(cls.object);
  const bases = directBases(cls, resolve);
  const sequences = [...bases.map((base) => linearize(base, resolve, visiting)), bases];
  visiting.delete(cls.object);
  return [cls, ...(merge(sequences) ?? depthFirst(sequences))];
}

function directBases(cls: ClassRef, resolve: BaseResolver): ClassRef[] {
  const out: ClassRef[] = [];
  for (const base of cls.object.bases) {
    const found = resolve(base, cls);
    if (found && found.object !== cls.object && !out.some((other) => other.object === found.object)) out.push(found);
  }
  return out;
}

/** C3's merge: undefined when no consistent order exists. */
function merge(sequences: ReadonlyArray<readonly ClassRef[]>): ClassRef[] | undefined {
  const lists = sequences.map((sequence) => [...sequence]).filter((sequence) => sequence.length > 0);
  const out: ClassRef[] = [];
  while (lists.length > 0) {
    const head = lists.map((list) => list[0]).find((candidate) => candidate !== undefined && !lists.some((list) => list.slice(1).some((item) => item.object === candidate.object)));
    if (!head) return undefined;
    out.push(head);
    for (const list of lists) if (list[0]?.object === head.object) list.shift();
    for (let index = lists.length - 1; index >= 0; index--) if (lists[index]?.length === 0) lists.splice(index, 1);
  }
  return out;
}

function depthFirst(sequences: ReadonlyArray<readonly ClassRef[]>): ClassRef[] {
  const out: ClassRef[] = [];
  for (const sequence of sequences) for (const item of sequence) if (!out.some((other) => other.object === item.object)) out.push(item);
  return out;
}

/** griffe's `Class.inherited_members`: by name, the nearest ancestor's member the class does not declare. */
export function inheritedMembers(cls: ClassRef, resolve: BaseResolver): Map<string, InheritedMember> {
  const inherited = new Map<string, InheritedMember>();
  for (const owner of mro(cls, resolve).reverse()) {
    for (const [name, member] of owner.object.members) {
      if (member.kind === 'alias' || cls.object.members.has(name)) continue;
      // Nearer classes come later and replace farther ones, keeping their first place.
      inherited.set(name, { object: member, module: owner.module, owner });
    }
  }
  return inherited;
}
