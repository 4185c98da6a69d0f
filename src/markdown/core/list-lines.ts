/**
 * What core's list construct needs to know about the line it is on: what is open in the flow
 * before it, and whether an indented line right after an item's own lines is plain text.
 *
 * ```
 * - a
 *     - b          <- a nested item: the list may start inside `a`'s paragraph
 *     !!! note     <- text of `a` (Python-Markdown keeps the indent, so no block starts)
 * ```
 */
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Point, State, TokenizeContext } from 'micromark-util-types';
import { afterFenceLineInFlow, fencesBeforeBlocks } from './fence-line.ts';
import { listIndent } from './list-indent.ts';
import { orderedMarkers } from './list-markers.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface ParseContext {
    /** The line on which a list continuation consumed the indent of an item's first block. */
    pythonListNestLine?: number | undefined;
  }
}

/**
 * Where a list would start while micromark's flow has something open (`self.interrupt`): is
 * that a paragraph, and is the container continued last on this line a list item? Python-Markdown
 * refuses a list inside a paragraph (its list processor only looks at the start of a block),
 * except in a list item, where `- a\n    - b` nests. Only this line's container prefixes are read,
 * back to the previous line's flow chunk, whose tokenizer says what is open.
 */
export function openBefore(context: TokenizeContext): { paragraph: boolean; inListItem: boolean } {
  let innermost: string | undefined;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (!token) break;
    // A container that opens on this line (`Term\n:   - a`, `Para\n> - a`) ends the paragraph
    // around it: Python-Markdown hands the container its own block, where the list comes first.
    if (kind === 'enter' && token._container === true) return { paragraph: false, inListItem: false };
    if (token.type === 'chunkFlow') {
      const nests = innermost === 'listItemIndent' && context.parser.pythonListNestLine === context.now().line;
      return { paragraph: inParagraph(token._tokenizer), inListItem: nests };
    }
    if (token.type !== 'linePrefix' && innermost === undefined) innermost = token.type;
  }
  return { paragraph: true, inListItem: false };
}

/**
 * The flow tokenizer of the previous line's flow chunk: what is open before this line. With
 * `unquoted`, none when that line was in a block quote.
 */
export function previousFlow(context: TokenizeContext, unquoted = false): TokenizeContext | undefined {
  let flow: TokenizeContext | undefined;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (token?.type === 'chunkFlow') {
      // Back from the previous line's chunk (its exit, then its enter) to the one before it.
      if (flow && kind === 'exit') return flow;
      flow = token._tokenizer;
      if (!unquoted) return flow;
    } else if (flow && token?.type === 'blockQuotePrefix') return undefined;
  }
  return flow;
}

/**
 * True when superfences is on and the previous line closed a fence that this line goes on from:
 * PyMdown has left one placeholder line of text there, which a list cannot interrupt either
 * (`` ``` ``\n- a` is text). Not when an admonition, details or tab the fence was in has ended
 * (their processors split the block at the first unindented line).
 */
export function afterFenceLine(context: TokenizeContext): boolean {
  if (!fencesBeforeBlocks(context) || leftIndentedContainer(context)) return false;
  const flow = previousFlow(context);
  return flow !== undefined && afterFenceLineInFlow(flow);
}

/** True when the previous line was in more list items than this one is so far (this indent included). */
function nestedItemBefore(context: TokenizeContext): boolean {
  const counts = [0, 0];
  let line = 0;
  for (let index = context.events.length - 1; index >= 0 && line < 2; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (token?.type === 'chunkFlow' && kind === 'exit') line++;
    else if ((token?.type === 'listItemPrefix' || token?.type === 'listItemIndent') && kind === 'enter') counts[line] = (counts[line] ?? 0) + 1;
  }
  return (counts[1] ?? 0) > (counts[0] ?? 0);
}

/** True when this line continues fewer admonitions, details or tabs than the previous line. */
function leftIndentedContainer(context: TokenizeContext): boolean {
  return leftContainer(context, INDENTED_CONTAINERS);
}

const INDENTED_CONTAINERS: ReadonlySet<string> = new Set(['indentedContainerIndent']);
const DETABBING_CONTAINERS: ReadonlySet<string> = new Set(['indentedContainerIndent', 'defListIndent']);

/** True when this line continues fewer containers whose prefix is one of `types` than the previous line. */
function leftContainer(context: TokenizeContext, types: ReadonlySet<string>): boolean {
  const counts = [0, 0];
  let line = 0;
  for (let index = context.events.length - 1; index >= 0 && line < 2; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (token?.type === 'chunkFlow' && kind === 'exit') line++;
    else if (token && kind === 'enter' && types.has(token.type)) counts[line] = (counts[line] ?? 0) + 1;
  }
  return (counts[0] ?? 0) < (counts[1] ?? 0);
}

/** Tokens inside a fenced code block, up to its last line so far. */
const FENCE_INSIDE = new Set(['codeFencedFence', 'codeFencedFenceSequence', 'codeFencedFenceInfo', 'codeFencedFenceMeta', 'chunkString', 'whitespace', 'linePrefix', 'codeFlowValue', 'lineEnding']);

/** Where the fenced code block the flow's last line is in opened; undefined when none is open. */
export function openFenceStart(flow: TokenizeContext | undefined): Point | undefined {
  const events = flow?.events ?? [];
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index];
    if (!event) return undefined;
    if (event[1].type === 'codeFenced') return event[0] === 'enter' ? event[1].start : undefined;
    if (!FENCE_INSIDE.has(event[1].type)) return undefined;
  }
  return undefined;
}

/** The page column where the fenced code block the flow's last line is in opened; undefined when none is open. */
export function openFenceColumn(flow: TokenizeContext | undefined): number | undefined {
  return openFenceStart(flow)?.column;
}

/**
 * `  |x` in a fence opened at column 3: spaces up to the column where the fence the previous line
 * is in opened, then text. A less indented line ends the fence for superfences' line scan.
 */
export const fenceIndent: Construct = { tokenize: tokenizeFenceIndent, partial: true };

function tokenizeFenceIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const column = openFenceColumn(previousFlow(self)) ?? 1;
  return spaces;

  function spaces(code: Code): State | undefined {
    if (self.now().column >= column) return ok(code);
    if (!markdownSpace(code)) return nok(code);
    effects.enter('linePrefix');
    effects.consume(code);
    effects.exit('linePrefix');
    return spaces;
  }
}

/**
 * True when the flow's last line was paragraph text: micromark's `content`, or a line of a table
 * (its head, held until the separator row shows, or a row: every line of a table's block is a row).
 */
export function inParagraph(flow: TokenizeContext | undefined): boolean {
  const events = flow?.events ?? [];
  for (let index = events.length - 1; index >= 0; index--) {
    const type = events[index]?.[1].type;
    if (type === 'lineEnding') continue;
    // `paragraph`/`content`: the same flow once closed (micromark asks twice: check, then attempt).
    // `pythonTableHead`, `pythonTableJunk`: a one-column table still checking that every line of
    // its block has a pipe (the check reads on across lines).
    return type === 'chunkContent' || type === 'paragraph' || type === 'content' ||
      type === 'pythonTableRow' || type === 'pythonTable' || type === 'pythonTableHead' || type === 'pythonTableJunk';
  }
  return false;
}

/**
 * True when the previous line is a table's (its head or a body row) in the same admonition,
 * details, tab or definition: TableProcessor takes every further line of its block as a row. A
 * line that leaves such a container is cut off the block by the container's processor.
 */
export function afterTableLine(context: TokenizeContext): boolean {
  return !leftContainer(context, DETABBING_CONTAINERS) && endsWithTableLine(previousFlow(context));
}

/**
 * True when the flow's last line is a table's (the tables extension's tokens: its head or a body
 * row): TableProcessor takes every line of its block as a row, so other block starts there are rows
 * too (lists here, def_list's `:` lines).
 */
export function endsWithTableLine(flow: TokenizeContext | undefined): boolean {
  const events = flow?.events ?? [];
  for (let index = events.length - 1; index >= 0; index--) {
    const [kind, token] = events[index] ?? [];
    if (token?.type === 'lineEnding' || token?.type === 'linePrefix') continue;
    return kind === 'exit' && (token?.type === 'pythonTable' || token?.type === 'pythonTableRow');
  }
  return false;
}

/**
 * `    |text`: tab_length spaces (the list indent) or more, then something that is no list marker
 * (nor, with superfences, a fence: three backticks or tildes).
 */
export const indentedText: Construct = { tokenize: tokenizeIndentedText, partial: true };

function tokenizeIndentedText(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const before = self.events.length;
  const markers = orderedMarkers(self);
  const size = listIndent(self);
  let value = '';
  return factorySpace(effects, afterIndent, 'listItemIndent', size + 1);

  function afterIndent(code: Code): State | undefined {
    const tail = self.events.length > before ? self.events[self.events.length - 1] : undefined;
    if (!tail || tail[2].sliceSerialize(tail[1], true).length !== size) return nok(code);
    return afterSpaces(code);
  }

  /**
   * Deeper lines are text too: Python-Markdown's item lines want 4 to 7 spaces before a nested
   * item's marker, and its rule, quote and heading patterns at most 3 (`- a\n     ---` is `a ---`).
   */
  function afterSpaces(code: Code): State | undefined {
    // Under a nested item's line the line is that item's, which reads its own indent.
    if (markdownSpace(code) && nestedItemBefore(self)) return nok(code);
    if (markdownSpace(code)) {
      effects.consume(code);
      return afterSpaces;
    }
    if (code === null || markdownLineEnding(code)) return nok(code);
    if ((code === codes.graveAccent || code === codes.tilde) && fencesBeforeBlocks(self)) {
      return fenceSequence(code, 0)(code);
    }
    if (code === codes.asterisk || code === codes.plusSign || code === codes.dash) {
      effects.consume(code);
      return (next: Code) => (markdownSpace(next) ? nok(next) : ok(next));
    }
    return markers.starts(code) ? digits(code) : ok(code);
  }

  /** `    ``|`` `: three of the same fence character are a fence, fewer are text. */
  function fenceSequence(marker: Code, size: number): State {
    return (code: Code) => {
      if (size === 3) return nok(code);
      if (code !== marker) return ok(code);
      effects.consume(code);
      return fenceSequence(marker, size + 1);
    };
  }

  /** `    1|2. b` or an extension's `    a|. b`: an ordered marker makes a nested item. */
  function digits(code: Code): State | undefined {
    if (code !== null && value.length < 20 && markers.continues(code)) {
      value += String.fromCharCode(code);
      effects.consume(code);
      return digits;
    }
    if ((code !== codes.dot && code !== codes.rightParenthesis) || markers.accepts(value, String.fromCharCode(code)) === 'no') return ok(code);
    effects.consume(code);
    return (next: Code) => (markdownSpace(next) ? nok(next) : ok(next));
  }
}
