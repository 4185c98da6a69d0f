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
import type { Heading, Paragraph, Parent, RootContent } from 'mdast';
import type { Position } from 'unist';

/** Python-Markdown's setext underline, from the column its block starts at. */
const UNDERLINE = /^([=-])\1*[ ]*$/;

/** Makes the node an indented code block of `value` becomes (a plain or a highlighted one). */
export type IndentedCode = (value: string, position: Position) => RootContent;

export function fenceHeadings(parent: Parent, source: string, indentedCode: IndentedCode): void {
  const children = parent.children;
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
    const base = baseColumn(parent, next, source);
    const underline = startsBlock ? underlineOf(next, base ?? fence.position?.start.column, source) : undefined;
    if (!underline) continue;
    const heading: Heading = { type: 'heading', depth: underline.depth, children: [fence], position: { start: fence.position?.start ?? { line: 1, column: 1 }, end: underline.end } };
    children.splice(index, 2, heading, ...underline.rest);
    if (underline.rest.length === 0 && base !== undefined && parent.type !== 'blockquote') codeAfterHeading(children, index + 1, base, source, indentedCode);
  }
}

/**
 * SetextHeaderProcessor gives the rest of its block back as a block: a fence 4 columns in on the
 * line after the underline starts an indented code block there, which takes the indented lines
 * after it (blank lines between), and superfences restores each fence in it as text. micromark,
 * which never saw that block start, read fences and indented code; they become that one block.
 */
function codeAfterHeading(children: RootContent[], at: number, base: number, source: string, indentedCode: IndentedCode): void {
  const first = children[at];
  const start = first?.position?.start;
  const line = (children[at - 1]?.position?.end.line ?? 0) + 1;
  if (first?.type !== 'superFence' || start?.offset === undefined || start.line !== line || start.column < base + 4) return;
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1;
  const lines = source.slice(lineStart).split('\n');
  const cut = base - 1 + 4;
  let count = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (text.trim() === '') continue;
    if (text.length - text.trimStart().length < cut) break;
    count = index + 1;
  }
  const last = line + count - 1;
  let end = at;
  while (end < children.length && (children[end]?.position?.start.line ?? Infinity) <= last) end++;
  // A node that goes on past the code's last line: not one block to Python-Markdown either way.
  if ((children[end - 1]?.position?.end.line ?? Infinity) > last) return;
  const body = lines.slice(0, count);
  const value = body.map((text) => text.slice(cut)).join('\n');
  const endOffset = lineStart + body.join('\n').length;
  const position: Position = { start: { line, column: 1, offset: lineStart }, end: { line: last, column: (body.at(-1)?.length ?? 0) + 1, offset: endOffset } };
  children.splice(at, end - at, indentedCode(value, position));
}

interface Underline {
  readonly depth: 1 | 2;
  readonly end: NonNullable<RootContent['position']>['end'];
  /** What stays of the block after the underline line (the rest of a paragraph). */
  readonly rest: RootContent[];
}

/**
 * The column at which SetextHeaderProcessor sees the underline's line start: its block's lines are
 * the page's (root), a list item's less Python-Markdown's 4-column indent, a quote's less `>` and one
 * space (BlockquoteProcessor.clean; a lazy line keeps all). A fence indented 1-3 columns there is still
 * the block's first line, so `   ```…```\n===` is a heading and `   ```…```\n   ===` is not.
 * Undefined for other containers, where the fence's own column stands in.
 */
function baseColumn(parent: Parent, underline: RootContent, source: string): number | undefined {
  if (parent.type === 'root') return 1;
  const itemColumn = parent.position?.start.column;
  if (parent.type === 'listItem') return itemColumn === undefined ? undefined : itemColumn + 4;
  const offset = underline.position?.start.offset;
  if (parent.type !== 'blockquote' || offset === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const quoted = /^(?:[ ]{0,3}>[ ]?)*/.exec(source.slice(lineStart, offset));
  return (quoted?.[0].length ?? 0) + 1;
}

/** A rule of `-` only, or a paragraph whose first line is all `=` or `-`, at the block's column. */
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
