/**
 * The block container shared by `!!!` (admonition), `???` (pymdownx.details) and `===`
 * (pymdownx.tabbed): a one-line header, then a body that continues while lines are blank or
 * indented by tab_length (4) columns. This is the mechanism GFM footnote definitions use
 * (a micromark *document* construct with `continuation` + `exit`), so lists, fences and
 * nested containers inside the body are parsed by micromark itself, never by counting spaces.
 *
 * ```
 * !!! note "Title"     <- header: matched as one line with the extension's own expression
 *     body             <- continuation: 4 columns of indent (the indent is not content)
 *                      <- continuation: a blank line
 *     more body
 * not body             <- ends the container, even after a paragraph line (no laziness)
 * ```
 *
 * Python-Markdown has no lazy lines in these blocks (`detab` hands every unindented line back
 * to the parent), while micromark would continue an open paragraph lazily. `containerBreak`
 * turns that off: when one of our containers fails to continue on a line, it reports a "new
 * container" for that line, which makes micromark close the unmatched containers before the
 * line is parsed. It never opens anything itself (see `tokenizeBreak`).
 */
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { blankRest } from './blank-rest.ts';
import { beyondContainerLimit } from './depth.ts';
import { quotePrefixes } from './line-prefix.ts';

/** Python-Markdown's tab_length: the indent that continues the body. */
export const TAB_LENGTH = 4;

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    indentedContainerIndent: 'indentedContainerIndent';
  }
  interface ParseContext {
    /** Offset of the line start where one of our containers did not continue (see containerBreak). */
    indentedContainerBreak?: number | undefined;
  }
  interface ContainerState {
    /**
     * The column of the list marker this container's header follows on its line (`- !!! note`),
     * until the first blank line after it (see `markerLineBody`).
     */
    pythonMarkerColumn?: number | undefined;
  }
}

/** One piece of the header line, in order; together they cover the whole line. */
export interface HeaderSegment {
  readonly type: TokenType;
  /** Length in micromark codes (a tab counts as the columns it spans). */
  readonly size: number;
  /** Parsed as inline Markdown (titles and labels are, in Python-Markdown). */
  readonly text?: boolean | undefined;
}

export interface IndentedContainerOptions {
  /** Token wrapping the whole container, e.g. `admonition`. */
  readonly type: TokenType;
  /**
   * Splits a header line into segments, or returns undefined when the line is not a header.
   * The line is given with tabs expanded to spaces, as Python-Markdown sees it.
   */
  readonly header: (line: string) => readonly HeaderSegment[] | undefined;
}

/** The document construct for one container kind; register it under its marker character. */
export function indentedContainer(options: IndentedContainerOptions): Construct {
  return {
    name: options.type,
    tokenize(effects, ok, nok) {
      return tokenizeStart.call(this, options, effects, ok, nok);
    },
    continuation: { tokenize: tokenizeContinuation },
    exit(effects) {
      // The break (if any) is used up: the line below is parsed in the parent again.
      this.parser.indentedContainerBreak = undefined;
      effects.exit(options.type);
    },
  };
}

/** A document extension: `constructs` by marker code, plus the laziness breaker. */
export function indentedContainerExtension(constructs: Readonly<Record<number, Construct>>): Extension {
  return { document: { ...constructs, null: [containerBreak] } };
}

/** See the module comment: a check-only "container" that ends our containers' laziness. */
export const containerBreak: Construct = { name: 'indentedContainerBreak', tokenize: tokenizeBreak };

function tokenizeBreak(this: TokenizeContext, _effects: Effects, ok: State, nok: State): State {
  const self = this;
  // Only ever true inside `effects.check` (before micromark exits the unmatched containers,
  // whose `exit` clears the mark), so this construct is never pushed as a real container.
  return (code) => (brokenHere(self) ? ok(code) : nok(code));
}

/**
 * Whether a container failed to continue on this line, where micromark now looks for new
 * containers: at the mark, or after the up to 3 spaces it skips first (`!!! note\n    a\n  b`
 * ends the admonition: Python-Markdown's detab hands `  b` back). The column check keeps the
 * mark to its own line.
 */
export function brokenHere(context: TokenizeContext): boolean {
  const mark = context.parser.indentedContainerBreak;
  // Asked at every line of every container: `now()` makes a point, only worth it with a mark.
  if (mark === undefined) return false;
  const { offset, column } = context.now();
  const skipped = offset - mark;
  return skipped >= 0 && skipped < TAB_LENGTH && column - 1 >= skipped;
}

function tokenizeStart(this: TokenizeContext, options: IndentedContainerOptions, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let segments: readonly HeaderSegment[] = [];
  const scan: Construct = { partial: true, tokenize: (scanEffects, scanOk, scanNok) => scanHeader(scanEffects, scanOk, scanNok) };
  // micromark skips up to 3 spaces before trying containers; Python-Markdown wants the marker
  // at the very start of the line (`   !!! note` is a paragraph).
  const tail = this.events[this.events.length - 1];
  if (tail && tail[0] === 'exit' && tail[1].type === 'linePrefix') return nok;
  if (beyondContainerLimit(this)) return nok;
  return (code) => effects.check(scan, open, nok)(code);

  /** `|!!! note "T"`: reads the line without keeping anything, then asks the extension. */
  function scanHeader(scanEffects: Effects, scanOk: State, scanNok: State): State {
    let line = '';
    const read: State = (code) => {
      if (code === null || markdownLineEnding(code)) {
        const found = options.header(line);
        if (!found) return scanNok(code);
        segments = found;
        return scanOk(code);
      }
      // Tabs arrive as a tab plus virtual spaces up to the next stop: one space each.
      line += code < 0 || code === codes.horizontalTab ? ' ' : String.fromCharCode(code);
      scanEffects.consume(code);
      return read;
    };
    return read;
  }

  function open(code: Code): State | undefined {
    const state = self.containerState;
    if (state) state.pythonMarkerColumn = quotePrefixes(self).marker;
    effects.enter(options.type, { _container: true });
    return emitSegments(effects, segments, ok)(code);
  }
}

/**
 * `!!!| |note| |"|T|"`: emits a header line as one token per segment, text segments holding an
 * inline chunk, then goes on with `ok`. Shared by every header-line container (admonition,
 * details, tabbed, pymdownx.blocks).
 */
export function emitSegments(effects: Effects, segments: readonly HeaderSegment[], ok: State): State {
  let index = 0;
  let remaining = 0;
  const segmentStart = (code: Code): State | undefined => {
    const segment = segments[index];
    if (!segment) return ok(code);
    if (segment.size === 0) {
      index++;
      return segmentStart(code);
    }
    effects.enter(segment.type);
    if (segment.text === true) effects.enter('chunkText', { contentType: 'text' });
    remaining = segment.size;
    return segmentInside(code);
  };
  const segmentInside = (code: Code): State | undefined => {
    if (remaining > 0) {
      effects.consume(code);
      remaining--;
      return segmentInside;
    }
    const segment = segments[index];
    if (segment?.text === true) effects.exit('chunkText');
    if (segment) effects.exit(segment.type);
    index++;
    return segmentStart(code);
  };
  return segmentStart;
}

/** `|    body` or `|` (blank): the body goes on; anything else ends it, see containerBreak. */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const lineStart = self.now().offset;
  const state = self.containerState;
  const markerColumn = state?.pythonMarkerColumn;
  const blank = (code: Code): State | undefined => {
    if (state) state.pythonMarkerColumn = undefined;
    return ok(code);
  };
  if (markerColumn !== undefined) {
    const body: Construct = { partial: true, tokenize: (look, yes, no) => markerLineBody(self, markerColumn, look, yes, no) };
    return effects.check(blankRest, blank, effects.check(body, ok, broken));
  }
  return effects.check(blankRest, blank, effects.attempt(indent, ok, broken));

  function broken(code: Code): State | undefined {
    self.parser.indentedContainerBreak = lineStart;
    return nok(code);
  }
}

/**
 * A header on a list item's marker line (`- !!! note`) takes, up to the first blank line, every
 * line indented by tab_length from the marker, with nothing more to remove: Python-Markdown's
 * list processor hands such lines to the item as they are, and the container's processor
 * removes tab_length from them (after a blank line, the list's indent and then the container's
 * are removed, as for any body).
 *
 * ```
 * - !!! note        <div class="admonition note">...
 *       Six         (the text `  Six`, in the container)
 * -   !!! note
 *         Eight     (indented code in the container)
 * ```
 */
function markerLineBody(context: TokenizeContext, markerColumn: number, effects: Effects, ok: State, nok: State): State {
  const inside = (code: Code): State | undefined => {
    if (code === codes.space || code === codes.horizontalTab || code === codes.virtualSpace) {
      effects.consume(code);
      return inside;
    }
    return context.now().column >= markerColumn + TAB_LENGTH ? ok(code) : nok(code);
  };
  return inside;
}

/**
 * `    |b`: exactly tab_length columns of indent, as a `type` token, continue a body (this file's
 * containers, def_list's descriptions, footnote definitions).
 */
export function tabIndent(type: TokenType): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      const self = this;
      // The indent token of an outer container can be the tail too: only a token read here counts.
      const before = self.events.length;
      return factorySpace(effects, afterPrefix, type, TAB_LENGTH + 1);

      function afterPrefix(code: Code): State | undefined {
        const tail = self.events.length > before ? self.events[self.events.length - 1] : undefined;
        return tail && tail[1].type === type && tail[2].sliceSerialize(tail[1], true).length === TAB_LENGTH ? ok(code) : nok(code);
      }
    },
  };
}

const indent = tabIndent('indentedContainerIndent');

/**
 * Splits a header line by the capture groups of a `d`-flagged expression match: each listed
 * group becomes a segment of its token type, the text between groups becomes `filler`.
 */
export function segmentsFromMatch(
  match: RegExpExecArray,
  groups: ReadonlyArray<{ readonly group: number; readonly type: TokenType; readonly text?: boolean }>,
  filler: TokenType,
): HeaderSegment[] {
  const segments: HeaderSegment[] = [];
  let at = 0;
  for (const { group, type, text } of groups) {
    const range = match.indices?.[group];
    if (!range) continue;
    const [start, end] = range;
    if (start > at) segments.push({ type: filler, size: start - at });
    segments.push({ type, size: end - start, text });
    at = end;
  }
  const length = match[0].length;
  if (length > at) segments.push({ type: filler, size: length - at });
  return segments;
}
