/**
 * One shared walk for the PyMdown extensions that rewrite text after parsing (smartsymbols,
 * magiclink, escapeall...): every mdast `text` node is offered to a replacer; code, inline code
 * and raw HTML are not `text`, so they are skipped, and so is an autolink's text (`<https://…>`),
 * which Python-Markdown stores atomic.
 *
 * ```ts
 * replaceText(tree, source, /\(c\)/g, (match) => [{ type: 'html', value: '&copy;' }]);
 * // "a (c) b" -> text "a ", html "&copy;", text " b"
 * ```
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from '../core/visit.ts';

declare module 'mdast' {
  interface TextData {
    /**
     * Text a pattern matched but kept as text (PyMdown stashes it): later patterns skip it.
     */
    atomic?: boolean | undefined;
    /**
     * Offsets of characters that were escaped in the source, when the node was rebuilt and its
     * position no longer tells (see flatten.ts).
     */
    escapes?: number[] | undefined;
  }
}

/** A text node later text patterns leave alone. */
export function atomicText(value: string): Text {
  return { type: 'text', value, data: { atomic: true } };
}

/** Replacement for one match, or undefined to leave the match as text. */
export type TextReplacer = (match: RegExpExecArray, node: Text) => PhrasingContent[] | undefined;

/** Node types whose text Python-Markdown never sees again (atomic or stashed). */
export type SkipTest = (node: Nodes, source: string) => boolean;

/** An autolink `<https://…>`: its text is atomic in Python-Markdown. */
export function isAutolink(node: Nodes, source: string): boolean {
  return node.type === 'link' && source[node.position?.start.offset ?? -1] === '<';
}

/**
 * Replaces every match of `pattern` (a global regex) in the tree's text nodes. Matches are
 * found left to right in each node; replaced parts are not searched again.
 */
export function replaceText(tree: Root, source: string, pattern: RegExp, replacer: TextReplacer, skip: SkipTest = isAutolink): void {
  visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
    if (skip(node, source)) return SKIP;
    if (node.type !== 'text' || node.data?.atomic === true || !parent || index === undefined) return undefined;
    const parts = splitText(node, pattern, replacer, escapedOffsets(node, source));
    if (!parts) return undefined;
    const children: Nodes[] = parent.children;
    children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

/** The node split around the replaced matches, or undefined when nothing was replaced. */
export function splitText(node: Text, pattern: RegExp, replacer: TextReplacer, escaped: ReadonlySet<number> = new Set()): PhrasingContent[] | undefined {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  // Python-Markdown has replaced each escaped character by a placeholder before any pattern
  // runs: patterns see neither the character nor a word character there.
  const masked = escaped.size === 0 ? node.value : node.value.split('').map((c, i) => (escaped.has(i) ? PLACEHOLDER : c)).join('');
  let parts: PhrasingContent[] | undefined;
  let last = 0;
  // Pieces of the node keep their escaped characters (they lose the position that tells).
  const piece = (from: number, to: number): Text => {
    const escapes = [...escaped].filter((offset) => offset >= from && offset < to).map((offset) => offset - from);
    return { type: 'text', value: node.value.slice(from, to), ...(escapes.length > 0 ? { data: { escapes } } : {}) };
  };
  for (let match = regex.exec(masked); match; match = regex.exec(masked)) {
    if (escaped.size > 0) {
      const original = node.value.slice(match.index, match.index + match[0].length);
      match[0] = original;
    }
    if (match[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const replacement = replacer(match, node);
    if (!replacement) continue;
    parts ??= [];
    if (match.index > last) parts.push(piece(last, match.index));
    parts.push(...replacement);
    last = match.index + match[0].length;
  }
  if (parts && last < node.value.length) parts.push(piece(last, node.value.length));
  return parts;
}

const PLACEHOLDER = '\u0002';

/**
 * Offsets (in the node's value, UTF-16 units) of characters written escaped in the source
 * (`\#`), found by walking the node's source slice beside its value.
 */
export function escapedOffsets(node: Text, source: string): Set<number> {
  if (node.data?.escapes) return new Set(node.data.escapes);
  const escaped = new Set<number>();
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return escaped;
  const raw = source.slice(start, end);
  if (!raw.includes('\\')) return escaped;
  let v = 0;
  for (let r = 0; r < raw.length && v < node.value.length; r++) {
    if (raw[r] === '\\' && raw[r + 1] !== undefined && raw[r + 1] === node.value[v] && /[ -/:-@[-`{-~]/.test(raw[r + 1] ?? '')) {
      escaped.add(v);
      r++;
      v++;
    } else if (raw[r] === node.value[v]) v++;
    // Anything else (stripped indentation, entities) is skipped on the source side.
  }
  return escaped;
}
