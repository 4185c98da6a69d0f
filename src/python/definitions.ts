/**
 * Function and class definitions as griffe's visitor reads them: parameters with their kinds,
 * annotations and defaults, the return annotation, decorators (and the labels they give:
 * `property`, `staticmethod`, `classmethod`, `cached`, `abstractmethod`, `dataclass`, `async`)
 * and a class's bases.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Parameter, ParameterKind } from './model.ts';
import { annotationText, children, expressionText, splitAtCommas, typeDefText, type SourceText } from './syntax.ts';

/** griffe's builtin and stdlib decorators, by the path a decorator's callable resolves to. */
const DECORATOR_LABELS: ReadonlyMap<string, readonly string[]> = new Map([
  ['property', ['property']],
  ['staticmethod', ['staticmethod']],
  ['classmethod', ['classmethod']],
  ['abc.abstractmethod', ['abstractmethod']],
  ['functools.cache', ['cached']],
  ['functools.cached_property', ['cached', 'property']],
  ['cached_property.cached_property', ['cached', 'property']],
  ['functools.lru_cache', ['cached']],
  ['dataclasses.dataclass', ['dataclass']],
]);

const OVERLOADS = new Set(['typing.overload', 'typing_extensions.overload']);

/** A decorator as written (`functools.lru_cache(maxsize=2)`) and the path of what it calls, through the module's imports. */
export interface Decorator {
  readonly text: string;
  readonly callablePath: string;
}

export function readDecorators(source: SourceText, nodes: readonly SyntaxNode[], imports: ReadonlyMap<string, string>): Decorator[] {
  return nodes.map((node) => {
    const parts = children(node).filter((child) => child.name !== 'At');
    const text = expressionText(source, parts) ?? '';
    const callee = text.split('(')[0]?.trim() ?? '';
    const [head = '', ...rest] = callee.split('.');
    const resolved = imports.get(head);
    return { text, callablePath: resolved === undefined ? callee : [resolved, ...rest].join('.') };
  });
}

export function decoratorLabels(decorators: readonly Decorator[]): Set<string> {
  const labels = new Set<string>();
  for (const decorator of decorators) for (const label of DECORATOR_LABELS.get(decorator.callablePath) ?? []) labels.add(label);
  return labels;
}

export function isOverload(decorators: readonly Decorator[]): boolean {
  return decorators.some((decorator) => OVERLOADS.has(decorator.callablePath) || decorator.callablePath === 'overload');
}

/** `@name.setter` / `@name.deleter` of a property `name`: which one. */
export function propertyAccessor(decorators: readonly Decorator[], name: string): 'setter' | 'deleter' | undefined {
  for (const decorator of decorators) {
    if (decorator.callablePath === `${name}.setter`) return 'setter';
    if (decorator.callablePath === `${name}.deleter`) return 'deleter';
  }
  return undefined;
}

/**
 * A `ParamList`'s parameters. A `/` is no node of the tree: a group with no node between two
 * commas is it (all parameters before it are positional-only); a lone `*` starts the keyword-only ones.
 */
export function readParameters(source: SourceText, paramList: SyntaxNode): Parameter[] {
  const inner = children(paramList).filter((child) => child.name !== '(' && child.name !== ')');
  const parameters: Array<{ -readonly [K in keyof Parameter]: Parameter[K] }> = [];
  let keywordOnly = false;
  for (const group of splitAtCommas(inner)) {
    const first = group[0];
    if (!first) {
      if (parameters.length > 0) for (const parameter of parameters) parameter.kind = 'positional-only';
      continue;
    }
    let kind: ParameterKind = keywordOnly ? 'keyword-only' : 'positional or keyword';
    let rest = group;
    if (first.name === '*' || first.name === '**') {
      rest = group.slice(1);
      if (rest.length === 0) {
        keywordOnly = true;
        continue;
      }
      kind = first.name === '*' ? 'variadic positional' : 'variadic keyword';
      if (first.name === '*') keywordOnly = true;
    }
    const nameNode = rest[0];
    if (nameNode?.name !== 'VariableName') continue;
    const typeDef = rest.find((node) => node.name === 'TypeDef');
    const assign = rest.findIndex((node) => node.name === 'AssignOp');
    parameters.push({
      name: source.slice(nameNode.from, nameNode.to),
      kind,
      annotation: typeDef ? typeDefText(source, typeDef) : undefined,
      default: assign < 0 ? undefined : expressionText(source, rest.slice(assign + 1)),
    });
  }
  return parameters;
}

/** A class's bases: its arguments that are not keywords (`metaclass=...`). */
export function readBases(source: SourceText, argList: SyntaxNode | undefined): string[] {
  if (!argList) return [];
  const inner = children(argList).filter((child) => child.name !== '(' && child.name !== ')');
  return splitAtCommas(inner)
    .filter((group) => group.length > 0 && !group.some((node) => node.name === 'AssignOp') && group[0]?.name !== '**')
    .map((group) => annotationText(source, group) ?? '')
    .filter((base) => base !== '');
}

/**
 * The keyword arguments of a call written as text (`dataclass(kw_only=True)`,
 * `field(default_factory=list)`) → `{ kw_only: 'True' }`, values as written; undefined when the
 * text is no call. Positional and unpacked arguments are left out.
 */
export function callArguments(text: string): Map<string, string> | undefined {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) return undefined;
  const args = new Map<string, string>();
  for (const part of splitTopLevel(text.slice(open + 1, -1))) {
    const match = /^([A-Za-z_]\w*)\s*=(?!=)\s*([^]*)$/.exec(part.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) args.set(match[1], match[2].trim());
  }
  return args;
}

/** Text split at the commas outside brackets and strings. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (quote !== undefined) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== '');
}
