/**
 * Raw HTML blocks as Python-Markdown finds them, replacing CommonMark's `htmlFlow`:
 *
 * ```
 * <div class="x">     <- a block-level start tag at the start of a document line (up to 3 spaces)
 *                        opens a raw block, even in the middle of a paragraph
 * text *not* parsed   <- blank lines do not end it
 * </div>              <- the end tag that empties the tag stack does
 * <span>a</span>      <- not block-level: an ordinary paragraph with inline HTML
 * ```
 *
 * Python-Markdown extracts these blocks from the whole document before parsing blocks, so a tag
 * inside a container (list item, admonition, tab: indented in the document) never opens one: it
 * is inline HTML in a paragraph (see `unwrapLoneBlockHtml` for the `<p>` around a lone tag).
 * The tokens are CommonMark's (`htmlFlow`, `htmlFlowData`), so the tree has plain `html` nodes.
 */
import { htmlFlow } from 'micromark-core-commonmark';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { insideEarlierComment } from './html-comments.ts';
import { createRawBlockScan, opensBlock, requiredClose } from './html-scan.ts';
import { codes } from 'micromark-util-symbol';


/** Peeks at the rest of the line: does it open a Python-Markdown HTML block? */
export const blockLevelStart: Construct = { tokenize: tokenizeBlockLevelStart, partial: true };

declare module 'micromark-util-types' {
  interface ParseContext {
    /** Offset where the container break said yes once (in micromark's check); the next try says no. */
    pythonHtmlBreak?: number | undefined;
    /**
     * Offset of the last line start that a raw HTML block runs on into: a container that ends at a
     * line of its own (PyMdown's `///`) does not end there, as Python-Markdown extracted the block
     * before its Blocks looked for lines.
     */
    pythonRawLine?: number | undefined;
  }
}

/** The comment spans of the text being parsed (html-comments.ts), set before each parse. */
export interface CommentSpans {
  spans: Array<[number, number]>;
}

/** Python-Markdown's raw HTML blocks, reading `comments` for the text being parsed. */
export function pythonHtmlFlowExtension(comments: CommentSpans): Extension {
  const flow: Construct = {
    // Not `htmlFlow`: that name is disabled so CommonMark's construct never runs.
    name: 'pythonMarkdownHtmlFlow',
    tokenize(effects, ok, nok) {
      return tokenizePythonHtmlFlow.call(this, comments, effects, ok, nok);
    },
    concrete: true,
    ...(htmlFlow.resolveTo ? { resolveTo: htmlFlow.resolveTo } : {}),
  };
  // See tokenizeContainerBreak.
  const breaker: Construct = {
    name: 'pythonMarkdownHtmlBreak',
    tokenize(effects, ok, nok) {
      return tokenizeContainerBreak.call(this, comments, effects, ok, nok);
    },
    continuation: { tokenize: (_effects, ok) => ok },
    exit: () => undefined,
  };
  return { disable: { null: ['htmlFlow'] }, flow: { [codes.lessThan]: flow }, document: { [codes.lessThan]: breaker } };
}

/** The offset where the current line starts (the tag is at most 3 spaces in). */
function lineStartOffset(context: TokenizeContext): number {
  const now = context.now();
  return now.offset - (now.column - 1);
}

/** The characters of a code, as they appear in the source (virtual spaces of a tab are dropped). */
function characters(code: Code): string {
  if (code === null || code === -1) return '';
  if (code === -2) return '\t';
  return String.fromCharCode(code);
}

/**
 * True when the flow line starts at the document's first column (no container prefix) and the
 * tag is indented by at most 3 spaces: Python-Markdown's `at_line_start`.
 */
function atDocumentLineStart(context: TokenizeContext): boolean {
  const tail = context.events[context.events.length - 1];
  const now = context.now();
  let indent = 0;
  if (tail && tail[0] === 'exit' && tail[1].type === 'linePrefix' && tail[1].end.offset === now.offset) {
    indent = tail[1].end.column - tail[1].start.column;
  }
  return indent <= 3 && now.column - indent === 1;
}

/**
 * True when the paragraph being interrupted has an inline `<!--` still open: Python-Markdown's
 * extractor reads the whole comment as one, so a tag on a later line of it opens no block.
 *
 * ```
 * Text <!-- note
 * <div>            <- inside the comment: the paragraph goes on
 * -->
 * ```
 */
const LOOK_BACK_CHUNKS = 400;

function insideInlineComment(context: TokenizeContext): boolean {
  const now = context.now();
  // Only the last chunks (lines, line endings): a paragraph is short, and a page's every raw
  // line asks this, so reading from the page start would be quadratic.
  const from = { line: 1, column: 1, offset: 0, _index: Math.max(0, now._index - LOOK_BACK_CHUNKS), _bufferIndex: -1 };
  const before = context.sliceSerialize({ start: from, end: now });
  const paragraph = afterLastBlankLine(before);
  const open = paragraph.lastIndexOf('<!--');
  return open >= 0 && paragraph.indexOf('-->', open + 4) < 0;
}

/**
 * The paragraph being written: the text after the last blank line (spaces and tabs only) of
 * `text`, or all of it. Read backwards line by line, so it costs the paragraph's length, not the
 * look-back's (a regex with a "no blank line after this one" lookahead rescanned to the end from
 * every candidate: 2 % of a corpus build).
 */
function afterLastBlankLine(text: string): string {
  let end = text.lastIndexOf('\n');
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1);
    if (start < 0) break;
    if (/^[ \t]*$/.test(text.slice(start + 1, end))) return text.slice(end + 1);
    end = start;
  }
  return text;
}

function tokenizePythonHtmlFlow(this: TokenizeContext, comments: CommentSpans, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let buffer = '';
  const blockEnd = createRawBlockScan();
  return start;

  /** `|<div>`. */
  function start(code: Code): State | undefined {
    if (code !== codes.lessThan || !atDocumentLineStart(self) || (self.interrupt === true && insideInlineComment(self))) return nok(code);
    if (insideEarlierComment(comments.spans, lineStartOffset(self), self.now().offset)) return nok(code);
    return effects.check(blockLevelStart, open, nok)(code);
  }

  function open(code: Code): State | undefined {
    effects.enter('htmlFlow');
    effects.enter('htmlFlowData');
    return data(code);
  }

  /** `<d|iv>`: one line of the block. */
  function data(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('htmlFlowData');
      return lineEnd(code);
    }
    buffer += characters(code);
    effects.consume(code);
    return data;
  }

  /** `</div>|`: ends the block when the tag stack is empty, else goes on to the next line. */
  function lineEnd(code: Code): State | undefined {
    if (code === null || blockEnd(buffer) !== undefined) {
      effects.exit('htmlFlow');
      return ok(code);
    }
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    buffer += '\n';
    self.parser.pythonRawLine = self.now().offset;
    return lineStart;
  }

  function lineStart(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return lineEnd(code);
    effects.enter('htmlFlowData');
    return data(code);
  }
}

/**
 * Python-Markdown extracts raw blocks before it sees lists or quotes, so a block-level tag at the
 * start of a document line ends every open container (`- item\n<div>` puts the div after the
 * list). micromark would continue the item lazily instead. This document construct says "a new
 * container starts here" on such a line, which makes micromark close the open containers first;
 * asked again at the same place, it says no, and the line goes to the flow.
 *
 * Where micromark asks without checking first (the first line of a document), the yes does open
 * it: an invisible container (no tokens) that always continues, so nothing changes but nesting.
 */
function tokenizeContainerBreak(this: TokenizeContext, comments: CommentSpans, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const offset = self.now().offset;
  return (code: Code) => {
    if (self.parser.pythonHtmlBreak === offset) {
      self.parser.pythonHtmlBreak = undefined;
      return nok(code);
    }
    // Only unindented tags: where micromark opens this "container" for real, the indent it ate
    // would be lost to the HTML block (`   <div>` opens a block in Python-Markdown too).
    // Asked for a lazy line too (an item not continued), where `interrupt` is not set.
    if (self.now().column !== 1 || insideInlineComment(self) || insideEarlierComment(comments.spans, offset, offset)) return nok(code);
    return effects.check(blockLevelStart, found, nok)(code);
  };

  function found(code: Code): State | undefined {
    self.parser.pythonHtmlBreak = offset;
    return ok(code);
  }
}

function tokenizeBlockLevelStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let line = '';
  let close: RegExp | undefined;
  let text = '';
  return inside;

  function inside(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      if (!opensBlock(line)) return nok(code);
      close = requiredClose(line);
      // HTMLParser looks for the close after the opener: `<!--->` is no comment.
      if (!close || close.test(line.slice(line.startsWith('<!--') ? 4 : 2))) return ok(code);
      text = line;
      return further(code);
    }
    line += characters(code);
    effects.enter('htmlFlowData');
    effects.consume(code);
    effects.exit('htmlFlowData');
    return inside;
  }

  /** An unclosed comment (or PI, CDATA) on its line: the close must come in a later line. */
  function further(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      text += '\n';
      return further;
    }
    text += characters(code);
    effects.enter('htmlFlowData');
    effects.consume(code);
    effects.exit('htmlFlowData');
    // Every close ends in `>`: test the last characters there only.
    return code === codes.greaterThan && close?.test(text.slice(-4)) ? ok : further;
  }
}
