/**
 * A fence in a block quote that a blank line interrupts. PyMdown finds fences in the source
 * before any block is parsed: inside `>` quotes, a fence's lines keep the quote prefix and may
 * be blank, so this is one fence holding `a`, a blank line and `b`:
 *
 * ```
 * > ```         <- opens (micromark: a fence in the first quote, never closed)
 * > a
 *               <- blank: micromark ends the quote here; core merges the two quotes again
 * > b
 * > ```         <- the closing fence, with the opening line's prefix
 * ```
 * Returns the fence as written without its prefixes, and where it ends in the source.
 */
import type { Code } from 'mdast';
import type { Point } from 'unist';

export interface QuotedFence {
  /** The fence lines, prefixes removed: opening line, content, closing line. */
  readonly raw: string;
  /** Where the closing fence line ends. */
  readonly end: Point;
}

export function quotedFence(source: string, node: Code): QuotedFence | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1;
  const prefix = source.slice(lineStart, start.offset);
  // Only a fence inside a quote: its prefix holds a `>` and nothing but quote marks and spaces.
  if (!prefix.includes('>') || !/^[> ]*$/.test(prefix.replace(/\t/g, ' '))) return undefined;
  const lines = source.slice(lineStart).split('\n');
  const opening = (lines[0] ?? '').slice(prefix.length);
  const fence = /^(`{3,}|~{3,})/.exec(opening)?.[1];
  if (fence === undefined) return undefined;
  const closing = new RegExp(`^${fence}[ \\t]*$`);
  const body: string[] = [];
  let offset = lineStart + (lines[0]?.length ?? 0) + 1;
  for (let number = 1; number < lines.length; number++) {
    const line = lines[number] ?? '';
    const quoted = line.startsWith(prefix) ? line.slice(prefix.length) : line.startsWith(prefix.trimEnd()) && line.trimEnd() === prefix.trimEnd() ? '' : undefined;
    const content = line.trim() === '' ? '' : quoted;
    if (content === undefined) return undefined;
    if (quoted !== undefined && closing.test(quoted)) {
      const endOffset = offset + line.length;
      return {
        raw: [opening, ...body, quoted].join('\n'),
        end: { line: start.line + number, column: line.length + 1, offset: endOffset },
      };
    }
    body.push(content);
    offset += line.length + 1;
  }
  return undefined;
}
