/**
 * A fence fenced_code does not see (in a list item, quote or admonition: its expression wants the
 * fence at the start of a document line) is lines of text to Python-Markdown's block parser, which
 * splits them as any other text: at blank lines, and where a block processor that searches the
 * whole block finds its line (`# H`, a `---` rule, a `> quote`). So the lines are parsed again as
 * Markdown, fences off:
 *
 * ```
 * - item                <li><p>item</p>
 *                           <p>```</p>
 *     ```                   <h1>not heading</h1>
 *     # not heading   ->    <p>```</p></li>
 *     ```
 * ```
 * Only when that makes more than one block: one paragraph is what transform.ts builds already.
 * Right below a paragraph line, the fence's first line is no block's first line (a `---` right
 * below it is a rule, not its setext underline), so it is parsed below a line of text, which is
 * taken off again.
 */
import type { Code, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Point } from 'unist';
import { reparseUnfenced } from '../../core/unfenced.ts';
import { walkMdast } from '../../core/walk.ts';

/**
 * The fence's lines (without the prefixes of the containers around) parsed as Markdown, when
 * they are several blocks; `closed`: the last line is the closing fence; `belowText`: a
 * paragraph's line is right above it.
 */
export function textFenceBlocks(processor: Processor, source: string, node: Code, closed: boolean, belowText: boolean): RootContent[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1;
  const sourceLines = source.slice(lineStart, end).split('\n');
  const middle = sourceLines.length - (closed ? 2 : 1);
  const values = middle === 0 ? [] : node.value.split('\n');
  if (middle < 0 || values.length !== middle) return undefined;
  const closing = closed ? [(sourceLines.at(-1) ?? '').replace(/^[ \t>]*/, '')] : [];
  const lines = [(sourceLines[0] ?? '').slice(start.offset - lineStart), ...values, ...closing];
  // Where each line's text starts in the page: what micromark left of the line is its end.
  const starts: number[] = [];
  let offset = lineStart;
  for (const [index, line] of lines.entries()) {
    const written = sourceLines[index] ?? '';
    if (!written.endsWith(line)) return undefined;
    starts.push(offset + written.length - line.length);
    offset += written.length + 1;
  }
  const above = belowText ? `${TEXT_ABOVE}\n` : '';
  const blocks = reparseUnfenced(processor, above + lines.join('\n'), { line: 1, column: 1, offset: 0 }, { mask: undefined, rules: true, noHtmlBlocks: true });
  if (belowText && !takeLineAbove(blocks)) return undefined;
  if (blocks.length < 2) return undefined;
  const move = (point: Point): Point => {
    const line = belowText ? Math.max(point.line - 1, 1) : point.line;
    if (line !== point.line && point.line === 1) return { ...start };
    const at = starts[line - 1] ?? lineStart;
    const column = at - (source.lastIndexOf('\n', at - 1) + 1) + point.column;
    return { line: start.line + line - 1, column, offset: at + point.column - 1 };
  };
  for (const block of blocks) {
    walkMdast({ type: 'root', children: [block] }, (child) => {
      if (child.position) child.position = { start: move(child.position.start), end: move(child.position.end) };
    });
  }
  return blocks;
}

const TEXT_ABOVE = 'x';

/** Takes the line of text put above the fence off the first paragraph (false: it is not there). */
function takeLineAbove(blocks: RootContent[]): boolean {
  const [first] = blocks;
  const text = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (text?.type !== 'text' || !text.value.startsWith(`${TEXT_ABOVE}\n`)) return false;
  text.value = text.value.slice(TEXT_ABOVE.length + 1);
  return true;
}
