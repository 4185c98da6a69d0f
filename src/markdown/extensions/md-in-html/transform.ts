/**
 * Replaces each top-level raw HTML block that asks for Markdown (`<div markdown>`, `markdown="1"`,
 * `"block"`, `"span"`) by an `mdInHtml` node whose children are its content parsed as Markdown
 * with the same parser, as md_in_html's MarkdownInHtmlProcessor does:
 *
 * ```markdown
 * <div class="x" markdown>       ->  <div class="x">
 * *Hi*                               <p><em>Hi</em></p>
 * </div>                             </div>
 * ```
 *
 * Runs first among the remark transforms so every later transform (attr_list, abbr, emoji,
 * tasklist...) sees the parsed content. Core's Python-Markdown rules ran before this, so they
 * are applied to each parsed part here.
 */
import type { Html, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Node, Point, Position } from 'unist';
import { VFile } from 'vfile';
import { applyPythonMarkdownRules } from '../../core/python-markdown.ts';
import { walkMdast } from '../../core/walk.ts';
import { readFrames, wantsMarkdown, type Frame } from './frames.ts';
import type { MdInHtml } from './mdast.ts';

export function remarkMdInHtml(this: Processor) {
  const processor = this;
  return (tree: Root): undefined => {
    const parse = (text: string, at: Point | undefined): RootContent[] => {
      const file = new VFile({ value: text });
      const root = processor.parse(file);
      if (!isRoot(root)) return [];
      applyPythonMarkdownRules(root, file);
      if (at) shiftPositions(root, at);
      return root.children;
    };
    // Only blocks at the start of a document line, so only children of the root: Python-Markdown's
    // extractor ignores indented tags (in a list item, admonition or tab they stay inline HTML,
    // `markdown` attribute and all).
    const parent = tree;
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const node = parent.children[index];
      if (node?.type !== 'html' || node.position?.start.column !== 1 || !wantsMarkdown(node.value)) continue;
      const frame = readFrames(node.value);
      if (!frame) continue;
      const start = node.position?.start;
      const replacement = toNode(frame, node.value, (from, to) => parse(node.value.slice(from, to), start && pointAt(node.value, from, start)));
      const rest = node.value.slice(frame.end);
      parent.children.splice(index, 1, replacement, ...(rest.trim() === '' ? [] : [{ type: 'html' as const, value: rest }]));
    }
  };
}

function isRoot(node: Node): node is Root {
  return node.type === 'root';
}

type ParseSlice = (from: number, to: number) => RootContent[];

function toNode(frame: Frame, value: string, parse: ParseSlice): MdInHtml | Html {
  if (frame.state === 'off') return { type: 'html', value: value.slice(frame.start, frame.end) };
  const children: RootContent[] = [];
  for (const part of frame.parts) {
    if (part.kind === 'frame') children.push(toNode(part.frame, value, parse));
    else if (frame.state === 'block') children.push(...parse(part.start, part.end));
    else children.push(...inline(parse(part.start, part.end)));
  }
  const attributes = [...frame.attributes].filter(([name]) => name !== 'markdown');
  return { type: 'mdInHtml', tagName: frame.name, attributes, markdown: frame.state, children };
}

/** Span mode: the inline content of the parsed paragraphs, one after the other. */
function inline(nodes: RootContent[]): RootContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    if (out.length > 0) out.push({ type: 'text', value: '\n' });
    out.push(...(node satisfies Paragraph).children);
  }
  return out;
}

/** The document point of offset `index` of `value`, which starts at `start`. */
function pointAt(value: string, index: number, start: Point): Point {
  const before = value.slice(0, index);
  const lines = before.split('\n');
  const line = start.line + lines.length - 1;
  const last = lines[lines.length - 1] ?? '';
  const column = lines.length === 1 ? start.column + last.length : last.length + 1;
  return { line, column, offset: (start.offset ?? 0) + index };
}

/** Moves positions of a tree parsed from a slice to where the slice is in the page. */
function shiftPositions(root: Root, at: Point): void {
  const shift = (point: Point): Point => ({
    line: point.line + at.line - 1,
    column: point.line === 1 ? point.column + at.column - 1 : point.column,
    offset: (point.offset ?? 0) + (at.offset ?? 0),
  });
  walkMdast(root, (node) => {
    if (!node.position) return;
    const position: Position = { start: shift(node.position.start), end: shift(node.position.end) };
    node.position = position;
  });
}
