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
import type { Abbr } from './mdast.ts';

/** The `glossary` option: terms every page knows before its own definitions (Python-Markdown 3.10). */
export interface AbbrOptions {
  readonly glossary: ReadonlyMap<string, string>;
}

export function remarkAbbr(options: AbbrOptions) {
  // Pages that define the same terms share one pattern: the glossary option, or a glossary file
  // appended to every page (pymdownx.snippets auto_append), is compiled once per renderer, not
  // once per page (compiling a 113-term pattern cost more than rendering a short page).
  const matchers = new Map<string, RegExp | undefined>();
  return (tree: Root, file: VFile): undefined => {
    const titles = new Map(options.glossary);
    visit(tree, 'abbrDefinition', (node, index, parent) => {
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
    const matcher = matcherFor([...titles.keys()], matchers);
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

/** A bounded memo: a renderer meets few distinct term sets (usually one, the glossary). */
const MAX_MATCHERS = 32;

function matcherFor(terms: readonly string[], matchers: Map<string, RegExp | undefined>): RegExp | undefined {
  const key = terms.join('\0');
  if (matchers.has(key)) return matchers.get(key);
  if (matchers.size >= MAX_MATCHERS) matchers.clear();
  const matcher = compileAbbreviations(terms);
  matchers.set(key, matcher);
  return matcher;
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
