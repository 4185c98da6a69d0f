/**
 * An expression's text (an annotation, a default, a base) split as griffe's expressions split
 * it for mkdocstrings-python's `expression.html` template: the names in it (`ExprName`, and
 * dotted chains of names: `ExprAttribute`) and a call's keyword arguments (`ExprKeyword`) apart
 * from the text around them, which stays as written. Each name then gets its canonical path
 * from the scope of the object it belongs to (scopes.ts), as `ExprName.canonical_path` does.
 *
 * ```py
 * Optional[typing.List["Cart"]] | None
 * # -> 'Optional' '[' typing.List '[' 'Cart' ']]' ' | None'   (names quoted: Optional, typing.List, Cart)
 * field(default=1)
 * # -> 'field' '(' keyword default of field '=1)'
 * ```
 * A string in an annotation is read as the expression it holds (griffe's `parse_strings`), but
 * not in `Literal[...]` nor in a value. Text that is no Python expression (a docstring's
 * `list of str`) is one piece of text, as griffe keeps an annotation it cannot compile.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { stringValue } from './string-literal.ts';
import { children } from './syntax.ts';

/** A name or a dotted chain of names as written (`['typing', 'List']`). */
export interface NameChain {
  readonly names: readonly string[];
}

/** A keyword argument's name, and the names of what is called when they are a chain (`dataclasses.field`). */
export interface Keyword {
  readonly keyword: string;
  readonly callee: NameChain | undefined;
}

export type ExpressionPart = string | NameChain | Keyword;

/** A name or dotted name, the most common annotation: read without parsing (unless a keyword: `None`). */
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** Splits kept by text, as the same annotations come back all over a package (`str`, `Optional[int]`); bounded. */
const cache = new Map<string, readonly ExpressionPart[]>();
const CACHE_SIZE = 4096;

/** `annotation`: strings are parsed as the expressions they hold (outside `Literal[...]`). */
export function splitExpression(text: string, annotation: boolean): readonly ExpressionPart[] {
  if (DOTTED.test(text)) return text.split('.').some((name) => KEYWORDS.has(name)) ? [text] : [{ names: text.split('.') }];
  const key = `${annotation ? 'a' : 'v'}${text}`;
  let parts = cache.get(key);
  if (parts === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    parts = parse(text, annotation);
    cache.set(key, parts);
  }
  return parts;
}

function parse(text: string, annotation: boolean): ExpressionPart[] {
  const tree = parser.parse(text);
  const top = tree.topNode.firstChild;
  let broken = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) broken = true;
      return !broken;
    },
  });
  if (broken || top?.name !== 'ExpressionStatement' || top.nextSibling !== null || top.from !== 0) return [text];
  const parts: ExpressionPart[] = [];
  let at = 0;
  const emit = (node: SyntaxNode, replacement: readonly ExpressionPart[]) => {
    if (node.from > at) pushText(parts, text.slice(at, node.from));
    for (const part of replacement) if (typeof part === 'string') pushText(parts, part);
    else parts.push(part);
    at = node.to;
  };
  const visit = (node: SyntaxNode, inLiteral: boolean) => {
    const chain = nameChain(node, text);
    if (chain) return emit(node, [chain]);
    if (isKeywordName(node)) {
      const call = node.parent?.parent;
      const callee = call?.name === 'CallExpression' && call.firstChild ? nameChain(call.firstChild, text) : undefined;
      return emit(node, [{ keyword: text.slice(node.from, node.to), callee }]);
    }
    if (node.name === 'String' && annotation && !inLiteral) {
      const value = stringValue(text.slice(node.from, node.to));
      const inner = value === undefined ? undefined : splitExpression(value.trim(), true);
      if (inner && inner.some((part) => typeof part !== 'string')) return emit(node, inner);
    }
    const literal = inLiteral || (node.name === 'MemberExpression' && isLiteralSubscript(node, text));
    for (const child of children(node)) visit(child, literal);
  };
  visit(top, false);
  if (text.length > at) pushText(parts, text.slice(at));
  return parts;
}

function pushText(parts: ExpressionPart[], value: string): void {
  const last = parts.at(-1);
  if (typeof last === 'string') parts[parts.length - 1] = last + value;
  else parts.push(value);
}

/** `name` in `f(name=value)`: no name of the scope, but the called function's parameter. */
function isKeywordName(node: SyntaxNode): boolean {
  return node.name === 'VariableName' && node.nextSibling?.name === 'AssignOp' && node.parent?.name === 'ArgList';
}

/** A VariableName, or `a.b.c` whose head is one (a call's or a subscript's attribute is not a chain). */
function nameChain(node: SyntaxNode, text: string): NameChain | undefined {
  if (node.name === 'VariableName') return isKeywordName(node) ? undefined : { names: [text.slice(node.from, node.to)] };
  if (node.name !== 'MemberExpression') return undefined;
  const [object, dot, property, ...rest] = children(node);
  if (!object || dot?.name !== '.' || property?.name !== 'PropertyName' || rest.length > 0) return undefined;
  const head = nameChain(object, text);
  return head ? { names: [...head.names, text.slice(property.from, property.to)] } : undefined;
}

/** `Literal[...]` (`typing.Literal`, `typing_extensions.Literal`): its strings stay strings. */
function isLiteralSubscript(node: SyntaxNode, text: string): boolean {
  const [object, bracket] = children(node);
  if (!object || bracket?.name !== '[') return false;
  return nameChain(object, text)?.names.at(-1) === 'Literal';
}
