/**
 * ATX headings as Python-Markdown has them (HashHeaderProcessor), replacing CommonMark's
 * `headingAtx`:
 *
 * ```
 * #Heading          ->  <h1>Heading</h1>          no space needed after the `#`s
 * ####### seven     ->  <h6># seven</h6>          a seventh `#` starts the text
 * # a #             ->  <h1>a</h1>                closing `#`s go only when they end the line:
 * # a # ␠           ->  <h1>a #</h1>              after them, even a space keeps them as text
 * ### a \###        ->  <h3>a #</h3>              an escaped `#` is text, the rest closes
 * ###&nbsp;a        ->  <h3>a</h3>                the text is stripped of any Unicode space
 * ␠# a              ->  <p># a</p>                the `#` must start the line
 * ```
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { isPythonSpace } from './python-space.ts';
import { codes as symbol } from 'micromark-util-symbol';

const MAX_LEVEL = 6;

export const pythonHeadingAtx: Construct = {
  // Not `headingAtx`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownHeadingAtx',
  tokenize: tokenizeHeading,
};

export const pythonHeadingAtxExtension: Extension = {
  disable: { null: ['headingAtx'] },
  flow: { [symbol.numberSign]: pythonHeadingAtx },
};

/**
 * Where the heading text lies in the rest of the line (`codes`, after the opening `#`s), as
 * counts of codes: `lead` spaces, `text`, `trail` spaces, then the closing `#`s. Undefined when
 * the line has no heading (it ends in an unpaired backslash, which Python's pattern cannot match).
 */
export function splitHeadingLine(codes: readonly number[]): { lead: number; text: number; trail: number } | undefined {
  // The header group matches lazily, a `\x` pair at a time: it ends at the first pair boundary
  // from which only `#`s remain.
  let end = 0;
  while (!codes.slice(end).every((code) => code === symbol.numberSign)) {
    if (codes[end] === symbol.backslash) {
      if (end + 1 >= codes.length) return undefined;
      end += 2;
    } else end += 1;
  }
  let lead = 0;
  while (lead < end && isSpaceCode(codes[lead])) lead++;
  let last = end;
  while (last > lead && isSpaceCode(codes[last - 1])) last--;
  return { lead, text: last - lead, trail: end - last };
}

/** micromark codes: -2 is a tab, -1 the virtual spaces that follow it. */
function isSpaceCode(code: number | undefined): boolean {
  return code === -2 || code === -1 || (code !== undefined && code >= 0 && isPythonSpace(String.fromCharCode(code)));
}

function tokenizeHeading(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let size = 0;
  let split: ReturnType<typeof splitHeadingLine>;
  let left = 0;
  const lineScan: Construct = { tokenize: tokenizeLineScan, partial: true };
  return start;

  /** `|## a`: only at the start of the line, no indent. */
  function start(code: Code): State | undefined {
    if (code !== symbol.numberSign || indented(self)) return nok(code);
    effects.enter('atxHeading');
    effects.enter('atxHeadingSequence');
    return sequenceOpen(code);
  }

  /** `#|# a`: up to six `#`, then anything. */
  function sequenceOpen(code: Code): State | undefined {
    if (code === symbol.numberSign && size < MAX_LEVEL) {
      size++;
      effects.consume(code);
      return sequenceOpen;
    }
    effects.exit('atxHeadingSequence');
    return effects.check(lineScan, afterScan, nok)(code);
  }

  /** `## |a ##`: the scan said where the text is. */
  function afterScan(code: Code): State | undefined {
    if (!split) return nok(code);
    left = split.lead;
    return left > 0 ? run('whitespace', afterLead)(code) : afterLead(code);
  }

  function afterLead(code: Code): State | undefined {
    if (!split || split.text === 0) return afterText(code);
    left = split.text;
    effects.enter('atxHeadingText');
    effects.enter('chunkText', { contentType: 'text' });
    return run('chunkText', (next) => {
      effects.exit('atxHeadingText');
      return afterText(next);
    })(code);
  }

  function afterText(code: Code): State | undefined {
    left = split?.trail ?? 0;
    return left > 0 ? run('whitespace', closing)(code) : closing(code);
  }

  /** `## a |##`: the closing sequence, up to the line ending. */
  function closing(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('atxHeading');
      return ok(code);
    }
    effects.enter('atxHeadingSequence');
    return closingSequence(code);
  }

  function closingSequence(code: Code): State | undefined {
    if (code === symbol.numberSign) {
      effects.consume(code);
      return closingSequence;
    }
    effects.exit('atxHeadingSequence');
    effects.exit('atxHeading');
    return ok(code);
  }

  /** Consumes `left` codes as one token of `type` (already entered for chunkText). */
  function run(type: 'whitespace' | 'chunkText', then: State): State {
    if (type === 'whitespace') effects.enter(type);
    const step = (code: Code): State | undefined => {
      if (left > 0 && code !== null) {
        left--;
        effects.consume(code);
        return step;
      }
      effects.exit(type);
      return then(code);
    };
    return step;
  }

  /** Reads the rest of the line (then rewinds) to decide where text and closing `#`s are. */
  function tokenizeLineScan(this: TokenizeContext, scanEffects: Effects, scanOk: State): State {
    const codes: number[] = [];
    const inside = (code: Code): State | undefined => {
      if (code === null || markdownLineEnding(code)) {
        split = splitHeadingLine(codes);
        return scanOk(code);
      }
      codes.push(code);
      scanEffects.enter('whitespace');
      scanEffects.consume(code);
      scanEffects.exit('whitespace');
      return inside;
    };
    return inside;
  }
}

/** A flow line that starts after a line prefix (spaces in the document or its container). */
function indented(context: TokenizeContext): boolean {
  const tail = context.events[context.events.length - 1];
  return tail !== undefined && tail[0] === 'exit' && tail[1].type === 'linePrefix' && tail[1].end.offset === context.now().offset;
}
