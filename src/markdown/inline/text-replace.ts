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
import { SKIP, visit } from 'unist-util-visit';

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
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const parts = splitText(node, pattern, replacer);
    if (!parts) return undefined;
    const children: Nodes[] = parent.children;
    children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

/** The node split around the replaced matches, or undefined when nothing was replaced. */
export function splitText(node: Text, pattern: RegExp, replacer: TextReplacer): PhrasingContent[] | undefined {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let parts: PhrasingContent[] | undefined;
  let last = 0;
  for (let match = regex.exec(node.value); match; match = regex.exec(node.value)) {
    if (match[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const replacement = replacer(match, node);
    if (!replacement) continue;
    parts ??= [];
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(...replacement);
    last = match.index + match[0].length;
  }
  if (parts && last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
