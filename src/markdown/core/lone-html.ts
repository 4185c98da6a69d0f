/**
 * Raw HTML that Python-Markdown places differently from CommonMark, fixed among a parent's children.
 */
import type { Html, Parent, PhrasingContent, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import { BLOCK_LEVEL, rawBlockEnd } from './html-scan.ts';

/**
 * Python-Markdown stashes each inline HTML tag and, after rendering, replaces `<p>TAG</p>` by the
 * bare tag when the tag is block-level (RawHtmlPostprocessor.isblocklevel). So an indented
 * `<div markdown>` line inside an admonition or tab comes out as the bare tag, not in a `<p>`:
 *
 * ```
 * !!! note
 *     <div class="x">      ->  <div class="x">   (a paragraph of one block-level tag)
 * ```
 */
declare module 'mdast' {
  interface HtmlData {
    /**
     * Set on a tag that was a paragraph's only content: it is still a line of text to
     * Python-Markdown, which a fence right above or below joins into one paragraph again
     * (see superfences' FENCE_LINES).
     */
    pythonLoneTag?: boolean | undefined;
  }
  interface ParagraphData {
    /** Its last line is a raw block's placeholder, which Python-Markdown follows by a blank line. */
    pythonBlankAfter?: boolean | undefined;
  }
}

export function unwrapLoneBlockHtml(parent: Parent): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'paragraph' || child.children.length !== 1) return;
    const only = child.children[0];
    if (only?.type !== 'html' || !isBlockLevel(only)) return;
    parent.children[index] = { type: 'html', value: only.value, data: { pythonLoneTag: true }, ...(child.position ? { position: child.position } : {}) };
  });
}

/**
 * A raw block whose tag starts its page line after 1 to 3 spaces, right below a paragraph line:
 * Python-Markdown's HTML extractor takes it (it allows 3 spaces at a line's start) but leaves the
 * spaces in the text, so no blank line parts the paragraph from the block's placeholder, which
 * becomes the paragraph's last line. A start tag adds a line ending after the spaces first, which
 * makes them a hard break. A blank line follows the placeholder (see `endsWithBlank`).
 *
 * ```
 * - item                 <li>item<br />
 *   <div>x</div>    ->   <div>x</div></li>
 * ```
 */
export function joinIndentedRawBlocks(parent: Parent): void {
  for (let index = parent.children.length - 1; index > 0; index--) {
    const child = parent.children[index];
    const previous = parent.children[index - 1];
    if (child?.type !== 'html' || previous?.type !== 'paragraph' || !/^ {1,3}</.test(child.value) || / markdown\b/.test(child.value.split('\n', 1)[0] ?? '')) continue;
    const line = child.position?.start.line;
    if (line === undefined || previous.position?.end.line !== line - 1) continue;
    const value = child.value.trimStart();
    const startTag = /^<[A-Za-z]/.test(value) && !/^<hr\b/i.test(value) && !/^<[^>]*\/>/.test(value);
    previous.children.push(...(startTag ? [{ type: 'break' } as const] : []), { type: 'text', value: '\n' }, { type: 'html', value });
    if (previous.position && child.position) previous.position = { start: previous.position.start, end: child.position.end };
    previous.data = { ...previous.data, pythonBlankAfter: true };
    parent.children.splice(index, 1);
  }
}

/** True when the node is a paragraph that ends with a raw block joined by `joinIndentedRawBlocks`. */
export function endsWithBlank(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.data?.pythonBlankAfter === true;
}

function isBlockLevel(node: Html): boolean {
  const match = /^<\/?([^ >]+)/.exec(node.value);
  if (!match?.[1]) return false;
  return /^[!?@%]/.test(match[1]) || BLOCK_LEVEL.has(match[1].toLowerCase().replace(/\/$/, ''));
}

/** Parses Markdown written after a raw block on its line into blocks (the same parser's). */
export type ParseTail = (text: string) => RootContent[];

/**
 * Text after the end tag that closes a raw block, on the same line (`</div>*a*`), is not part of
 * the block in Python-Markdown: the extractor ends the block there and puts the rest after it as
 * a block of its own, so it is Markdown (`<p><em>a</em></p>`), or another raw block (`<script>`).
 * Without `parseTail` (span mode) it becomes a paragraph of its text.
 */
export function splitRawBlockTails(parent: Parent, parseTail?: ParseTail, source = ''): void {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const child = parent.children[index];
    if (child?.type !== 'html') continue;
    const below = parseTail ? linesBelow(parent.children, index, source) : { text: '', count: 0 };
    const replacement = tailParts(child, parseTail, below.text);
    if (replacement) parent.children.splice(index, 1 + below.count, ...replacement);
  }
}

/**
 * The lines right below a raw block's line, up to a blank line, when the siblings parsed from
 * them end there: Python-Markdown puts the tail after the block with those lines in one block
 * (`<div>x</div> a\nb` is `<p>a\nb</p>`, `a\n- b` stays text). Only at the page's margin, where
 * the source lines are the blocks' own.
 */
function linesBelow(siblings: readonly RootContent[], index: number, source: string): { text: string; count: number } {
  const none = { text: '', count: 0 };
  const end = siblings[index]?.position?.end.offset;
  if (end === undefined || source === '' || source.charAt(end) !== '\n') return none;
  const blank = /\n[ \t]*(?:\n|$)/g;
  blank.lastIndex = end;
  const stop = blank.exec(source)?.index ?? source.length;
  if (stop <= end) return none;
  let count = 0;
  for (let next = index + 1; next < siblings.length; next++) {
    const position = siblings[next]?.position;
    if (position?.start.offset === undefined || position.start.offset >= stop) break;
    if (position.start.column !== 1 || position.end.offset === undefined || position.end.offset > stop) return none;
    count++;
  }
  return count === 0 ? none : { text: source.slice(end, stop), count };
}

function tailParts(node: Html, parseTail: ParseTail | undefined, below = ''): RootContent[] | undefined {
  const start = node.position?.start;
  if (start?.column !== 1) return undefined;
  const end = rawBlockEnd(node.value);
  if (end === undefined || node.value.slice(end).trim() === '') return undefined;
  const rest = node.value.slice(end) + below;
  const head: Html = { ...node, value: node.value.slice(0, end) };
  if (parseTail) {
    const parsed = parseTail(rest);
    shiftPositions(parsed, pointAfter(node.value.slice(0, end), start));
    return [head, ...parsed];
  }
  const text = rest.trim();
  const tail: PhrasingContent = text.startsWith('<') ? { type: 'html', value: text } : { type: 'text', value: text };
  return [head, { type: 'paragraph', children: [tail] }];
}

/** The point after `text` when it starts at `start`. */
function pointAfter(text: string, start: Point): Point {
  const lines = text.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return {
    line: start.line + lines.length - 1,
    column: lines.length === 1 ? start.column + last.length : last.length + 1,
    ...(start.offset === undefined ? {} : { offset: start.offset + text.length }),
  };
}

/** Moves positions parsed from a tail (line 1, column 1) to where the tail is in the page. */
function shiftPositions(nodes: readonly Node[], at: Point): void {
  const move = (point: Point): void => {
    if (point.line === 1) point.column += at.column - 1;
    point.line += at.line - 1;
    if (point.offset !== undefined && at.offset !== undefined) point.offset += at.offset;
  };
  const visit = (node: Node): void => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
}
