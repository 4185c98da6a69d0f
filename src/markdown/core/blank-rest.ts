/**
 * micromark's `blankLine` check, remembered per line. Every open list item and indented
 * container asks "is the rest of this line blank?" at the start of its continuation, and
 * micromark's construct answers by reading the whitespace to the end of the line each time: a
 * line nested N deep with W spaces of indent cost N × W. Here the first check on a line reads
 * it once and notes where the whitespace stops; later checks on the same stretch reuse that.
 *
 * ```
 * ␠␠␠␠␠␠␠␠␠␠␠␠- item     <- each of the 3 items around asks at its own column; one scan answers
 * ```
 */
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface ParseContext {
    /** The last whitespace stretch read by `blankRest`: from `from` to `to` (offsets) on `line`. */
    pythonBlankRest?: { line: number; from: number; to: number; blank: boolean } | undefined;
  }
}

/** Partial construct: ok when only whitespace is left on the line (as micromark's `blankLine`). */
export const blankRest: Construct = { tokenize: tokenizeBlankRest, partial: true };

function tokenizeBlankRest(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const here = self.now();
  const known = self.parser.pythonBlankRest;
  return start;

  function start(code: Code): State | undefined {
    if (known && known.line === here.line && known.from <= here.offset && here.offset <= known.to) return known.blank ? ok(code) : nok(code);
    // Whitespace is consumed as a token, as micromark's `blankLine` does; a check undoes it.
    if (!markdownSpace(code)) return end(code);
    effects.enter('linePrefix');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return inside;
    }
    effects.exit('linePrefix');
    return end(code);
  }

  function end(code: Code): State | undefined {
    const blank = code === null || markdownLineEnding(code);
    self.parser.pythonBlankRest = { line: here.line, from: here.offset, to: self.now().offset, blank };
    return blank ? ok(code) : nok(code);
  }
}
