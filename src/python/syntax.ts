/**
 * Reading @lezer/python's concrete syntax tree: a node's children, its source text (expressions
 * kept as written, whitespace collapsed as griffe's unparsed expressions are), line numbers, the
 * first syntax error, and string constants (docstrings, `__all__`).
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { stringValue } from './string-literal.ts';

/** A module's text with its line starts, for 1-based line numbers of offsets. */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  column(offset: number): number {
    return offset - (this.lineStarts[this.line(offset) - 1] ?? 0) + 1;
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }
}

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** The expression written over `nodes`, one line: line breaks inside brackets become nothing or a space. */
export function expressionText(source: SourceText, nodes: readonly SyntaxNode[]): string | undefined {
  const first = nodes[0];
  const last = nodes.at(-1);
  if (!first || !last) return undefined;
  return source
    .slice(first.from, last.to)
    .replace(/([([{])\s*\n\s*/g, '$1')
    .replace(/,?\s*\n\s*([)\]}])/g, '$1')
    .replace(/\s*\\?\n\s*/g, ' ')
    .trim();
}

/** A type annotation's text; a string annotation (`"Foo"`) is read as the expression it holds, as griffe does. */
export function annotationText(source: SourceText, nodes: readonly SyntaxNode[]): string | undefined {
  const text = expressionText(source, nodes);
  if (text === undefined) return undefined;
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.name === 'String') return stringValue(text)?.trim() ?? text;
  return text;
}

/** The text of a TypeDef (`: int`, `-> str`) without its `:` (the `->` is no node of its own). */
export function typeDefText(source: SourceText, typeDef: SyntaxNode): string | undefined {
  return annotationText(source, children(typeDef).filter((child) => child.name !== ':'));
}

/** The value of a string constant (a String or implicitly concatenated strings); undefined for anything else. */
export function constantString(source: SourceText, node: SyntaxNode): string | undefined {
  if (node.name === 'String') return stringValue(source.slice(node.from, node.to));
  if (node.name !== 'ContinuedString') return undefined;
  let value = '';
  for (const part of children(node)) {
    if (part.name === 'Comment') continue;
    const piece = part.name === 'String' ? stringValue(source.slice(part.from, part.to)) : undefined;
    if (piece === undefined) return undefined;
    value += piece;
  }
  return value;
}

/** The string of an expression statement that is only a string constant (a docstring). */
export function docstringOf(source: SourceText, statement: SyntaxNode | undefined): string | undefined {
  if (statement?.name !== 'ExpressionStatement') return undefined;
  const parts = children(statement);
  const only = parts.length === 1 ? parts[0] : undefined;
  return only ? constantString(source, only) : undefined;
}

/**
 * The first syntax error of a parse that matters: where the parser had to skip or insert input,
 * outside any function body and any assigned value. Those two (a bare `yield`, `X = 20.`:
 * Python the grammar does not know) are skipped: the parser recovers within them, static
 * analysis reads no function body but `__init__`'s assignments, and a value is kept as written.
 */
export function firstError(tree: Tree): { from: number } | undefined {
  let found: { from: number } | undefined;
  tree.iterate({
    enter(node) {
      if (found) return false;
      if (node.type.isError && !recovered(node.node)) {
        found = { from: node.from };
        return false;
      }
      return undefined;
    },
  });
  return found;
}

function recovered(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.name === 'Body' && parent.parent?.name === 'FunctionDefinition') return true;
    if (parent.name === 'AssignStatement') {
      const op = parent.getChild('AssignOp');
      if (op && node.from >= op.to) return true;
    }
  }
  return false;
}

/** The nodes of a list split at its top-level commas (a parameter list, bases, `__all__`). */
export function splitAtCommas(nodes: readonly SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const node of nodes) {
    if (node.name === ',') groups.push([]);
    else groups.at(-1)?.push(node);
  }
  return groups;
}
