/**
 * griffe's stubs merger: a module's `.pyi` file beside its `.py` one is read too, and merged into
 * it. A member both define keeps the source's object with the stub's annotations (parameters,
 * return, attribute type and value other than `...`) and, when the source has none, the stub's
 * docstring; a member of another kind in the stub replaces it; a member only the stub defines is
 * added; the stub's `__all__` wins, and its `@overload` signatures become the source function's.
 * Imported names of the stub never replace the source's.
 *
 * ```py
 * # mod.py: def f(x): """Doc."""      mod.pyi: def f(x: int) -> str: ...
 * # merged: f(x: int) -> str, "Doc."
 * ```
 */
import type { PyClass, PyFunction, PyMember, PyModule } from './model.ts';

export function mergeStubs(module: PyModule, stubs: PyModule): void {
  if (module.docstring === undefined) module.docstring = stubs.docstring;
  if (stubs.exports !== undefined) module.exports = stubs.exports;
  mergeMembers(module, stubs);
}

function mergeMembers(target: PyModule | PyClass, stubs: PyModule | PyClass): void {
  // A stub's overloads (which no implementation follows there) go to the source's function.
  for (const [name, overloads] of stubs.overloads) {
    const fn = target.members.get(name);
    if (fn?.kind === 'function') fn.overloads = overloads;
  }
  for (const [name, stub] of stubs.members) {
    const existing = target.members.get(name);
    if (!existing) {
      target.members.set(name, stub);
      continue;
    }
    if (stub.kind === 'alias') continue;
    if (existing.kind !== stub.kind) {
      target.members.set(name, stub);
      continue;
    }
    mergeMember(existing, stub);
  }
}

function mergeMember(existing: Exclude<PyMember, { kind: 'alias' }>, stub: Exclude<PyMember, { kind: 'alias' }>): void {
  if (existing.docstring === undefined) existing.docstring = stub.docstring;
  if (existing.kind === 'class' && stub.kind === 'class') mergeMembers(existing, stub);
  else if (existing.kind === 'function' && stub.kind === 'function') mergeFunction(existing, stub);
  else if (existing.kind === 'attribute' && stub.kind === 'attribute') {
    existing.annotation = stub.annotation;
    if (stub.value !== undefined && stub.value !== '...') existing.value = stub.value;
  }
}

function mergeFunction(existing: PyFunction, stub: PyFunction): void {
  existing.parameters = existing.parameters.map((parameter) => {
    const typed = stub.parameters.find((other) => other.name === parameter.name);
    return typed ? { ...parameter, annotation: typed.annotation } : parameter;
  });
  existing.returns = stub.returns;
}
