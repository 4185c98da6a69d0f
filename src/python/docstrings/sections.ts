/**
 * A parsed docstring: griffe's section kinds, which mkdocstrings-python's `docstring/*.html`
 * templates draw one by one. Descriptions are Markdown (the page's extensions render them).
 */
import type { Parameter } from '../model.ts';

export interface NamedItem {
  readonly name: string;
  readonly annotation: string | undefined;
  readonly description: string;
}

export interface ParameterItem extends NamedItem {
  readonly default: string | undefined;
}

export interface TypedItem {
  readonly annotation: string | undefined;
  readonly description: string;
}

/** `['text', markdown]` or `['examples', pycon code]`: the parts of an Examples section. */
export type ExamplePart = readonly ['text' | 'examples', string];

export type DocstringSection =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'parameters' | 'other parameters'; readonly title: string | undefined; readonly items: readonly ParameterItem[] }
  | { readonly kind: 'attributes' | 'returns' | 'yields' | 'receives'; readonly title: string | undefined; readonly items: readonly NamedItem[] }
  | { readonly kind: 'functions' | 'classes' | 'modules'; readonly title: string | undefined; readonly items: readonly NamedItem[] }
  | { readonly kind: 'raises' | 'warns'; readonly title: string | undefined; readonly items: readonly TypedItem[] }
  | { readonly kind: 'examples'; readonly title: string | undefined; readonly items: readonly ExamplePart[] }
  | { readonly kind: 'admonition'; readonly type: string; readonly title: string; readonly text: string };

/** What the docstring's owner tells the parser: types and defaults a section leaves out come from the signature. */
export interface DocstringOwner {
  readonly parameters?: readonly Parameter[] | undefined;
  /** A function's return annotation, or an attribute's annotation. */
  readonly returns?: string | undefined;
  /** The annotation of a member attribute (an Attributes section's item with no type). */
  readonly memberAnnotation?: ((name: string) => string | undefined) | undefined;
  /** griffe's `trim_doctest_flags` parser option (on by default): doctest flags and `<BLANKLINE>` left out of examples. */
  readonly trimDoctestFlags?: boolean | undefined;
}

export const DOCSTRING_STYLES = ['google', 'numpy', 'sphinx'] as const;
export type DocstringStyle = (typeof DOCSTRING_STYLES)[number];

/** The parameter of the signature a documented one names (`*args` for `args`, as griffe looks them up). */
export function signatureParameter(owner: DocstringOwner, name: string): Parameter | undefined {
  const bare = name.replace(/^\*{1,2}/, '');
  return owner.parameters?.find((parameter) => parameter.name === bare);
}

/**
 * The element of a subscripted annotation: `tuple[int, str]`'s `str` at index 1, `Iterator[int]`'s
 * `int`, `Generator[Y, S, R]`'s Y (yields), S (receives) or R; undefined when it has none.
 */
export function annotationElements(annotation: string | undefined): { readonly head: string; readonly elements: readonly string[] } | undefined {
  const match = annotation === undefined ? null : /^([\w.]+)\[([^]*)\]$/.exec(annotation.trim());
  if (!match) return undefined;
  const elements: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of match[2] ?? '') {
    if (char === '[' || char === '(') depth++;
    if (char === ']' || char === ')') depth--;
    if (char === ',' && depth === 0) {
      elements.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim() !== '') elements.push(current.trim());
  return { head: (match[1] ?? '').split('.').at(-1) ?? '', elements };
}

const ITERATORS = new Set(['Iterator', 'Iterable', 'AsyncIterator', 'AsyncIterable']);
const GENERATORS = new Set(['Generator', 'AsyncGenerator']);

/** The type a generator function yields (`Iterator[X]`, `Generator[X, ...]`). */
export function yieldedType(returns: string | undefined): string | undefined {
  const parsed = annotationElements(returns);
  if (!parsed) return undefined;
  if (ITERATORS.has(parsed.head) || GENERATORS.has(parsed.head)) return parsed.elements[0];
  return undefined;
}

/** The type a generator receives (`Generator[Y, S, R]`'s S). */
export function receivedType(returns: string | undefined): string | undefined {
  const parsed = annotationElements(returns);
  return parsed && GENERATORS.has(parsed.head) ? parsed.elements[1] : undefined;
}

/** The `index`-th of several returned values: an element of a `tuple[...]` return annotation. */
export function returnedType(returns: string | undefined, index: number, count: number): string | undefined {
  if (count <= 1) return returns;
  const parsed = annotationElements(returns);
  return parsed && (parsed.head === 'tuple' || parsed.head === 'Tuple') ? parsed.elements[index] : undefined;
}
