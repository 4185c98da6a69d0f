/**
 * Which members of a module or class are drawn, in which order: mkdocstrings-python's
 * `children.html` with its `filter_objects` and `order_members` filters.
 *
 * - `members` (the root object's only): false none, a list exactly those names (filters not
 *   applied) in that order, else all that pass `filters` (default `["!^_[^_]"]`: no `_private`);
 * - without `show_if_no_docstring`, only objects with a docstring (their own or a member's);
 * - an imported name only when it is public (listed in `__all__`) and found on the search paths;
 * - `group_by_category` (default): attributes, then classes, then functions, each group in
 *   `members_order` (alphabetical by default, or source order).
 * Submodules are never drawn (`show_submodules: false`, the default); nor are inherited members.
 */
import type { PyModule, PyObject } from '../../../../python/model.ts';
import { isSpecial } from '../../../../python/model.ts';
import type { MemberFilter } from '../options.ts';
import type { Documented, RenderContext } from './context.ts';

export interface Member extends Documented {
  readonly name: string;
  readonly imported: boolean;
  readonly lineno: number;
}

export function selectMembers(parent: Documented, ctx: RenderContext, rootMembers: boolean): Member[] {
  const { object } = parent;
  if (object.kind !== 'module' && object.kind !== 'class') return [];
  const list = rootMembers ? ctx.options.members : undefined;
  if (list === false) return [];
  const explicit = Array.isArray(list) ? list : undefined;
  const exports = object.kind === 'module' ? object.exports : undefined;
  const members: Member[] = [];
  for (const [name, member] of object.members) {
    if (explicit && !explicit.includes(name)) continue;
    if (!explicit && !keep(name, ctx.options.filters)) continue;
    let found: { object: PyObject; module: PyModule } | undefined;
    let imported = false;
    if (member.kind === 'alias') {
      // Imported names are drawn only when public, and only when they lead to the search paths.
      if (!explicit && !(exports?.includes(name) ?? false)) continue;
      found = ctx.python.resolveAlias(member);
      imported = true;
    } else found = { object: member, module: parent.module };
    if (!found || found.object.kind === 'module') continue;
    if (!ctx.options.showIfNoDocstring && !hasDocstrings(found.object)) continue;
    if (!explicit && !ctx.options.groupByCategory && !isPublic(name, imported, exports)) continue;
    if (object.kind === 'class' && name === '__init__' && ctx.options.mergeInitIntoClass) continue;
    members.push({ name, object: found.object, module: found.module, path: `${parent.path}.${name}`, imported, lineno: member.lineno });
  }
  return order(members, ctx, explicit);
}

function order(members: Member[], ctx: RenderContext, explicit: readonly string[] | undefined): Member[] {
  const sorted = [...members].sort((a, b) => {
    if (explicit) return explicit.indexOf(a.name) - explicit.indexOf(b.name);
    if (ctx.options.membersOrder === 'source') return a.lineno - b.lineno;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  if (!ctx.options.groupByCategory) return sorted;
  const rank = (member: Member) => (member.object.kind === 'attribute' ? 0 : member.object.kind === 'class' ? 1 : 2);
  return sorted.map((member, index) => ({ member, index })).sort((a, b) => rank(a.member) - rank(b.member) || a.index - b.index).map(({ member }) => member);
}

/** mkdocstrings' `_keep_object`: the last filter that matches decides; none matching keeps, unless every filter only includes. */
function keep(name: string, filters: readonly MemberFilter[]): boolean {
  let decided: boolean | undefined;
  let onlyIncludes = filters.length > 0;
  for (const filter of filters) {
    if (filter.exclude) onlyIncludes = false;
    if (filter.regex.test(name)) decided = !filter.exclude;
  }
  return decided ?? !onlyIncludes;
}

/** griffe's `has_docstrings`: its own docstring or any member's (imports not followed). */
function hasDocstrings(object: PyObject): boolean {
  if (object.docstring !== undefined) return true;
  if (object.kind !== 'module' && object.kind !== 'class') return false;
  for (const member of object.members.values()) if (member.kind !== 'alias' && hasDocstrings(member)) return true;
  return false;
}

/** griffe's `is_public`: listed in `__all__` when the module has one, else neither private (`_x`) nor imported. */
function isPublic(name: string, imported: boolean, exports: readonly string[] | undefined): boolean {
  if (exports) return exports.includes(name);
  if (name.startsWith('_') && !isSpecial(name)) return false;
  return !imported;
}
