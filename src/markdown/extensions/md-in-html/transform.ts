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
import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Processor } from 'unified';
import type { Node, Point, Position } from 'unist';
import { VFile } from 'vfile';
import { applyPythonMarkdownRules, BLOCK_CONSTRUCT_NAMES } from '../../core/python-markdown.ts';
import { fencePasses } from '../../core/indented-fences.ts';
import { walkMdast } from '../../core/walk.ts';
import { pageDefinitions } from './definitions.ts';
import { readFrames, wantsMarkdown, type Frame } from './frames.ts';
import type { MdInHtml } from './mdast.ts';

/**
 * Span mode runs only Python-Markdown's inline patterns: the text is parsed with every block
 * construct switched off (core's and CommonMark's), so it is all paragraphs.
 */
const NO_BLOCKS: MicromarkExtension = { disable: { null: [...BLOCK_CONSTRUCT_NAMES] } };

export function remarkMdInHtml(this: Processor) {
  const processor = this;
  const data = this.data();
  // superfences' fences in paragraphs, as core finds them in the page (core/indented-fences.ts).
  const fences = fencePasses(processor);
  return (tree: Root): undefined => {
    const blocks = tree.children.filter((node): node is Html => node.type === 'html' && node.position?.start.column === 1 && wantsMarkdown(node.value));
    const definitions = blocks.length > 0 ? pageDefinitions(tree, blocks) : '';
    const parse = (text: string, at: Point | undefined, span: boolean): RootContent[] => {
      // Block mode only: in span mode a definition line would be text (see definitions.ts).
      const withDefinitions = !span && definitions !== '' ? `${text}\n\n${definitions}\n` : text;
      const file = new VFile({ value: withDefinitions });
      const parsed = span
        ? fromMarkdown(text, { extensions: [...(data.micromarkExtensions ?? []), NO_BLOCKS], mdastExtensions: data.fromMarkdownExtensions ?? [] })
        : processor.parse(file);
      if (!isRoot(parsed)) return [];
      // The borrowed definitions render nothing; drop their nodes so nothing else sees them.
      parsed.children = parsed.children.filter((node) => (node.position?.start.offset ?? 0) < text.length);
      if (!span) fences?.(parsed, withDefinitions);
      applyPythonMarkdownRules(parsed, file);
      if (span) parsed.children = inline(parsed.children, text);
      if (at) shiftPositions(parsed, at);
      return parsed.children;
    };
    // Only blocks at the start of a document line, so only children of the root and of PyMdown
    // Blocks (`/// html | div`, whose bodies are not indented): Python-Markdown's extractor ignores
    // indented tags (in a list item, admonition or tab they stay inline HTML, `markdown` and all).
    for (const parent of [tree, ...blockFences(tree)]) extract(parent, parse);
  };
}

function extract(parent: Parent, parse: (text: string, at: Point | undefined, span: boolean) => RootContent[]): void {
  rejoinTails(parent);
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const node = parent.children[index];
    if (node?.type !== 'html' || node.position?.start.column !== 1) continue;
    // `<hr markdown="1">`: an empty tag, whose `markdown` attribute md_in_html just drops.
    if (/^<hr[\s/>]/i.test(node.value)) node.value = node.value.replace(MARKDOWN_ATTRIBUTE, '');
    const markdown = wantsMarkdown(node.value);
    const frame = readFrames(node.value);
    if (!frame) continue;
    const rest = node.value.slice(frame.end);
    // After an element's end tag (Python's `intail`) or on a later line, a block tag asking for
    // Markdown opens an element of its own (`<div></div><div markdown>`, or the next one after
    // an unclosed `<p markdown>`): the rest is handled as a block on the next turn.
    const again = rest.trim() !== '' && wantsMarkdown(rest.trimStart());
    if (!markdown && !again) continue;
    const start = node.position?.start;
    const replacement = markdown
      ? toNode(frame, node.value, (from, to, span) => parse(node.value.slice(from, to), start && pointAt(node.value, from, start), span))
      : { type: 'html' as const, value: node.value.slice(0, frame.end), position: node.position };
    // Where it was written: a Blocks body in inline mode gives the block back as raw HTML.
    if (markdown && node.position && rest.trim() === '') replacement.position = node.position;
    const restNode: Html | undefined = rest.trim() === '' ? undefined : { type: 'html', value: rest };
    if (restNode && node.position) {
      const from = frame.end + (again ? rest.length - rest.trimStart().length : 0);
      restNode.value = node.value.slice(from);
      const restStart = pointAt(node.value, from, node.position.start);
      // The tag that opens it starts a block, as if on a line of its own (Python-Markdown's
      // extractor sees it right after the closed element).
      restNode.position = { start: again ? { ...restStart, column: 1 } : restStart, end: node.position.end };
    }
    parent.children.splice(index, 1, replacement, ...(restNode ? [restNode] : []));
    if (again) index += 2;
  }
}

/** Every `/// name` block of the page (pymdownx.blocks), outer ones first. */
function blockFences(tree: Root): Parent[] {
  const found: Parent[] = [];
  walkMdast(tree, (node) => {
    if (node.type === 'blockFence') found.push(node);
  });
  return found;
}

/**
 * Core makes a paragraph of what follows a raw block's end tag on its line (`</div>x`). When
 * that is a block tag asking for Markdown (`<div></div><div markdown>`), Python-Markdown's
 * extractor opens an element there instead (its `intail` state): give it back as a block.
 */
function rejoinTails(parent: Parent): void {
  parent.children.forEach((node, index) => {
    const previous = parent.children[index - 1];
    if (previous?.type !== 'html' || !previous.position) return;
    // Core parsed the tail as blocks of its own: a raw block starting on the line where the
    // previous one ends. The extractor sees it at the start of a block (column 1).
    if (node.type === 'html' && node.position && node.position.start.line === previous.position.end.line && node.position.start.column !== 1) {
      if (wantsMarkdown(node.value.trimStart())) node.position = { ...node.position, start: { ...node.position.start, column: 1 } };
      return;
    }
    // Without a tail parser, core's split leaves a paragraph without a position after the block.
    if (node.position) return;
    let value: string;
    if (node.type === 'paragraph' && node.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === ''))) {
      value = node.children.map((child) => (child.type === 'html' || child.type === 'text' ? child.value : '')).join('').trimStart();
    } else return;
    if (!wantsMarkdown(value)) return;
    const start = pointAt(previous.value, previous.value.length, previous.position.start);
    // Column 1: the tag opens a block, as it does in the extractor's tail state.
    parent.children[index] = { type: 'html', value, position: { start: { ...start, column: 1 }, end: previous.position.end } };
  });
}

function isRoot(node: Node): node is Root {
  return node.type === 'root';
}

type ParseSlice = (from: number, to: number, span: boolean) => RootContent[];

function toNode(frame: Frame, value: string, parse: ParseSlice): MdInHtml | Html {
  if (frame.state === 'off') return { type: 'html', value: rawHtml(frame, value) };
  const children: RootContent[] = [];
  for (const [index, part] of frame.parts.entries()) {
    if (part.kind === 'text') {
      children.push(...parse(part.start, part.end, frame.state === 'span'));
      if (frame.state === 'span' && index === frame.parts.length - 1) children.push(...spanEnd(value.slice(part.start, part.end)));
    } else {
      if (frame.state === 'span' && indentedByTwoSpaces(value, part.frame.start)) children.push({ type: 'break' });
      children.push(toNode(part.frame, value, parse));
    }
  }
  const attributes = [...frame.attributes].filter(([name]) => name !== 'markdown');
  return { type: 'mdInHtml', tagName: frame.name, attributes, markdown: frame.state, children };
}

/**
 * The whitespace ending a span element's text, which Python-Markdown keeps (the text is inline
 * content as written): `Title\n` before a heading's permalink, or a line break for `  \n`
 * (LINE_BREAK_RE). Parsing the text as paragraphs dropped it.
 */
function spanEnd(text: string): RootContent[] {
  const end = /\s*$/.exec(text)?.[0] ?? '';
  if (end === '' || end === text) return [];
  return end.includes('  \n') ? [{ type: 'break' }] : [{ type: 'text', value: end }];
}

const MARKDOWN_ATTRIBUTE = /\s+markdown(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?(?=[\s/>])/i;

/**
 * md_in_html (3.10) ends the text before each nested block with a blank line, after removing only
 * the newlines at its end: the indentation of the nested tag's line stays, and in span mode two
 * spaces before a newline are a line break. So an element indented by two spaces or more in a
 * `markdown="span"` parent gets a `<br />` before it:
 *
 * ```
 * <figure markdown="span">
 *   ![Alt](a.png)                  ->  <img ...><br /><figcaption>Caption</figcaption>
 *   <figcaption>Caption</figcaption>
 * </figure>
 * ```
 */
function indentedByTwoSpaces(value: string, tagStart: number): boolean {
  const lineStart = value.lastIndexOf('\n', tagStart - 1) + 1;
  return value.slice(lineStart, tagStart).endsWith('  ');
}

/** An element kept as HTML, without the `markdown` attributes md_in_html removes from it and its children. */
function rawHtml(frame: Frame, value: string): string {
  const startTag = value.slice(frame.start, frame.contentStart).replace(MARKDOWN_ATTRIBUTE, '');
  const content = frame.parts.map((part) => (part.kind === 'text' ? value.slice(part.start, part.end) : rawHtml(part.frame, value))).join('');
  return startTag + content + value.slice(frame.contentEnd, frame.end);
}

/**
 * Span mode: Python-Markdown runs only its inline patterns over the text, so paragraphs give their
 * inline content and any other block (a heading, a list) stays the text it was written as.
 */
function inline(nodes: RootContent[], text: string): RootContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (out.length > 0) out.push({ type: 'text', value: '\n' });
    if (node.type === 'paragraph') {
      out.push(...node.children);
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'html') out.push({ type: 'html', value: node.value });
    else if (start !== undefined && end !== undefined) out.push({ type: 'text', value: text.slice(start, end) });
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
