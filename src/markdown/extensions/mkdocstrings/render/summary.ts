/**
 * The `summary` option: mkdocstrings-python's `summary.html` and `summary/*.html` templates, a
 * module's or class's members listed above them as docstring sections (modules, classes,
 * functions, then attributes; a class's functions titled "Methods:"), each name linked to the
 * member's heading and described by the first line of its docstring.
 *
 * ```html
 * <p><span class="doc-section-title">Classes:</span></p>
 * <table><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody>
 * <tr class="doc-section-item"><td><code><autoref identifier="pkg.mod.Cart">Cart</autoref></code></td>
 * <td><div class="doc-md-description"><p>A cart.</p></div></td></tr></tbody></table>
 * ```
 * The members are those the page draws (the same filters, `members` list and order), public
 * ones only unless a `members` list names them. A name links through autorefs (the `<autoref>`
 * marker the site resolves); a submodule not drawn (no `show_submodules`) is not linked, as
 * autorefs leaves an optional reference it cannot resolve.
 */
import type { ElementContent } from 'hast';
import type { DocstringSection, NamedItem } from '../../../../python/docstrings/sections.ts';
import { element, text } from '../../superfences/hast.ts';
import type { SummaryKind } from '../options.ts';
import type { Documented, RenderContext } from './context.ts';
import { renderSections } from './docstring.ts';
import { expressionsOf } from './expression.ts';
import { selectMembers, type Member } from './members.ts';

const KINDS: ReadonlyArray<readonly [SummaryKind, Member['object']['kind'], DocstringSection['kind']]> = [
  ['modules', 'module', 'modules'],
  ['classes', 'class', 'classes'],
  ['functions', 'function', 'functions'],
  ['attributes', 'attribute', 'attributes'],
];

export function renderSummary(item: Documented, ctx: RenderContext, rootMembers: boolean, show: (annotation: string) => string): ElementContent[] {
  const { object } = item;
  if (object.kind !== 'module' && object.kind !== 'class') return [];
  if (!Object.values(ctx.options.summary).some(Boolean)) return [];
  const members = selectMembers(item, ctx, rootMembers, true);
  // The attributes' types, resolved in the module's or class's scope (each attribute's own reaches it).
  const expressions = expressionsOf(item, ctx);
  const out: ElementContent[] = [];
  for (const [option, kind, sectionKind] of KINDS) {
    if (!ctx.options.summary[option]) continue;
    const group = members.filter((member) => member.object.kind === kind);
    if (group.length === 0) continue;
    const items: NamedItem[] = group.map((member) => ({
      name: member.name,
      annotation: member.object.kind === 'attribute' && member.object.annotation !== undefined ? show(member.object.annotation) : undefined,
      description: member.object.docstring?.value.split('\n')[0] ?? '',
    }));
    // Attributes keep their type apart; the other sections show the name (an annotation would replace it).
    const section: DocstringSection =
      sectionKind === 'attributes' ? { kind: 'attributes', title: undefined, items } : { kind: sectionKind === 'functions' ? 'functions' : sectionKind === 'classes' ? 'classes' : 'modules', title: undefined, items: items.map((entry) => ({ ...entry, annotation: undefined })) };
    const linked = kind !== 'module' || ctx.options.showSubmodules;
    const names = (name: string): ElementContent[] => {
      const identifier = `${item.path}.${name}`;
      return [linked ? element('autoref', { identifier }, [text(name)]) : element('span', { title: identifier }, [text(name)])];
    };
    out.push(...renderSections([section], ctx, names, object.kind === 'class', expressions));
  }
  return out;
}
