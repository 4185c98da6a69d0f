/**
 * Fenced code closes only at a fence exactly as long as the opening one, as Python-Markdown's
 * fenced_code (`(?P=fence)[ ]*$`) and PyMdown's superfences (`%s[ \t]*$` on the fence string)
 * both read it; CommonMark closes at any fence at least as long:
 *
 * ```
 * |```             <- opens with three
 * |````            <- four: a line of the code here (CommonMark would close)
 * |```             <- closes
 * ```
 * Wraps micromark's `codeFenced` and takes its place (`FENCE_CONSTRUCT_NAMES`: whatever turns
 * fences off, md_in_html's span mode or a bare renderer without fenced_code, disables both
 * names). Its only attempt is the closing-fence check; that check's success is refused when the
 * lengths differ. micromark's own construct has to go: it would take a line this one refuses.
 *
 * An extension may also refuse the opening line (`pythonFenceHeader`) of a fence at the page's
 * left margin: superfences scans the page line by line and, where no fence entry accepts a
 * header, goes on at the next line, so that line is text and a later fence line (even the
 * would-be closing one) may open a fence:
 *
 * ```
 * |``` py foo="x"  <- refused: a line of text
 * |a
 * |```            <- opens a fence, to the next ``` line
 * ```
 *
 * Nor is a fence right after a list marker on the same line one (`- ```py`): fenced_code's
 * expression wants the fence at a line's start, superfences' scan only `>`, spaces and tabs
 * before it; the line is the item's text, where ``` ... ``` reads as one code span.
 */
import { codeFenced } from 'micromark-core-commonmark';
import { codes } from 'micromark-util-symbol';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface Extension {
    /**
     * Tests on a fence's opening line (from its fence characters to the line's end): the line
     * opens a fence only when every test accepts it (pymdownx.superfences' header validation).
     */
    pythonFenceHeader?: { null?: Array<(line: string) => boolean> | undefined } | undefined;
    /** Offsets where no fence opens: fences Python-Markdown does not see (core/unfenced.ts). */
    pythonFenceRefused?: { null?: number[] | undefined } | undefined;
  }
  interface ParseContext {
    /** Where the content of the last list marker line read starts (set by core's list construct). */
    pythonMarkerEnd?: { readonly line: number; readonly column: number } | undefined;
  }
}

/** micromark's fence construct and ours: disable both to turn fences off. */
export const FENCE_CONSTRUCT_NAMES = ['codeFenced', 'pythonMarkdownCodeFenced'] as const;

const exactCodeFenced: Construct = {
  name: 'pythonMarkdownCodeFenced',
  concrete: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const context = this;
    const marker = context.parser.pythonMarkerEnd;
    const at = context.now();
    if (marker?.line === at.line && marker.column === at.column) return nok;
    if (context.parser.constructs.pythonFenceRefused?.null?.includes(at.offset) === true) return nok;
    const from = context.events.length;
    const tests = context.parser.constructs.pythonFenceHeader?.null ?? [];
    // Decided when the opening line ends: a refused one fails the whole construct right there
    // (through `ok` when interrupting a paragraph, else through the check that comes next).
    let refused = false;
    let opened = false;
    const guarded: Effects = {
      ...effects,
      attempt: (construct, onOk, onNok) => effects.attempt(isConstruct(construct) ? sameLength(construct, context, from) : construct, onOk, onNok),
      check: (construct, onOk, onNok) => (refused ? nok : effects.check(construct, onOk, onNok)),
      exit: (type) => {
        const token = effects.exit(type);
        // Only at the page's left margin: in a list item, admonition or tab, the fence the next
        // line would open is dropped by PyMdown when a less indented line comes before its end,
        // and all its lines are text, which superfences' pass builds from the whole block.
        if (type === 'codeFencedFence' && !opened) {
          opened = true;
          const line = context.sliceSerialize(token);
          refused = token.start.column <= 4 && tests.some((accepts) => !accepts(line));
        }
        return token;
      },
    };
    const done: State = (code) => (refused ? nok(code) : ok(code));
    return codeFenced.tokenize.call(context, guarded, tests.length > 0 ? done : ok, nok);
  },
};

function isConstruct(value: Construct | Construct[] | Record<string, unknown>): value is Construct {
  return !Array.isArray(value) && typeof value['tokenize'] === 'function';
}

/** The closing-fence check, failing when its sequence is not as long as the opening one. */
function sameLength(close: Construct, context: TokenizeContext, from: number): Construct {
  return {
    ...close,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const exact: State = (code) => (sequenceLengths(context, from) ? ok(code) : nok(code));
      return close.tokenize.call(this, effects, exact, nok);
    },
  };
}

/** True when the first and the last fence sequence since `from` have the same length. */
function sequenceLengths(context: TokenizeContext, from: number): boolean {
  const lengths: number[] = [];
  for (let index = from; index < context.events.length; index++) {
    const event = context.events[index];
    if (event?.[0] === 'exit' && event[1].type === 'codeFencedFenceSequence') lengths.push(event[1].end.offset - event[1].start.offset);
  }
  return lengths.length < 2 || lengths[0] === lengths.at(-1);
}

/** Core's swap-in for micromark's `codeFenced` (see python-markdown.ts). */
export const pythonFenceCloseExtension: Extension = {
  flow: { [codes.graveAccent]: exactCodeFenced, [codes.tilde]: exactCodeFenced },
  disable: { null: ['codeFenced'] },
};
