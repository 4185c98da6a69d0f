/**
 * Collects the page's `*[TERM]: title` definitions (wherever they are, like Python-Markdown,
 * which applies them to the whole page), removes them, and wraps each term found in `text`
 * nodes in an `abbr` node. Code, raw HTML and link URLs are not `text`, so they are skipped;
 * the text of an autolink (`<https://…>`) is skipped too, as Python-Markdown stores it atomic.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { compileAbbreviations } from './matcher.ts';
import type { Abbr } from './types.ts';

/** The `glossary` option: terms every page knows before its own definitions (Python-Markdown 3.10). */
export interface AbbrOptions {
  readonly glossary: ReadonlyMap<string, string>;
}

export function remarkAbbr(options: AbbrOptions) {
  // Most pages define no terms of their own: the glossary's pattern is compiled once per renderer.
  let glossaryMatcher: { readonly matcher: RegExp | undefined } | undefined;
  return (tree: Root, file: VFile): undefined => {
    const titles = new Map(options.glossary);
    let defined = false;
    visit(tree, 'abbrDefinition', (node, index, parent) => {
      defined = true;
      // A later definition of the same term replaces the earlier one; a title of `""` or `''`
      // removes the term (a glossary one too).
      const term = node.term.trim();
      const title = node.title.trim();
      if (title === '""' || title === "''") titles.delete(term);
      else titles.set(term, title);
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    const matcher = defined ? compileAbbreviations(titles.keys()) : (glossaryMatcher ??= { matcher: compileAbbreviations(titles.keys()) }).matcher;
    if (!matcher) return;
    const source = String(file.value);
    visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
      if (node.type === 'link' && source[node.position?.start.offset ?? -1] === '<') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = split(node, matcher, titles);
      if (!parts) return undefined;
      const children: Nodes[] = parent.children;
      children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

function split(node: Text, matcher: RegExp, titles: ReadonlyMap<string, string>): PhrasingContent[] | undefined {
  let parts: PhrasingContent[] | undefined;
  let last = 0;
  // `exec` on the one pattern: `matchAll` would copy the page's big pattern for every text node.
  matcher.lastIndex = 0;
  for (let match = matcher.exec(node.value); match !== null; match = matcher.exec(node.value)) {
    parts ??= [];
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const abbr: Abbr = { type: 'abbr', value: match[0], title: titles.get(match[0]) ?? '' };
    parts.push(abbr);
    last = match.index + match[0].length;
  }
  if (parts && last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
