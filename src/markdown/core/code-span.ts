/**
 * Code spans whose opening run has no closing run of its length. Python-Markdown's BACKTICK_RE
 * (`(`+)(.+?)(?<!`)\2(?!`)`) backtracks: when no later run of all n backticks closes the span,
 * the regex opens with fewer (n-1, ... 1) and the rest of the run is text of the span. micromark's
 * `codeText` leaves the run literal then; this construct runs before it and takes those spans.
 *
 * ```
 * x ``a` b         ->  <p>x <code>`a</code> b</p>
 * y ```a` b `` c   ->  <p>y <code>`a` b</code> c</p>     (2 is tried before 1)
 * z ``a`` b        ->  micromark's codeText (a closing run of the same length)
 * ```
 */
import { codeText } from 'micromark-core-commonmark';
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext } from 'micromark-util-types';

/**
 * Reads the opening run (its length into `size.open`), then succeeds only when no later run of
 * exactly that length is in the text: where micromark's `codeText` fails.
 */
function unclosedRun(size: { open: number }): Construct {
  return {
    partial: true,
    tokenize(effects: Effects, ok: State, nok: State): State {
      let run = 0;
      size.open = 0;
      return open;

      /** `|``a`: the opening run. */
      function open(code: Code): State | undefined {
        if (code === codes.graveAccent) {
          size.open++;
          effects.consume(code);
          return open;
        }
        return scan(code);
      }

      /** `` ``a|` ``: on to the end of the text, counting each run of backticks. */
      function scan(code: Code): State | undefined {
        if (code === codes.graveAccent) {
          run++;
          effects.consume(code);
          return scan;
        }
        if (run === size.open) return nok(code);
        run = 0;
        if (code === codes.eof) return ok(code);
        effects.consume(code);
        return scan;
      }
    },
  };
}

/** A span opened by `size` of the run's `open` backticks, closed by the first run of exactly `size`. */
function spanOf(size: number, open: number): Construct {
  return {
    resolve: codeText.resolve,
    tokenize(effects: Effects, ok: State, nok: State): State {
      let opened = 0;
      let run = 0;
      let token: Token | undefined;
      return start;

      /** `|``a`: `size` backticks open, the rest of the run is text. */
      function start(code: Code): State | undefined {
        effects.enter('codeText');
        effects.enter('codeTextSequence');
        return sequenceOpen(code);
      }

      function sequenceOpen(code: Code): State | undefined {
        if (opened < size) {
          opened++;
          effects.consume(code);
          return sequenceOpen;
        }
        effects.exit('codeTextSequence');
        effects.enter('codeTextData');
        return rest(code);
      }

      /** `` `|`a ``: the run's backticks left over. */
      function rest(code: Code): State | undefined {
        if (opened < open) {
          opened++;
          effects.consume(code);
          return rest;
        }
        effects.exit('codeTextData');
        return between(code);
      }

      function between(code: Code): State | undefined {
        if (code === codes.eof) return nok(code);
        if (code === codes.space) {
          effects.enter('space');
          effects.consume(code);
          effects.exit('space');
          return between;
        }
        if (code === codes.graveAccent) {
          token = effects.enter('codeTextSequence');
          run = 0;
          return sequenceClose(code);
        }
        if (markdownLineEnding(code)) {
          effects.enter('lineEnding');
          effects.consume(code);
          effects.exit('lineEnding');
          return between;
        }
        effects.enter('codeTextData');
        return data(code);
      }

      function data(code: Code): State | undefined {
        if (code === codes.eof || code === codes.space || code === codes.graveAccent || markdownLineEnding(code)) {
          effects.exit('codeTextData');
          return between(code);
        }
        effects.consume(code);
        return data;
      }

      /** `` ``a|` ``: a run closes the span when it has exactly `size` backticks, else it is text. */
      function sequenceClose(code: Code): State | undefined {
        if (code === codes.graveAccent) {
          run++;
          effects.consume(code);
          return sequenceClose;
        }
        if (run === size) {
          effects.exit('codeTextSequence');
          effects.exit('codeText');
          return ok(code);
        }
        // Still open: the run goes on as the text's data (as in micromark's codeText).
        if (token) token.type = 'codeTextData';
        return data(code);
      }
    },
  };
}

const shortenedCodeText: Construct = {
  name: 'pythonMarkdownShortenedCodeText',
  previous: codeText.previous,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const size = { open: 0 };
    return (code: Code) => effects.check(unclosedRun(size), shorter, nok)(code);

    /** No run of the whole length closes: try n-1 backticks, then fewer, down to one. */
    function shorter(code: Code): State | undefined {
      return attempt(size.open - 1)(code);
    }

    function attempt(length: number): State {
      if (length < 1) return nok;
      return effects.attempt(spanOf(length, size.open), ok, attempt(length - 1));
    }
  },
};

export const pythonCodeSpanExtension: Extension = {
  text: { [codes.graveAccent]: shortenedCodeText },
};
