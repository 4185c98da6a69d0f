/**
 * ATX headings as Python-Markdown has them, replacing CommonMark's `headingAtx` (same tokens,
 * same resolver): no space is needed after the `#`s, and a seventh `#` starts the text.
 *
 * ```
 * #Heading        ->  <h1>Heading</h1>      (CommonMark: a paragraph)
 * ####### seven   ->  <h6># seven</h6>
 * ```
 */
import { headingAtx } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const NUMBER_SIGN = 35;
const MAX_LEVEL = 6;

export const pythonHeadingAtx: Construct = {
  // Not `headingAtx`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownHeadingAtx',
  tokenize: tokenizeHeading,
  ...(headingAtx.resolve ? { resolve: headingAtx.resolve } : {}),
};

export const pythonHeadingAtxExtension: Extension = {
  disable: { null: ['headingAtx'] },
  flow: { [NUMBER_SIGN]: pythonHeadingAtx },
};

function tokenizeHeading(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  return start;

  /** `|## a`. */
  function start(code: Code): State | undefined {
    if (code !== NUMBER_SIGN) return nok(code);
    effects.enter('atxHeading');
    effects.enter('atxHeadingSequence');
    return sequenceOpen(code);
  }

  /** `#|# a`: up to six `#`, then anything. */
  function sequenceOpen(code: Code): State | undefined {
    if (code === NUMBER_SIGN && size < MAX_LEVEL) {
      size++;
      effects.consume(code);
      return sequenceOpen;
    }
    effects.exit('atxHeadingSequence');
    return atBreak(code);
  }

  function atBreak(code: Code): State | undefined {
    if (code === NUMBER_SIGN) {
      effects.enter('atxHeadingSequence');
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit('atxHeading');
      return ok(code);
    }
    if (markdownSpace(code)) return factorySpace(effects, atBreak, 'whitespace')(code);
    effects.enter('atxHeadingText');
    return data(code);
  }

  function sequenceFurther(code: Code): State | undefined {
    if (code === NUMBER_SIGN) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit('atxHeadingSequence');
    return atBreak(code);
  }

  function data(code: Code): State | undefined {
    if (code === null || code === NUMBER_SIGN || markdownLineEndingOrSpace(code)) {
      effects.exit('atxHeadingText');
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}
