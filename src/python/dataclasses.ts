/**
 * griffe's built-in dataclasses extension: a class decorated with `@dataclass` that defines no
 * `__init__` gets the one Python generates, its fields as parameters (those of dataclass
 * ancestors first), and `InitVar` fields stop being members.
 *
 * ```py
 * @dataclass
 * class Point:              ->  __init__(self, x: int, y: int = 0, *, tags: list = list()) -> None
 *     x: int
 *     y: int = 0
 *     _: KW_ONLY
 *     tags: list = field(default_factory=list)
 * ```
 * Fields are annotated attributes, not properties nor `ClassVar`s; `field(init=False)` and
 * `@dataclass(init=False)` leave them out, `kw_only` (the decorator's, a field's, or after
 * `KW_ONLY`) makes them keyword-only. Subclasses of dataclasses get the `dataclass` label.
 */
import { callArguments } from './definitions.ts';
import type { ClassRef } from './inheritance.ts';
import type { Parameter, PyClass, PyFunction } from './model.ts';

/** Applies the extension to `cls` (its MRO given, nearest first). */
export function applyDataclass(cls: PyClass, ancestors: readonly ClassRef[]): void {
  if (cls.members.has('__init__')) return;
  const parameters: Parameter[] = [];
  for (const parent of [...ancestors].reverse()) {
    if (!parent.object.dataclass) continue;
    parameters.push(...fields(parent.object));
    cls.labels.add('dataclass');
  }
  if (!cls.dataclass) return;
  parameters.push(...fields(cls));
  const init: PyFunction = {
    kind: 'function',
    name: '__init__',
    lineno: 0,
    endLineno: 0,
    docstring: undefined,
    labels: new Set(),
    parameters: [{ name: 'self', kind: 'positional or keyword', annotation: undefined, default: undefined }, ...reorder(parameters)],
    returns: 'None',
    decorators: [],
    overloads: [],
  };
  cls.members.set('__init__', init);
  for (const [name, member] of cls.members) if (member.kind === 'attribute' && member.annotation !== undefined && /^(dataclasses\.)?InitVar\b/.test(member.annotation)) cls.members.delete(name);
}

function fields(cls: PyClass): Parameter[] {
  const options = cls.dataclass;
  if (!options || options.get('init') === 'False') return [];
  let keywordOnly = options.get('kw_only') === 'True';
  const out: Parameter[] = [];
  for (const member of cls.members.values()) {
    if (member.kind !== 'attribute' || member.annotation === undefined) continue;
    if (member.labels.has('property') || (member.labels.has('class-attribute') && !member.labels.has('instance-attribute'))) continue;
    if (/^(dataclasses\.)?KW_ONLY$/.test(member.annotation)) {
      keywordOnly = true;
      continue;
    }
    const field = fieldArguments(member.value);
    if (field?.get('init') === 'False') continue;
    const factory = field?.get('default_factory');
    out.push({
      name: member.name,
      kind: keywordOnly || field?.get('kw_only') === 'True' ? 'keyword-only' : 'positional or keyword',
      annotation: member.annotation,
      default: factory !== undefined ? `${factory}()` : field ? field.get('default') : member.value,
    });
  }
  return out;
}

/** `field(...)` or `dataclasses.field(...)`'s keyword arguments. */
function fieldArguments(value: string | undefined): Map<string, string> | undefined {
  if (value === undefined || !/^(\w+\.)?field\s*\(/.test(value)) return undefined;
  return callArguments(value);
}

/** Later parameters replace earlier ones of the same name; positional ones first, keyword-only ones last. */
function reorder(parameters: readonly Parameter[]): Parameter[] {
  const byName = new Map<string, Parameter>();
  for (const parameter of parameters) byName.set(parameter.name, parameter);
  const all = [...byName.values()];
  return [...all.filter((p) => p.kind === 'positional-only'), ...all.filter((p) => p.kind === 'positional or keyword'), ...all.filter((p) => p.kind === 'keyword-only')];
}
