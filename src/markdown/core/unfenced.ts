/**
 * A fence Python-Markdown does not see (fenced_code's and superfences' preprocessors find no
 * closing line, or fenced_code rejects its first line) is not a block at all: its first line is
 * text and what follows is Markdown as usual, where micromark had made one code block to the end
 * of the page. That text is parsed again: with fenced_code, with that one fence refused
 * (its expression searches on for later fences); with superfences, with no fences at all
 * (its line scan stays inside the fence that never closed, so no later fence opens).
 *
 * A fence left open at the top level is handled as soon as the page is parsed (core's parser,
 * python-markdown.ts), so every pass sees the Markdown after it; fenced_code reparses the rest of
 * the page after a closed fence it rejects in its own pass.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Node, Point } from 'unist';
import { VFile } from 'vfile';
import { applyPythonMarkdownRules } from './python-markdown.ts';
import { walkMdast } from './walk.ts';
import { CONTINUE, SKIP, visit } from './visit.ts';

/**
 * The start of the paragraph or table right above a fence that interrupted it: a fence
 * Python-Markdown does not see is more lines of that block (more rows of a table, whose
 * TableProcessor takes every line of its block), so both are parsed again together.
 */
export function joinedParagraph(previous: RootContent | undefined, start: Point): Point | undefined {
  const position = previous?.type === 'paragraph' || previous?.type === 'table' ? previous.position : undefined;
  return position && position.end.line === start.line - 1 && position.start.offset !== undefined ? position.start : undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Parse this text with fenced code switched off (core/python-markdown.ts reads it). */
    noFences?: boolean | undefined;
    /**
     * Where, in this text, fences Python-Markdown does not see start: no fence opens there
     * (core/python-markdown.ts hands them to core/fence-close.ts), the text stays as written.
     */
    refusedFences?: readonly number[] | undefined;
    /**
     * Parse this text with no raw HTML blocks: it was a container's content, indented on the
     * page, where Python-Markdown's HTML preprocessor sees no block (core/python-markdown.ts).
     */
    noHtmlBlocks?: boolean | undefined;
  }
}

export interface Reparse {
  /**
   * Where the fence's first character is, to refuse that fence only (the text is kept as written,
   * so a run of backticks still pairs with a later one as a code span); undefined: fenced code
   * switched off.
   */
  readonly mask: number | undefined;
  /** Fences of `raw` refused before (a parse inside a parse that refused them): refused again. */
  readonly refused?: readonly number[] | undefined;
  /**
   * Apply core's mdast rules to the new nodes: a pass that runs after core's (fenced_code's) must;
   * at parse time core applies them to the whole page afterwards, so once is enough.
   */
  readonly rules: boolean;
  /** Without a mask, keep fences on (the first line is refused by an extension's header test). */
  readonly keepFences?: boolean | undefined;
  /** The text is a container's content: no raw HTML blocks (see DataMap.noHtmlBlocks). */
  readonly noHtmlBlocks?: boolean | undefined;
}

/** `raw` parsed as Markdown, positions moved to `at`, its fence masked or fences off (see Reparse). */
export function reparseUnfenced(processor: Processor, raw: string, at: Point, how: Reparse): RootContent[] {
  const { mask } = how;
  const file = new VFile({ value: raw });
  if (mask !== undefined) file.data.refusedFences = [...(how.refused ?? []), mask];
  else if (how.keepFences !== true) file.data.noFences = true;
  if (how.noHtmlBlocks === true) file.data.noHtmlBlocks = true;
  const root = processor.parse(file);
  if (!isRoot(root)) return [];
  if (how.rules) applyPythonMarkdownRules(root, file);
  walkMdast(root, (node) => {
    const position = node.position;
    if (!position) return;
    const move = (point: Point): Point => ({
      line: point.line + at.line - 1,
      column: point.line === 1 ? point.column + at.column - 1 : point.column,
      offset: (point.offset ?? 0) + (at.offset ?? 0),
    });
    node.position = { start: move(position.start), end: move(position.end) };
  });
  return root.children;
}

/** How the text after a top-level fence that never closes is parsed again (see above). */
export type UnclosedFenceRule = 'mask' | 'no-fences';

/**
 * Replaces a top-level fence that never closes, and all after it, by the text parsed again.
 * `refused`: the fences of `source` already refused (they stay text in that parse too).
 */
export function reparseUnclosedFence(processor: Processor, tree: Root, source: string, rule: UnclosedFenceRule, refused: readonly number[] = []): void {
  const children = tree.children;
  const index = children.findIndex((node) => node.type === 'code' && node.position?.start.column === 1 && neverClosed(source, node.position));
  const node = children[index];
  const start = node?.position?.start;
  if (!node || start?.offset === undefined) return;
  const from = joinedParagraph(children[index - 1], start);
  const offset = from?.offset ?? start.offset;
  const mask = rule === 'mask' ? start.offset - offset : undefined;
  const end = node.position?.end.offset ?? source.length;
  const earlier = refused.filter((at) => at >= offset && at < end).map((at) => at - offset);
  const parsed = reparseUnfenced(processor, source.slice(offset, end), from ?? start, { mask, refused: earlier, rules: false });
  const first = from ? index - 1 : index;
  children.splice(first, from ? 2 : 1, ...parsed);
}

/** A fenced block (not an indented one) whose last line is not its closing fence. */
function neverClosed(source: string, position: { start: Point; end: Point }): boolean {
  const lines = source.slice(position.start.offset, position.end.offset).split('\n');
  const fence = /^(`{3,}|~{3,})/.exec(lines[0] ?? '')?.[1];
  if (fence === undefined) return false;
  return lines.length < 2 || (lines.at(-1) ?? '').trim() !== fence;
}

function isRoot(node: Node): node is Root {
  return node.type === 'root';
}

/**
 * A fence Python-Markdown does not see, with no blank line in it, right below a paragraph: its lines go
 * on with that paragraph, whose inline Markdown is read again over all its lines, as
 * Python-Markdown reads one paragraph (a code span may open above the fence line and close on
 * it: `- ```py\n  x\n  ```` is `<li><code>py\n  x</code></li>`, the first line no fence after its
 * list marker, the last a fence that never closes). Undefined when the text does not make one
 * paragraph again (joinText joins the pieces then).
 */
export function withParagraphAbove(processor: Processor, source: string, siblings: readonly RootContent[], index: number, rules = true): Paragraph | undefined {
  const previous = siblings[index - 1];
  const fence = siblings[index];
  const from = previous?.position?.start;
  const to = fence?.position?.end.offset;
  if (previous?.type !== 'paragraph' || !fence || previous.position?.end.line !== (fence.position?.start.line ?? 0) - 1 || from?.offset === undefined || to === undefined) return undefined;
  const reparsed = reparseUnfenced(processor, source.slice(from.offset, to), from, { mask: undefined, rules });
  const [paragraph] = reparsed;
  if (reparsed.length !== 1 || paragraph?.type !== 'paragraph') return undefined;
  // The paragraph's place in its list (a tight item's bare text) stays as core marked it.
  if (previous.data) paragraph.data = previous.data;
  return paragraph;
}

/**
 * pymdownx.superfences: a fence that never closes, right below a paragraph with no blank line
 * between or inside, is more lines of that paragraph (withParagraphAbove). Done right after
 * parsing, so core's rules and every pass see the one paragraph (a tight list item, a tight
 * definition). Not in a block quote, nor where the node holds more lines than its fence (the
 * closing `///` of a Blocks container it ran to): the superfences pass makes text of those.
 */
export function joinUnclosedFences(processor: Processor, tree: Root, source: string): void {
  visit(tree, 'code', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || start === undefined || end === undefined) return CONTINUE;
    if (source[start] !== '`' && source[start] !== '~') return CONTINUE;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    if (source.slice(lineStart, start).includes('>')) return CONTINUE;
    const raw = source.slice(start, end).trimEnd();
    const value = node.value.trimEnd();
    const lines = raw.split('\n').length;
    if (closedFence(raw) || /\n[ \t]*\n/.test(raw) || lines !== 1 + (value === '' ? 0 : value.split('\n').length)) return CONTINUE;
    const whole = withParagraphAbove(processor, source, parent.children, index, false);
    if (!whole) return CONTINUE;
    parent.children.splice(index - 1, 2, whole);
    return [SKIP, index];
  });
}

/** The last line closes the fence: the same character, at least as many (fence-close.ts made it exact). */
function closedFence(raw: string): boolean {
  const lines = raw.split('\n');
  const opening = /^[`~]+/.exec(lines[0] ?? '')?.[0] ?? '';
  const last = (lines.at(-1) ?? '').trim();
  return lines.length > 1 && last.length >= opening.length && last[0] === opening[0] && /^([`~])\1*$/.test(last);
}
