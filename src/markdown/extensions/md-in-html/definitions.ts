/**
 * Link reference definitions are page-wide in Python-Markdown: every block is parsed before any
 * inline text, so `[x][ref]` inside `<div markdown>` finds `[ref]: url` wherever it stands, in
 * the page or in another Markdown block. Each block's text is parsed on its own here, so the
 * page's definitions are handed to it, written after its text (micromark resolves references
 * to definitions that come later, and positions of the block's own text do not move).
 *
 * ```md
 * [ref]: https://example.com
 * <div markdown>[x][ref]</div>   ->  <div><p><a href="https://example.com">x</a></p></div>
 * ```
 */
import type { Definition, Html, Root } from 'mdast';
import { visit } from '../../core/visit.ts';

// A definition line as Python-Markdown's ReferenceProcessor reads it (title on the same line).
const DEFINITION_LINE = /^[ ]{0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+("[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm;

/** The page's definitions (parsed ones, and lines inside Markdown HTML blocks), as Markdown. */
export function pageDefinitions(tree: Root, blocks: readonly Html[]): string {
  const lines: string[] = [];
  visit(tree, 'definition', (node: Definition) => {
    const title = node.title === null || node.title === undefined ? '' : ` "${node.title.replace(/"/g, '\\"')}"`;
    lines.push(`[${node.label ?? node.identifier}]: <${node.url}>${title}`);
  });
  for (const block of blocks) for (const match of block.value.matchAll(DEFINITION_LINE)) lines.push(match[0].trim());
  return lines.join('\n');
}
