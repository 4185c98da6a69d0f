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
 * Wraps micromark's `codeFenced` under the same name, so whatever disables fences by name
 * (md_in_html's span mode, a bare renderer without fenced_code) disables this one too. Its only
 * attempt is the closing-fence check; that check's success is refused when the lengths differ.
 */
import { codeFenced } from 'micromark-core-commonmark';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const GRAVE_ACCENT = 96;
const TILDE = 126;

const exactCodeFenced: Construct = {
  name: 'codeFenced',
  concrete: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const context = this;
    const from = context.events.length;
    const guarded: Effects = {
      ...effects,
      attempt: (construct, onOk, onNok) => effects.attempt(isConstruct(construct) ? sameLength(construct, context, from) : construct, onOk, onNok),
    };
    return codeFenced.tokenize.call(context, guarded, ok, nok);
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
  flow: { [GRAVE_ACCENT]: exactCodeFenced, [TILDE]: exactCodeFenced },
};
