/**
 * Footnote calls as Python-Markdown's FOOTNOTE_RE (`\[\^([^\]]*)\]`, priority 175) finds them:
 * the label is anything but `]` (spaces and `[` too, or nothing), and the call is one only when
 * a definition has exactly that label (syntax.ts collects them before text is tokenized).
 *
 * ```
 * Text[^my note]     ->  Text<sup id="fnref:my note"><a class="footnote-ref" href="#fn:my note">1</a></sup>
 * ![^my note]        ->  !<sup ...>   (the pattern runs before the image patterns)
 * [^a\*b] [^`c`]     ->  text: the escape and backtick patterns (180, 190) ran first and put
 *                        placeholders into the label, which no definition has
 * ```
 * Hand-written for the label rule (micromark-extension-gfm-footnote, whose construct this
 * follows, refuses spaces and `[` and folds case). Tokens: `pythonFootnoteCall` >
 * `pythonFootnoteCallLabelMarker` (`[`, `]`), `pythonFootnoteCallCaret`, `pythonFootnoteCallString`.
 */
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Event, Point, Resolver, State, Token, TokenizeContext } from 'micromark-util-types';
import { stashedLabel } from '../../core/stashed-label.ts';
import { insideSkippedMatch } from './skipped-match.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pythonFootnoteCall: 'pythonFootnoteCall';
    pythonFootnoteCallLabelMarker: 'pythonFootnoteCallLabelMarker';
    pythonFootnoteCallCaret: 'pythonFootnoteCallCaret';
    pythonFootnoteCallString: 'pythonFootnoteCallString';
  }
}

/** `[^label]` where a definition has that label. */
export function footnoteCall(escapable: string): Construct {
  return {
    name: 'pythonFootnoteCall',
    tokenize(effects, ok, nok) {
      return tokenizeCall.call(this, escapable, effects, ok, nok);
    },
  };
}

/**
 * `![^label]`: micromark has read `![` as an image's start, so the call is found at its `]`,
 * after the label end found no image there (as GFM's construct for the same case).
 */
export function potentialFootnoteCall(escapable: string): Construct {
  return {
    name: 'pythonPotentialFootnoteCall',
    add: 'after',
    tokenize(effects, ok, nok) {
      return tokenizePotentialCall.call(this, escapable, effects, ok, nok);
    },
    resolveTo: resolvePotentialCall,
  };
}

/** The page's definition labels so far (all of them by the time text is tokenized). */
export function footnoteLabels(context: TokenizeContext): Set<string> {
  context.parser.pythonFootnoteLabels ??= new Set();
  return context.parser.pythonFootnoteLabels;
}

/** Whether `[^label]` is a call: defined as written, and no placeholder put into it first. */
function isCall(context: TokenizeContext, label: string, escapable: string): boolean {
  return footnoteLabels(context).has(label) && !stashedLabel(label, escapable);
}

function tokenizeCall(this: TokenizeContext, escapable: string, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const longest = self.parser.pythonFootnoteLongest ?? 0;
  const callStart: Point = self.now();
  let labelStart: Point = callStart;
  let size = 0;
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.enter('pythonFootnoteCall');
    effects.enter('pythonFootnoteCallLabelMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteCallLabelMarker');
    return caret;
  }

  /** `[|^label]`. */
  function caret(code: Code): State | undefined {
    if (code !== codes.caret || self.parser.pythonFootnoteLabels === undefined) return nok(code);
    // Python's search skipped this `[^` with an earlier, undefined match (skipped-match.ts).
    if (insideSkippedMatch(self, callStart)) return nok(code);
    effects.enter('pythonFootnoteCallCaret');
    effects.consume(code);
    effects.exit('pythonFootnoteCallCaret');
    labelStart = self.now();
    return labelFirst;
  }

  /** `[^|label]`: `[^]` is a call when `[^]:` defines a note. */
  function labelFirst(code: Code): State | undefined {
    if (code === codes.rightSquareBracket) return labelEnd(code);
    if (code === codes.eof) return nok(code);
    effects.enter('pythonFootnoteCallString');
    return label(code);
  }

  /**
   * `[^la|bel]`: read no further than the longest defined label (a longer one is no call); over
   * line ends too, with the next line's indent, as Python-Markdown's paragraph text keeps it
   * (`[^a\n  b]` calls the note `[^a\n  b]:` defines).
   */
  function label(code: Code): State | undefined {
    if (code === codes.eof || size > longest) return nok(code);
    if (code === codes.rightSquareBracket) {
      effects.exit('pythonFootnoteCallString');
      return labelEnd(code);
    }
    size++;
    effects.consume(code);
    return label;
  }

  /** `[^label|]`. */
  function labelEnd(code: Code): State | undefined {
    if (!isCall(self, self.sliceSerialize({ start: labelStart, end: self.now() }), escapable)) return nok(code);
    effects.enter('pythonFootnoteCallLabelMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteCallLabelMarker');
    effects.exit('pythonFootnoteCall');
    return ok;
  }
}

function tokenizePotentialCall(this: TokenizeContext, escapable: string, effects: Effects, ok: State, nok: State): State {
  const self = this;
  // No definition, no call; and a `![` further back than the longest label reaches makes none
  // (looked for at every `]`, the whole text's events back made a paragraph of `]`s quadratic).
  const longest = self.parser.pythonFootnoteLongest;
  const labelStart = longest === undefined ? undefined : imageStart(self.events, self.now().offset - longest - 3);
  return start;

  /** `![^label|]`: after an image's start whose label end found no image. */
  function start(code: Code): State | undefined {
    if (code !== codes.rightSquareBracket || labelStart?._balanced !== true) return nok(code);
    const text = self.sliceSerialize({ start: labelStart.end, end: self.now() });
    if (!text.startsWith('^') || !isCall(self, text.slice(1), escapable)) return nok(code);
    effects.enter('pythonFootnoteCallLabelMarker');
    effects.consume(code);
    effects.exit('pythonFootnoteCallLabelMarker');
    return ok(code);
  }
}

const IMAGE_SEARCH_STOPS: ReadonlySet<string> = new Set(['pythonFootnoteCall', 'labelLink', 'label', 'image', 'link']);

/**
 * The `![` open right before, if nothing that ends a search for it comes between and it starts at
 * `from` or after (the text's tokens do not overlap: one that ends before `from` has only
 * earlier ones before it).
 */
function imageStart(events: readonly Event[], from: number): Token | undefined {
  for (let index = events.length - 1; index >= 0; index--) {
    const token = events[index]?.[1];
    if (token?.type === 'labelImage') return token.start.offset >= from ? token : undefined;
    if (token === undefined || IMAGE_SEARCH_STOPS.has(token.type) || token.end.offset < from) return undefined;
  }
  return undefined;
}

/**
 * `![^label]` -> the `!` as data, then a call: the events of the image's start are reused, and
 * what was read of the label in between is dropped (the label is the string's source text).
 */
const resolvePotentialCall: Resolver = (events, context) => {
  let index = events.length - 1;
  while (index >= 0 && !(events[index]?.[0] === 'enter' && events[index]?.[1].type === 'labelImage')) index--;
  const bang = events[index + 1];
  const bangExit = events[index + 2];
  const open = events[index + 3];
  const openExit = events[index + 4];
  const close = events.at(-2);
  const closeExit = events.at(-1);
  if (index < 0 || !bang || !bangExit || !open || !openExit || !close || !closeExit) return events;
  bang[1].type = 'data';
  open[1].type = 'pythonFootnoteCallLabelMarker';
  const call: Token = { type: 'pythonFootnoteCall', start: { ...open[1].start }, end: { ...closeExit[1].end } };
  const caretEnd: Point = { ...open[1].end, column: open[1].end.column + 1, offset: open[1].end.offset + 1, _bufferIndex: open[1].end._bufferIndex + 1 };
  const caret: Token = { type: 'pythonFootnoteCallCaret', start: { ...open[1].end }, end: caretEnd };
  const string: Token = { type: 'pythonFootnoteCallString', start: { ...caretEnd }, end: { ...close[1].start } };
  const label: Event[] = string.start.offset < string.end.offset ? [['enter', string, context], ['exit', string, context]] : [];
  events.splice(index, events.length - index, bang, bangExit, ['enter', call, context], open, openExit,
    ['enter', caret, context], ['exit', caret, context], ...label, close, closeExit, ['exit', call, context]);
  return events;
};
