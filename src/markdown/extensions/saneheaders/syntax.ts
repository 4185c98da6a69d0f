/**
 * Core's Python-Markdown ATX heading construct behind a check: it only runs where one to six
 * `#` are followed by a space (PyMdown's `#{1,6}(?=[ ])`).
 *
 * ```
 * ## a      check passes -> core's heading tokenizer
 * ##a       check fails  -> not a heading (a paragraph)
 * ####### a seven `#`: fails
 * ```
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { pythonHeadingAtx } from '../../core/heading-atx.ts';
import { codes } from 'micromark-util-symbol';

const MAX_LEVEL = 6;

const saneOpening: Construct = { tokenize: tokenizeOpening, partial: true };

const saneHeading: Construct = {
  name: 'saneHeadingAtx',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const heading = pythonHeadingAtx.tokenize.call(this, effects, ok, nok);
    return effects.check(saneOpening, heading, nok);
  },
  ...(pythonHeadingAtx.resolve ? { resolve: pythonHeadingAtx.resolve } : {}),
};

export const saneHeadingExtension: Extension = {
  disable: { null: ['pythonMarkdownHeadingAtx'] },
  flow: { [codes.numberSign]: saneHeading },
};

function tokenizeOpening(effects: Effects, ok: State, nok: State): State {
  let size = 0;
  const sequence = (code: Code): State | undefined => {
    if (code === codes.numberSign && size < MAX_LEVEL) {
      size++;
      effects.consume(code);
      return sequence;
    }
    return size > 0 && code === codes.space ? ok(code) : nok(code);
  };
  return (code) => {
    effects.enter('atxHeadingSequence');
    return sequence(code);
  };
}
