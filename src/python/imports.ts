/**
 * Import statements as griffe's visitor records them: each imported name is an alias to an
 * absolute dotted path (relative imports resolved against the module), `import a.b` binding `a`.
 *
 * ```py
 * from .models import User as Account   # in pkg/api.py  ->  Account → pkg.models.User
 * import os.path                          #                ->  os → os
 * ```
 * `from x import *` is an alias named `*` to the module `x`: the collection expands it once `x`
 * is read (its `__all__`, else its public names), as griffe expands wildcards after loading.
 * In a package's `__init__.py`, `from . import sub` is the submodule itself, no alias.
 */
import type { SyntaxNode } from '@lezer/common';
import type { PyAlias } from './model.ts';
import { children, type SourceText } from './syntax.ts';

export function readImport(source: SourceText, node: SyntaxNode, module: { readonly name: string; readonly isPackage: boolean }): PyAlias[] {
  const parts = children(node);
  const lineno = source.line(node.from);
  const text = (child: SyntaxNode) => source.slice(child.from, child.to);
  if (parts[0]?.name === 'from') {
    const importAt = parts.findIndex((child) => child.name === 'import');
    if (importAt < 0) return [];
    const from = parts.slice(1, importAt);
    const level = from.filter((child) => child.name === '.').length + from.filter((child) => child.name === 'Ellipsis').length * 3;
    const dotted = from.filter((child) => child.name === 'VariableName').map(text).join('.');
    const base = absoluteBase(module, level);
    if (base === undefined) return [];
    const prefix = [base, dotted].filter((piece) => piece !== '').join('.');
    const aliases: PyAlias[] = [];
    const names = parts.slice(importAt + 1);
    if (names.length === 1 && names[0]?.name === '*') return prefix === '' ? [] : [{ kind: 'alias', name: '*', target: prefix, lineno }];
    for (const group of namesAfter(names)) {
      const [name, , asName] = group;
      if (!name || name.name !== 'VariableName') continue;
      const bound = asName ? text(asName) : text(name);
      if (level === 1 && dotted === '' && !asName && module.isPackage) continue;
      aliases.push({ kind: 'alias', name: bound, target: `${prefix}.${text(name)}`, lineno });
    }
    return aliases;
  }
  // import a.b.c [as d], e
  const aliases: PyAlias[] = [];
  for (const group of namesAfter(parts.slice(1))) {
    const asAt = group.findIndex((child) => child.name === 'as');
    const names = (asAt < 0 ? group : group.slice(0, asAt)).filter((child) => child.name === 'VariableName').map(text);
    const asName = asAt < 0 ? undefined : group[asAt + 1];
    const first = names[0];
    if (first === undefined) continue;
    if (asName) aliases.push({ kind: 'alias', name: text(asName), target: names.join('.'), lineno });
    else aliases.push({ kind: 'alias', name: first, target: first, lineno });
  }
  return aliases;
}

/** The imported names, split at commas, parentheses dropped: `[name]` or `[name, as, alias]` (dotted names keep their dots). */
function namesAfter(parts: readonly SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const child of parts) {
    if (child.name === '(' || child.name === ')') continue;
    if (child.name === ',') groups.push([]);
    else groups.at(-1)?.push(child);
  }
  return groups.filter((group) => group.length > 0);
}

/** The package a relative import starts from (`level` dots); undefined when it climbs above the top. */
function absoluteBase(module: { readonly name: string; readonly isPackage: boolean }, level: number): string | undefined {
  if (level === 0) return '';
  const parts = module.name.split('.');
  const packageParts = module.isPackage ? parts : parts.slice(0, -1);
  if (level - 1 > packageParts.length - 1) return undefined;
  return packageParts.slice(0, packageParts.length - (level - 1)).join('.');
}
