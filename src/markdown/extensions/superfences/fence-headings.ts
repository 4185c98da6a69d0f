/**
 * Setext underlines next to a fence, as Python-Markdown reads them once PyMdown has made the
 * fence one placeholder line: SetextHeaderProcessor takes a block whose first line is followed by
 * a line of `=` or `-`, so a fence that starts a block makes a heading of itself, and a text
 * line after a fence is no one-line paragraph any more:
 *
 * ```
 * ```            ->  <h2 id="a"><div class="highlight">...</div></h2>
 * a
 * ```
 * ---
 * ```
 * `` ``` ``\n...\n`` ``` ``\ntext\n---` is a paragraph and a rule, `...\ntext\n===` one paragraph.
 * Runs before the fence joins its paragraph (joinParagraphRuns).
 */
import type { Heading, Paragraph, RootContent } from 'mdast';

/** Python-Markdown's setext underline, from the column its block starts at. */
const UNDERLINE = /^([=-])\1*[ ]*$/;

export function fenceHeadings(children: RootContent[], source: string): void {
  for (let index = 0; index < children.length; index++) {
    const fence = children[index];
    const next = children[index + 1];
    if (fence?.type !== 'superFence' || !next || !nextLine(fence, next)) continue;
    if (next.type === 'heading' && isSetext(next, source)) {
      children.splice(index + 1, 1, ...unSetext(next, source));
      continue;
    }
    const previous = children[index - 1];
    const startsBlock = !previous || !nextLine(previous, fence) || (previous.type !== 'paragraph' && previous.type !== 'superFence');
    const underline = startsBlock ? underlineOf(next, fence.position?.start.column, source) : undefined;
    if (!underline) continue;
    const heading: Heading = { type: 'heading', depth: underline.depth, children: [fence], position: { start: fence.position?.start ?? { line: 1, column: 1 }, end: underline.end } };
    children.splice(index, 2, heading, ...underline.rest);
  }
}

interface Underline {
  readonly depth: 1 | 2;
  readonly end: NonNullable<RootContent['position']>['end'];
  /** What stays of the block after the underline line (the rest of a paragraph). */
  readonly rest: RootContent[];
}

/** A rule of `-` only, or a paragraph whose first line is all `=` or `-`, at the fence's column. */
function underlineOf(node: RootContent, column: number | undefined, source: string): Underline | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || start.column !== column) return undefined;
  const lineEnd = source.indexOf('\n', start.offset);
  const line = source.slice(start.offset, lineEnd === -1 ? undefined : lineEnd);
  const match = UNDERLINE.exec(line);
  if (!match) return undefined;
  const depth = match[1] === '=' ? 1 : 2;
  if (node.type === 'thematicBreak') return { depth, end, rest: [] };
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  if (node.children.length === 1 && first?.type === 'text' && first.value.trimEnd() === line.trimEnd()) return { depth, end, rest: [] };
  // `===\nmore`: the paragraph goes on after its first line, which must be plain text.
  if (first?.type !== 'text' || !first.value.startsWith(`${line}\n`)) return undefined;
  first.value = first.value.slice(line.length + 1);
  const underlineEnd = { line: start.line, column: start.column + line.length, offset: start.offset + line.length };
  node.position = { start: { line: start.line + 1, column: 1, offset: start.offset + line.length + 1 }, end };
  return { depth, end: underlineEnd, rest: [node] };
}

function isSetext(heading: Heading, source: string): boolean {
  const offset = heading.position?.start.offset;
  return offset !== undefined && source[offset] !== '#' && (heading.position?.end.line ?? 0) > (heading.position?.start.line ?? 0);
}

/** `text\n---` right after a fence: its text line and a rule (`-`), or one paragraph (`=`). */
function unSetext(heading: Heading, source: string): RootContent[] {
  const end = heading.position?.end;
  const underlineStart = end?.offset === undefined ? -1 : source.lastIndexOf('\n', end.offset - 1) + 1;
  const underline = source.slice(underlineStart, end?.offset).trim();
  const textEnd = end && heading.position ? { line: end.line - 1, column: 1, offset: underlineStart - 1 } : undefined;
  const paragraph: Paragraph = { type: 'paragraph', children: heading.children, position: heading.position && textEnd ? { start: heading.position.start, end: textEnd } : undefined };
  if (underline.startsWith('-')) {
    return [paragraph, { type: 'thematicBreak', position: end ? { start: { line: end.line, column: 1, offset: underlineStart }, end } : undefined }];
  }
  paragraph.children = [...heading.children, { type: 'text', value: `\n${underline}` }];
  paragraph.position = heading.position;
  return [paragraph];
}

function nextLine(first: RootContent, second: RootContent): boolean {
  const end = first.position?.end.line;
  const start = second.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}
