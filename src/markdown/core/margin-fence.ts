/**
 * fenced_code (without superfences) finds its fences in the page's text before any block is
 * read (FENCED_BLOCK_RE: the fence at a line's start, a header it knows, a closing line of the
 * same fence) and puts the placeholder between blank lines. So a closed fence at the left margin
 * right after a list item's line is no lazy line of the item: the list ends before it, and a
 * marker after it starts a new list.
 *
 * ```
 * - item       <ul><li>item</li></ul>
 * ```          <pre><code>code
 * code    ->   </code></pre>
 * ```          <ul><li>next</li></ul>
 * - next
 * ```
 */
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';

/** FENCED_BLOCK_RE's opening line after the fence: `{attrs}`, or `.lang` and `hl_lines="..."`. */
const HEADER = /^[ ]*(?:\{[^\n]*\}|(?:\.?[\w#.+-]*[ ]*)?(?:hl_lines=(["']).*?\1[ ]*)?)$/u;

/** fenced_code's fences are on (not switched off, not superfences' instead). */
export function marginFencesApart(context: TokenizeContext): boolean {
  return !(context.parser.constructs.disable?.null ?? []).includes('pythonMarkdownCodeFenced');
}

/** At a line's start: a fence FENCED_BLOCK_RE takes whole, up to its closing line. */
export const closedMarginFence: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let fence = '';
    let line = '';
    return start;

    function start(code: Code): State | undefined {
      if (self.now().column !== 1 || (code !== codes.graveAccent && code !== codes.tilde)) return nok(code);
      return opening(code);
    }

    /** `|```py`: three or more of one fence character. */
    function opening(code: Code): State | undefined {
      if (code !== null && String.fromCharCode(code) === (fence[0] ?? String.fromCharCode(code)) && (code === codes.graveAccent || code === codes.tilde)) {
        fence += String.fromCharCode(code);
        effects.consume(code);
        return opening;
      }
      if (fence.length < 3) return nok(code);
      return header(code);
    }

    /** ```` ```|py ````: the rest of the opening line, which FENCED_BLOCK_RE must know. */
    function header(code: Code): State | undefined {
      if (code === codes.eof) return nok(code);
      if (markdownLineEnding(code)) {
        if (!HEADER.test(line)) return nok(code);
        effects.consume(code);
        line = '';
        return body;
      }
      line += String.fromCharCode(code);
      effects.consume(code);
      return header;
    }

    /** A line of the code, or the closing fence: the same fence, then only spaces. */
    function body(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        if (line.startsWith(fence) && /^ *$/.test(line.slice(fence.length))) return ok(code);
        if (code === codes.eof) return nok(code);
        line = '';
        effects.consume(code);
        return body;
      }
      line += String.fromCharCode(code);
      effects.consume(code);
      return body;
    }
  },
};
