/**
 * Splits a raw HTML block into elements the way md_in_html's HTMLExtractorExtra does
 * (markdown/extensions/md_in_html.py): a block-level start tag at the start of a line opens an
 * element (a "frame"), whatever its state; its end tag closes it (and any frame left open inside);
 * every other tag is part of the text around it.
 *
 * ```
 * <div markdown>          frame div, state block
 * Some *text*             text: parsed as Markdown
 * <summary>Hi</summary>   frame summary, state off: kept as raw HTML
 * </div>
 * ```
 */
import { BLOCK_LEVEL, tags, type HtmlToken } from '../../core/html-scan.ts';

export type MarkdownState = 'block' | 'span' | 'off';

export interface Frame {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly state: MarkdownState;
  /** Offset of `<` of the start tag, and just after its `>`. */
  readonly start: number;
  readonly contentStart: number;
  /** Offsets of the end tag (`</`) and just after it; the value's end when never closed. */
  contentEnd: number;
  end: number;
  readonly parts: Part[];
  /** No text yet since the start tag (or since the last nested element began). */
  started: boolean;
}

export type Part = { readonly kind: 'text'; readonly start: number; readonly end: number } | { readonly kind: 'frame'; readonly frame: Frame };

/** md_in_html's `span_tags`: `markdown="1"` on them means inline Markdown. */
const SPAN_TAGS = new Set(['address', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'p', 'summary', 'td', 'th']);
/** md_in_html's `raw_tags`: never Markdown. */
const RAW_TAGS = new Set(['canvas', 'math', 'option', 'pre', 'script', 'style', 'textarea']);

/** md_in_html's `get_state`: `block`, `span` or `off` from the tag, its `markdown` value and the parent's state. */
export function markdownState(name: string, attributes: ReadonlyMap<string, string>, parent: MarkdownState | undefined): MarkdownState {
  let value = attributes.get('markdown') ?? '0';
  if (value === 'markdown' || value === '') value = '1';
  if (parent === 'off' || (parent === 'span' && value !== '0')) value = parent;
  const blockTag = BLOCK_LEVEL.has(name) && !SPAN_TAGS.has(name) && !RAW_TAGS.has(name) && name !== 'hr';
  const spanOrBlockTag = blockTag || SPAN_TAGS.has(name);
  if ((value === '1' && blockTag) || (value === 'block' && spanOrBlockTag)) return 'block';
  if ((value === '1' && SPAN_TAGS.has(name)) || (value === 'span' && spanOrBlockTag)) return 'span';
  return 'off';
}

/** True when `value` starts with a block-level tag that asks for Markdown content. */
export function wantsMarkdown(value: string): boolean {
  const first = tags(value).next();
  if (first.done || first.value.kind !== 'start' || first.value.start !== value.search(/\S/)) return false;
  return markdownState(first.value.name, first.value.attributes, undefined) !== 'off';
}

/** Offsets where fenced code lines are: their tags are code, not markup. */
function fencedRanges(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: { marker: string; start: number } | undefined;
  for (let match = fence.exec(value); match; match = fence.exec(value)) {
    const marker = match[1] ?? '';
    if (!open) open = { marker, start: match.index };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      ranges.push([open.start, match.index + match[0].length]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.start, value.length]);
  return ranges;
}

function atLineStart(value: string, index: number): boolean {
  const lineStart = value.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart <= 3 && value.slice(lineStart, index).trim() === '';
}

/** The outermost frame of `value` (which `wantsMarkdown`), with its nested frames and text parts. */
export function readFrames(value: string): Frame | undefined {
  const fenced = fencedRanges(value);
  const stack: Frame[] = [];
  let root: Frame | undefined;
  let textStart = 0;
  const addText = (frame: Frame, end: number): void => {
    if (end > textStart) frame.parts.push({ kind: 'text', start: textStart, end });
  };
  // Inside a Markdown element, a script or style tag that does not start a line is text (a code
  // span's, HTMLExtractorExtra clears the CDATA mode): its content is not skipped.
  const rawText = (token: HtmlToken): boolean => stack.length === 0 || atLineStart(value, token.start);
  for (const token of tags(value, 0, rawText)) {
    if (fenced.some(([from, to]) => token.start >= from && token.start < to)) continue;
    if (token.kind === 'other' || !BLOCK_LEVEL.has(token.name)) continue;
    const top = stack[stack.length - 1];
    if (token.kind === 'start') {
      // Not at the start of a line, a block-level start tag still opens an element when it comes
      // right after its parent's start tag, with no text between (HTMLExtractorExtra's
      // `mdstarted`): `<div markdown><div markdown>*x*</div></div>` nests.
      const rightAfterParent = top !== undefined && top.started && value.slice(textStart, token.start) === '';
      if (token.selfClosing || token.name === 'hr' || (!atLineStart(value, token.start) && !rightAfterParent)) continue;
      if (top && value.slice(textStart, token.start) !== '') top.started = false;
      if (!top && root) break;
      // A block-level tag closes an unclosed `<p>` first (`<p markdown>a\n<p markdown>b`).
      const openP = stack.map((frame) => frame.name).lastIndexOf('p');
      if (openP >= 0) {
        if (top) addText(top, token.start);
        for (const frame of stack.splice(openP)) {
          frame.contentEnd = token.start;
          frame.end = token.start;
        }
        textStart = token.start;
        if (stack.length === 0) break;
      }
      const parent = stack[stack.length - 1];
      const frame: Frame = {
        name: token.name,
        attributes: token.attributes,
        state: markdownState(token.name, token.attributes, parent?.state),
        start: token.start,
        contentStart: token.end,
        contentEnd: value.length,
        end: value.length,
        parts: [],
        started: true,
      };
      if (parent) {
        addText(parent, token.start);
        parent.parts.push({ kind: 'frame', frame });
      } else root = frame;
      stack.push(frame);
      textStart = token.end;
      continue;
    }
    const at = stack.map((frame) => frame.name).lastIndexOf(token.name);
    if (at < 0) continue;
    if (top && value.slice(textStart, token.start) !== '') top.started = false;
    if (top) addText(top, token.start);
    for (const frame of stack.splice(at)) {
      frame.contentEnd = token.start;
      frame.end = token.end;
    }
    textStart = token.end;
    if (stack.length === 0) break;
  }
  const top = stack[stack.length - 1];
  if (top) addText(top, value.length);
  return root;
}
