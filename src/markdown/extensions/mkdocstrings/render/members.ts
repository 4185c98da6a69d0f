/**
 * Which members of a module or class are drawn, in which order: mkdocstrings-python's
 * `children.html` with its `filter_objects` and `order_members` filters, over griffe's
 * `all_members` (declared members, a class's inherited ones, a package's submodules).
 *
 * - `inherited_members`: false (default) none of a class's inherited members, true all, a list
 *   those names (always kept, whatever the filters say);
 * - `members` (the root object's only): false or `[]` none but the listed inherited ones, true
 *   all (no filters), a list exactly those names in that order, else all that pass `filters`
 *   (default `["!^_[^_]"]`: no `_private`);
 * - without `show_if_no_docstring`, only objects with a docstring (their own or a member's);
 * - an imported name only when it is public (listed in `__all__`) and found on the search paths;
 * - submodules only with `show_submodules`, always alphabetical;
 * - `group_by_category` (default): attributes, then classes, then functions, then modules, each
 *   group in `members_order` (alphabetical by default, source order, where inherited members
 *   come last as griffe knows no line of theirs, or `__all__`'s order).
 */
import type { ClassRef } from '../../../../python/inheritance.ts';
import type { PyModule, PyObject } from '../../../../python/model.ts';
import { isSpecial } from '../../../../python/model.ts';
import type { MemberFilter } from '../options.ts';
import type { Documented, RenderContext } from './context.ts';

export interface Member extends Documented {
  readonly name: string;
  readonly imported: boolean;
  readonly inherited: boolean;
  readonly lineno: number;
  /** griffe's `is_public`, which summaries keep to. */
  readonly public: boolean;
}

/** The members `children.html` draws (`summary` false), or those a summary lists (true: public ones only, when no `members` list applies). */
export function selectMembers(parent: Documented, ctx: RenderContext, rootMembers: boolean, summary = false): Member[] {
  const { object } = parent;
  if (object.kind !== 'module' && object.kind !== 'class') return [];
  const list = rootMembers ? ctx.options.members : undefined;
  const chosen = filterObjects(candidates(parent, ctx, list), list, ctx);
  const shown = chosen.filter((member) => {
    if (object.kind === 'class' && member.name === '__init__' && ctx.options.mergeInitIntoClass) return false;
    if (!summary && member.object.kind === 'module' && !ctx.options.showSubmodules) return false;
    // The summary's `check_public=not members_list`; children.html's check, grouped or flat.
    if (summary) return (list !== undefined && list !== false && !(Array.isArray(list) && list.length === 0)) || member.public;
    if (list !== undefined) return true;
    return ctx.options.groupByCategory ? !member.imported || member.public : member.public;
  });
  return order(shown, ctx, Array.isArray(list) && list.length > 0 ? list : undefined, object.kind === 'module' ? object.exports : undefined);
}

/** griffe's `all_members`: declared ones (imports followed), a class's inherited ones, a package's submodules (with `show_submodules`). */
function candidates(parent: Documented, ctx: RenderContext, list: boolean | readonly string[] | undefined): Member[] {
  const { object } = parent;
  if (object.kind !== 'module' && object.kind !== 'class') return [];
  const exports = object.kind === 'module' ? object.exports : undefined;
  const out: Member[] = [];
  const add = (name: string, found: { object: PyObject; module: PyModule }, flags: { imported: boolean; inherited: boolean; lineno: number }) => {
    // A submodule is public unless its name is private, whatever `__all__` says.
    const submodule = found.object.kind === 'module' && !flags.imported;
    out.push({ name, object: found.object, module: found.module, path: `${parent.path}.${name}`, ...flags, public: submodule ? !name.startsWith('_') : isPublic(name, flags.imported, exports) });
  };
  if (object.kind === 'class' && ctx.options.inheritedMembers !== false) {
    for (const [name, member] of ctx.python.inheritedMembers({ object, module: parent.module })) add(name, member, { imported: false, inherited: true, lineno: Number.POSITIVE_INFINITY });
  }
  const ancestors = object.kind === 'class' && ctx.options.inheritedDocstrings ? ctx.python.ancestors({ object, module: parent.module }) : [];
  for (const [name, member] of object.members) {
    if (member.kind !== 'alias') {
      add(name, { object: withInheritedDocstring(member, ancestors), module: parent.module }, { imported: false, inherited: false, lineno: member.lineno });
      continue;
    }
    // Imported names lead to the search paths or are not drawn; an imported module is not drawn (not even with show_submodules).
    // One that is not public is never drawn without a members list: it is not followed (nor its module read).
    // A name a wildcard import bound is not "imported" to griffe (it is not in the module's imports).
    const imported = member.wildcard !== true;
    if (list === undefined && !isPublic(name, imported, exports)) continue;
    const found = ctx.python.resolveAlias(member);
    if (found && found.object.kind !== 'module') add(name, found, { imported, inherited: false, lineno: member.lineno });
  }
  // A module summary lists submodules even when they are not drawn.
  if (object.kind === 'module' && (ctx.options.showSubmodules || ctx.options.summary.modules)) {
    for (const sub of ctx.python.submodules(object)) if (!object.members.has(sub.name)) add(sub.name, { object: sub.module, module: sub.module }, { imported: false, inherited: false, lineno: 0 });
  }
  return out;
}

/** griffe-inherited-docstrings: a member without a docstring takes the one of the nearest ancestor's member of that name. */
function withInheritedDocstring<T extends PyObject>(member: T, ancestors: readonly ClassRef[]): T {
  if (member.docstring !== undefined) return member;
  for (const ancestor of ancestors) {
    const same = ancestor.object.members.get(member.name);
    if (same && same.kind !== 'alias' && same.docstring !== undefined) return { ...member, docstring: same.docstring };
  }
  return member;
}

/** mkdocstrings-python's `do_filter_objects`. */
function filterObjects(members: readonly Member[], list: boolean | readonly string[] | undefined, ctx: RenderContext): Member[] {
  const wanted = ctx.options.inheritedMembers;
  const specified = Array.isArray(wanted);
  let objects = members.filter((member) => !member.inherited || wanted === true || (Array.isArray(wanted) && wanted.includes(member.name)));
  if (list === true) return objects;
  if (list === false || (Array.isArray(list) && list.length === 0)) return objects.filter((member) => member.inherited);
  if (Array.isArray(list)) return objects.filter((member) => list.includes(member.name) || (specified && member.inherited));
  objects = objects.filter((member) => keep(member.name, ctx.options.filters) || (specified && member.inherited));
  if (!ctx.options.showIfNoDocstring) objects = objects.filter((member) => hasDocstrings(member.object, ctx) || (specified && member.inherited));
  return objects;
}

/**
 * mkdocstrings-python's `do_order_members`, then `children.html`'s categories: the first of the
 * `members_order` methods that applies (`__all__` needs a module's `__all__`; names it does not
 * list go last), names in Python's code point order.
 */
function order(members: readonly Member[], ctx: RenderContext, explicit: readonly string[] | undefined, exports: readonly string[] | undefined): Member[] {
  const byName = (a: Member, b: Member) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const method = ctx.options.membersOrder.find((candidate) => candidate !== '__all__' || exports !== undefined) ?? 'none';
  const rank = (member: Member) => {
    const index = exports?.indexOf(member.name) ?? -1;
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  };
  const compare = method === 'source' ? (a: Member, b: Member) => (a.lineno === b.lineno ? 0 : a.lineno < b.lineno ? -1 : 1) : method === '__all__' ? (a: Member, b: Member) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1) : method === 'alphabetical' ? byName : () => 0;
  const sorted = explicit ? explicit.flatMap((name) => members.filter((member) => member.name === name)) : [...members].sort(compare);
  if (!ctx.options.groupByCategory) return sorted;
  // Submodules are always in alphabetical order under categories.
  const category = (member: Member) => ['attribute', 'class', 'function', 'module'].indexOf(member.object.kind);
  const modules = (a: Member, b: Member) => (explicit === undefined && a.object.kind === 'module' && b.object.kind === 'module' ? byName(a, b) : 0);
  return sorted.map((member, index) => ({ member, index })).sort((a, b) => category(a.member) - category(b.member) || modules(a.member, b.member) || a.index - b.index).map(({ member }) => member);
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

/** griffe's `has_docstrings`: its own docstring or any member's (imports not followed; a package's submodules with show_submodules). */
function hasDocstrings(object: PyObject, ctx: RenderContext): boolean {
  if (object.docstring !== undefined) return true;
  if (object.kind !== 'module' && object.kind !== 'class') return false;
  for (const member of object.members.values()) if (member.kind !== 'alias' && hasDocstrings(member, ctx)) return true;
  if (object.kind === 'module' && ctx.options.showSubmodules) return ctx.python.submodules(object).some((sub) => hasDocstrings(sub.module, ctx));
  return false;
}

/** griffe's `is_public`: listed in `__all__` when the module has a non-empty one, else neither private (`_x`) nor imported. */
function isPublic(name: string, imported: boolean, exports: readonly string[] | undefined): boolean {
  if (exports && exports.length > 0) return exports.includes(name);
  if (name.startsWith('_') && !isSpecial(name)) return false;
  return !imported;
}
