/**
 * A `]` that closes nothing, as its own token instead of the start of a `data` token.
 *
 * When no construct takes a `]`, micromark starts a new `data` token there, right after the data
 * before it; its text resolver then merges the two by splicing the page's whole event list.
 * Once per `]`: `[a](` repeated 50,000 times took minutes. Here a lone `]` becomes a one-character
 * token of its own, tried after every other construct on `]` (links, footnote calls), so no two
 * data tokens touch; it turns into ordinary `data` after that merge, and mdast-util-from-markdown
 * joins neighbouring data into one text node, so the tree is unchanged.
 *
 * ```
 * [a](   ->  <p>[a](</p>   (the same text, without the quadratic merge)
 * ```
 */
import type { Construct, Effects, Event, Extension, State } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pythonMarkdownLooseBracket: 'pythonMarkdownLooseBracket';
  }
}

const LOOSE = 'pythonMarkdownLooseBracket';

const looseBracket: Construct = {
  name: LOOSE,
  // After micromark's label end and every extension's `]` construct (the default is before).
  add: 'after',
  tokenize: tokenizeLooseBracket,
  resolveAll: resolveLooseBracket,
};

/** Registers the fallback on `]`, tried last (core's extensions are combined last). */
export const pythonLooseBracketExtension: Extension = {
  text: { [codes.rightSquareBracket]: looseBracket },
  // Link text is resolved on its own: the token must become data there too.
  insideSpan: { null: [looseBracket] },
};

function tokenizeLooseBracket(effects: Effects, ok: State, nok: State): State {
  return (code) => {
    if (code !== codes.rightSquareBracket) return nok(code);
    effects.enter(LOOSE);
    effects.consume(code);
    effects.exit(LOOSE);
    return ok;
  };
}

/** Runs after micromark's text resolver has merged data: from here on it is plain data. */
function resolveLooseBracket(events: Event[]): Event[] {
  for (const event of events) if (event[1].type === LOOSE) event[1].type = 'data';
  return events;
}
