/**
 * Blockquotes as Python-Markdown has them, replacing CommonMark's `blockQuote` construct (same
 * tokens): its quote processor takes the whole block, so every line after a `>` line is part
 * of the quote until a blank line, not only paragraph continuations (see split-off.ts for the
 * lines that are split off first).
 *
 * ```
 * > quote
 * - item      <- CommonMark: a list after the quote; Python-Markdown: quote text
 * ```
 */
import { blankLine } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { underlinedLineHere } from './setext.ts';
import { splitOff } from './split-off.ts';
import { fencesBeforeBlocks } from './fence-line.ts';
import { closedMarginFence, marginFencesApart } from './margin-fence.ts';
import { codes } from 'micromark-util-symbol';


export const pythonBlockQuote: Construct = {
  // Not `blockQuote`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownBlockQuote',
  tokenize: tokenizeStart,
  continuation: { tokenize: tokenizeContinuation },
  exit: (effects) => {
    effects.exit('blockQuote');
  },
};

/** `  |> b`: the marker of this quote after up to 3 spaces. */
const marker: Construct = {
  partial: true,
  tokenize: (effects, ok, nok) => factorySpace(effects, effects.attempt(pythonBlockQuote, ok, nok), 'linePrefix', 4),
};

export const pythonBlockQuoteExtension: Extension = {
  disable: { null: ['blockQuote'] },
  document: { [codes.greaterThan]: pythonBlockQuote },
};

/** Whether an outer quote was opened on the current line (`text\n> > a`: the inner `>` starts its block). */
function quoteOpenedOnLine(context: TokenizeContext): boolean {
  const line = context.now().line;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (!token || token.start.line !== line) return false;
    if (kind === 'enter' && token.type === 'blockQuote') return true;
  }
  return false;
}

/** `|> a`: the marker and one optional space. */
function tokenizeStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return start;

  function start(code: Code): State | undefined {
    const state = self.containerState;
    if (code !== codes.greaterThan || !state) return nok(code);
    // `> q\n---` at the start of a block is a setext heading (see underlinedLineHere). A quote
    // opened on this line starts its own block, even where it interrupts a paragraph outside.
    if (!state.open && (!self.interrupt || quoteOpenedOnLine(self))) return effects.check(underlinedLineHere(self), nok, open)(code);
    return open(code);
  }

  function open(code: Code): State | undefined {
    const state = self.containerState;
    if (!state) return nok(code);
    if (!state.open) {
      effects.enter('blockQuote', { _container: true });
      state.open = true;
    }
    effects.enter('blockQuotePrefix');
    effects.enter('blockQuoteMarker');
    effects.consume(code);
    effects.exit('blockQuoteMarker');
    return after;
  }

  function after(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter('blockQuotePrefixWhitespace');
      effects.consume(code);
      effects.exit('blockQuotePrefixWhitespace');
    }
    effects.exit('blockQuotePrefix');
    return ok(code);
  }
}

/** `|> b` continues; so does a lazy `|b` right after a quote line, unless it is split off. */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  // The indent is part of the attempt: on a lazy line it stays for the flow.
  return (code: Code) => effects.attempt(marker, ok, lazy)(code);

  function lazy(code: Code): State | undefined {
    // fenced_code: a closed fence at the margin has blank lines around it (core/margin-fence.ts).
    const notSplit = effects.check(splitOff, nok, ok);
    const rest = !fencesBeforeBlocks(self) && marginFencesApart(self) ? effects.check(closedMarginFence, nok, notSplit) : notSplit;
    return effects.check(blankLine, nok, rest)(code);
  }
}
