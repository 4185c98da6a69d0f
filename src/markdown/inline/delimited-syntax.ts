/**
 * A micromark text construct for PyMdown's paired-delimiter inlines, built the way
 * micromark-extension-gfm-strikethrough is: the tokenizer marks each run of the marker as a
 * possible opener / closer, and one `resolveAll` pairs runs of equal length afterwards, so the
 * pairs nest correctly with emphasis, links and code.
 *
 * ```
 * a ~~del~~ and H~2~O      (pymdownx.tilde)     ^^ins^^ x^2^   (caret)     ==mark==   (mark)
 *   ^^   ^^ double run       ^ ^ single run
 * ```
 * Python's rules (PyMdown 9.5, "smart" mode, its default):
 * - double `XX`: opens when not preceded by a word character (`_` excepted) and not followed by
 *   whitespace; closes when not preceded by whitespace and not followed by a word character.
 * - single `X`: opens before non-whitespace, closes after non-whitespace, and the content may not
 *   contain whitespace at all (`x^a b^` stays text).
 * Longer runs (`~~~`) are left as text: PyMdown's combined forms are not implemented.
 */
import { splice } from 'micromark-util-chunked';
import { markdownLineEndingOrSpace, unicodeWhitespace } from 'micromark-util-character';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Code, Construct, Effects, Event, Extension, State, Token, TokenizeContext, TokenType } from 'micromark-util-types';

export interface DelimitedKind {
  /** Token (and mdast node) type of the whole span, e.g. `subscript`. */
  readonly type: TokenType;
  /** Token type of its content. */
  readonly text: TokenType;
}

export interface DelimitedOptions {
  /** The marker's character code (`~` 126, `^` 94, `=` 61). */
  readonly code: number;
  /** Token type of an unpaired run while resolving; becomes `data` if it stays unpaired. */
  readonly temporary: TokenType;
  /** Token type of a paired run. */
  readonly sequence: TokenType;
  readonly single?: DelimitedKind | undefined;
  readonly double?: DelimitedKind | undefined;
}

const WORD = /^[\p{L}\p{N}_]$/u;
const UNDERSCORE = 95;

function isWord(code: Code): boolean {
  return code !== null && code >= 0 && WORD.test(String.fromCodePoint(code));
}

function isSpace(code: Code): boolean {
  return code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code);
}

export function delimitedSyntax(options: DelimitedOptions): Extension {
  const construct: Construct = { name: options.temporary, tokenize, resolveAll: resolve };
  return {
    text: { [options.code]: construct },
    insideSpan: { null: [construct] },
    attentionMarkers: { null: [options.code] },
  };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const previous = this.previous;
    const tail = this.events[this.events.length - 1];
    let size = 0;

    const start: State = (code) => {
      // The middle of a run (`~~~` seen from its second `~`) is not a new run.
      if (previous === options.code && tail?.[1].type !== 'characterEscape') return nok(code);
      effects.enter(options.temporary);
      return more(code);
    };

    const more: State = (code) => {
      if (code === options.code) {
        effects.consume(code);
        size++;
        return more;
      }
      const kind = size === 1 ? options.single : size === 2 ? options.double : undefined;
      if (!kind) return nok(code);
      const token = effects.exit(options.temporary);
      if (size === 2) {
        token._open = !isSpace(code) && (!isWord(previous) || previous === UNDERSCORE);
        token._close = !isSpace(previous) && (!isWord(code) || code === UNDERSCORE);
      } else {
        token._open = !isSpace(code);
        token._close = !isSpace(previous);
      }
      return ok(code);
    };

    return start;
  }

  function resolve(events: Event[], context: TokenizeContext): Event[] {
    let index = -1;
    while (++index < events.length) {
      const close = events[index];
      if (!close || close[0] !== 'enter' || close[1].type !== options.temporary || !close[1]._close) continue;
      const size = length(close[1]);
      let open = index;
      while (open--) {
        const candidate = events[open];
        if (!candidate || candidate[0] !== 'exit' || candidate[1].type !== options.temporary || !candidate[1]._open) continue;
        if (length(candidate[1]) !== size) continue;
        const kind = size === 1 ? options.single : options.double;
        if (!kind) break;
        if (size === 1 && /\s/u.test(context.sliceSerialize({ start: candidate[1].end, end: close[1].start }))) break;
        const replacement = wrap(events, open, index, kind, context);
        splice(events, open - 1, index - open + 3, replacement);
        index = open + replacement.length - 2;
        break;
      }
    }
    for (const event of events) if (event[1].type === options.temporary) event[1].type = 'data';
    return events;
  }

  /** Events for `open`..`index` (the two runs' exit / enter events) wrapped as one span. */
  function wrap(events: Event[], open: number, index: number, kind: DelimitedKind, context: TokenizeContext): Event[] {
    const opening = events[open]?.[1];
    const closing = events[index]?.[1];
    if (!opening || !closing) return events.slice(open - 1, index + 2);
    opening.type = options.sequence;
    closing.type = options.sequence;
    const span: Token = { type: kind.type, start: { ...opening.start }, end: { ...closing.end } };
    const text: Token = { type: kind.text, start: { ...opening.end }, end: { ...closing.start } };
    const next: Event[] = [['enter', span, context], ['enter', opening, context], ['exit', opening, context], ['enter', text, context]];
    const insideSpan = context.parser.constructs.insideSpan.null;
    const inner = events.slice(open + 1, index);
    splice(next, next.length, 0, insideSpan ? resolveAll(insideSpan, inner, context) : inner);
    splice(next, next.length, 0, [['exit', text, context], ['enter', closing, context], ['exit', closing, context], ['exit', span, context]]);
    return next;
  }
}

function length(token: Token): number {
  return token.end.offset - token.start.offset;
}
