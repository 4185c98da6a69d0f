/**
 * Lines that Python-Markdown splits off a block before its list and blockquote processors see
 * it: ATX headings and horizontal rules (their processors search the whole block and run first),
 * and raw HTML blocks at the start of a document line (extracted before any block parsing).
 * Every other line right after a list item or quote line is a lazy line of it.
 *
 * ```
 * - a
 * > q        <- lazy: a quote inside the item
 * # H        <- split off: a heading after the list
 * ```
 */
import { headingAtx, thematicBreak } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { blockLevelStart } from './html-flow.ts';

export const splitOff: Construct = { tokenize: tokenizeSplitOff, partial: true };

function tokenizeSplitOff(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code: Code) => {
    const atLineStart = self.now().column === 1;
    const rest: State = effects.attempt(headingAtx, ok, effects.attempt(thematicBreak, ok, atLineStart ? effects.attempt(blockLevelStart, ok, nok) : nok));
    return factorySpace(effects, rest, 'linePrefix', 4)(code);
  };
}
