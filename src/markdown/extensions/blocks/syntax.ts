/**
 * `/// name | argument` ... `///`: PyMdown's generic Blocks fence as a micromark document
 * container. Unlike `!!!` the body is not indented: it runs up to a line of exactly as many
 * slashes as the opening one, and nested blocks close first (PyMdown only ever looks for the
 * end of the innermost open block, so `////` inside an open `///` block is plain content).
 *
 * ```
 * /// admonition | Title   <- header: slashes, a block name this renderer enabled, `| argument`
 *     type: warning        <- options: lines indented by 4+ right below the header (YAML)
 * Body, any Markdown       <- body: parsed as flow by micromark itself
 * ///                      <- close: consumed by the continuation, the flow sees a blank line
 * after                    <- the continuation fails on the next line: the container ends
 * ```
 *
 * Tokens: `blockFence` > `blockFenceMarker`, `blockFenceName`, `blockFenceArgument` (inline text),
 * `blockFenceFiller`, then per line `blockFenceOption` and finally `blockFenceClose`.
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { containerBreak, emitSegments, segmentsFromMatch, tabIndent, type HeaderSegment } from '../../core/indented-container.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    blockFence: 'blockFence';
    blockFenceMarker: 'blockFenceMarker';
    blockFenceName: 'blockFenceName';
    blockFenceArgument: 'blockFenceArgument';
    blockFenceFiller: 'blockFenceFiller';
    blockFenceOption: 'blockFenceOption';
    blockFenceClose: 'blockFenceClose';
  }
  interface ContainerState {
    blockFence?: BlockFenceState | undefined;
  }
  interface ParseContext {
    /** Open Blocks fences, outermost first: only the last one may take a closing line. */
    blockFences?: BlockFenceState[] | undefined;
  }
}

interface BlockFenceState {
  /** Number of slashes: the closing line must have exactly as many. */
  readonly length: number;
  /** Line of the header, to replace the entry a previous `check` left behind. */
  readonly line: number;
  /** Still right below the header, where indented lines are options. */
  header: boolean;
  closed: boolean;
  /** An open code fence in the body (```` ``` ```` or `~~~` and its length): no closing line inside it. */
  fence: string | undefined;
  /** Whether indented lines below the close still go in (HeaderRule.tail). */
  readonly tail: boolean;
}

/** Whether a block name takes an argument: PyMdown's `ARGUMENT` (True / None / False). */
export type ArgumentSpec = 'required' | 'optional' | 'none';

/**
 * What the tokenizer needs of a block type: its argument rule and, for types whose argument
 * has a syntax (`html`'s selector, `caption`'s number and attributes), a check of it. A header
 * that fails either stays paragraph text, as in PyMdown.
 */
export interface HeaderRule {
  readonly argument: ArgumentSpec;
  readonly accepts?: ((argument: string | undefined) => boolean) | undefined;
  /**
   * The element takes indented blocks below its closing line: an old-style processor enabled too
   * (`!!!`, `???`, `===`, priority 105) finds it last in the parent with its own class or tag and
   * dedents the next indented block into it, whoever made it.
   */
  readonly tail?: boolean | undefined;
}

/** PyMdown's RE_START on one line; `\w` is Unicode in Python. */
const HEADER = /^( {0,3})(\/{3,}) *([\p{L}\p{N}_-]+) *(?:(\|) *(.*?) *)?$/du;
const CLOSE = /^ {0,3}(\/{3,}) *$/;
const OPTION = /^ {4,}\S/;
// Fences at any indent: PyMdown finds them nested in lists too.
const FENCE_OPEN = /^[ \t]*(`{3,}(?=[^`]*$)|~{3,})/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

/** The document extension for the enabled block names (lowercase) and their argument rule. */
export function blockFenceSyntax(names: ReadonlyMap<string, HeaderRule>): Extension {
  const construct: Construct = {
    name: 'blockFence',
    tokenize(effects, ok, nok) {
      return tokenizeStart.call(this, names, effects, ok, nok);
    },
    continuation: { tokenize: tokenizeContinuation },
    exit(effects) {
      const state = this.containerState?.blockFence;
      const open = this.parser.blockFences ?? [];
      this.parser.blockFences = open.filter((entry) => entry !== state);
      this.parser.indentedContainerBreak = undefined;
      effects.exit('blockFence');
    },
  };
  // micromark has already taken up to 3 spaces of indent (linePrefix) when this runs.
  return { document: { [codes.slash]: construct, null: [containerBreak] } };
}

/** Reads the rest of the current line without consuming it (as a string, tabs as one space). */
function peekLine(done: (line: string) => boolean): Construct {
  return {
    partial: true,
    tokenize: (scanEffects, ok, nok) => {
      let line = '';
      const read: State = (code) => {
        if (code === null || markdownLineEnding(code)) return done(line) ? ok(code) : nok(code);
        line += code < 0 || code === codes.horizontalTab ? ' ' : String.fromCharCode(code);
        scanEffects.consume(code);
        return read;
      };
      return read;
    },
  };
}

function tokenizeStart(this: TokenizeContext, names: ReadonlyMap<string, HeaderRule>, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let segments: HeaderSegment[] = [];
  let length = 0;
  let tail = false;
  const scan = peekLine((line) => {
    const match = HEADER.exec(line);
    const name = match?.[3]?.toLowerCase();
    const rule = name === undefined ? undefined : names.get(name);
    if (!match || rule === undefined) return false;
    const argument = match[4] === undefined ? undefined : (match[5] ?? '');
    const hasArgument = (argument ?? '') !== '';
    if ((rule.argument === 'required' && !hasArgument) || (rule.argument === 'none' && hasArgument)) return false;
    if (rule.accepts && !rule.accepts(argument)) return false;
    length = match[2]?.length ?? 0;
    tail = rule.tail === true;
    segments = segmentsFromMatch(
      match,
      [
        { group: 2, type: 'blockFenceMarker' },
        { group: 3, type: 'blockFenceName' },
        { group: 5, type: 'blockFenceArgument', text: true },
      ],
      'blockFenceFiller',
    );
    return true;
  });
  return (code) => effects.check(scan, open, nok)(code);

  function open(code: Code): State | undefined {
    const state: BlockFenceState = { length, line: self.now().line, header: true, closed: false, fence: undefined, tail };
    if (self.containerState) self.containerState.blockFence = state;
    // A `check` for new containers ran this tokenizer on the same line before: drop its entry.
    const others = (self.parser.blockFences ?? []).filter((entry) => entry.line !== state.line);
    self.parser.blockFences = [...others, state];
    effects.enter('blockFence', { _container: true });
    return emitSegments(effects, segments, ok)(code);
  }
}

/** Every line continues the body, except the one after this block's closing line. */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState?.blockFence;
  const lineStart = self.now().offset;
  if (!state || state.closed) {
    // Below the close of a block that takes indented blocks, blank lines and 4-space indented
    // ones go on in it, as in an admonition's body.
    if (state?.tail === true) return effects.check(blankLine, ok, effects.attempt(tailIndent, ok, broken));
    return broken;
  }
  let kind: 'option' | 'close' | 'body' = 'body';
  let opening: string | undefined;
  const scan = peekLine((line) => {
    if (state.header && OPTION.test(line)) kind = 'option';
    else {
      state.header = false;
      // PyMdown sees fenced code as placeholders (fences are extracted before blocks are
      // parsed), so a `///` line inside a fence is code, not this block's end.
      if (state.fence !== undefined) {
        if (closesFence(state.fence, line)) state.fence = undefined;
        return false;
      }
      opening = FENCE_OPEN.exec(line)?.[1];
      if (opening !== undefined) return false;
      // A line of a raw HTML block (`<div markdown>` too) is no line of this block's: PyMdown
      // sees the block as one placeholder, so a `///` in it is not this block's end.
      if (self.parser.pythonRawLine === lineStart) return false;
      const close = CLOSE.exec(line);
      // A nested block whose close was the previous line is still open until this line ends it.
      const innermost = (self.parser.blockFences ?? []).filter((entry) => !entry.closed).at(-1) === state;
      kind = close && close[1]?.length === state.length && innermost ? 'close' : 'body';
    }
    return kind !== 'body';
  });
  return (code) => effects.check(scan, take, body)(code);

  /** No laziness after the close: the next line belongs to the parent (see containerBreak). */
  function broken(code: Code): State | undefined {
    self.parser.indentedContainerBreak = lineStart;
    return nok(code);
  }

  /** A body line; one that opens a fence is followed only if the fence closes later (else it is text to PyMdown). */
  function body(code: Code): State | undefined {
    const fence = opening;
    if (fence === undefined) return ok(code);
    return effects.check(closedLater(fence), (next: Code) => {
      if (state) state.fence = fence;
      return ok(next);
    }, ok)(code);
  }

  /** Option and closing lines are ours whole: the flow below sees them as blank. */
  function take(code: Code): State | undefined {
    const type = kind === 'option' ? 'blockFenceOption' : 'blockFenceClose';
    if (kind === 'close' && state) state.closed = true;
    effects.enter(type);
    return rest(code);

    function rest(next: Code): State | undefined {
      if (next === null || markdownLineEnding(next)) {
        effects.exit(type);
        return ok(next);
      }
      effects.consume(next);
      return rest;
    }
  }
}

const blankLine = peekLine((line) => line.trim() === '');
const tailIndent = tabIndent('indentedContainerIndent');

function closesFence(fence: string, line: string): boolean {
  const close = FENCE_CLOSE.exec(line)?.[1];
  return close !== undefined && close[0] === fence[0] && close.length >= fence.length;
}

/** Looks past the current line for a line that closes `fence`, up to the end of the page. */
function closedLater(fence: string): Construct {
  return {
    partial: true,
    tokenize: (scanEffects, ok, nok) => {
      let line: string | undefined;
      const read: State = (code) => {
        if (code === null) return line !== undefined && closesFence(fence, line) ? ok(code) : nok(code);
        if (markdownLineEnding(code)) {
          if (line !== undefined && closesFence(fence, line)) return ok(code);
          line = '';
        } else if (line !== undefined) line += code < 0 || code === codes.horizontalTab ? ' ' : String.fromCharCode(code);
        scanEffects.consume(code);
        return read;
      };
      return read;
    },
  };
}
