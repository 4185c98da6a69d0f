/**
 * `*` and `_` emphasis with micromark's own tokenizer and its exact pairing, in linear time.
 *
 * micromark's `resolveAllAttention` walks back from every closer to the nearest opener and then
 * splices the whole event list for each pair, so `*a*a*a…` (50,000 pairs) never finishes. This
 * resolver pairs the same runs the same way (nearest opener with the same marker, the "multiple
 * of 3" rule, two markers when both runs have two) but keeps the openers on a stack, remembers
 * where a search for a kind of closer already failed (CommonMark's "openers bottom"), and builds
 * the events once, segment by segment, instead of splicing.
 *
 * ```
 * *a*a*a   ->  <em>a</em>a<em>a   (one `<em>` per pair, the last `*a` stays text)
 * ```
 */
import { attention } from 'micromark-core-commonmark';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Construct, Event, Extension, Point, Token, TokenizeContext } from 'micromark-util-types';

const ASTERISK = 42;
const UNDERSCORE = 95;

const micromarkResolver = attention.resolveAll;

export const pythonAttention: Construct = {
  // Not `attention`: that name is disabled so micromark's construct (and its resolver) never runs
  // at the top level. Inside link text and other spans micromark's resolver still runs (through
  // `insideSpan`), on small slices, with the same result.
  name: 'pythonMarkdownAttention',
  // After any extension's construct on the same character (legacy_em's `_`): core is the fallback.
  add: 'after',
  tokenize: attention.tokenize,
  resolveAll: resolveAttention,
};

/** Swaps micromark's `attention` for {@link pythonAttention} on `*` and `_`. */
export const pythonAttentionExtension: Extension = {
  disable: { null: ['attention'] },
  text: { [ASTERISK]: pythonAttention, [UNDERSCORE]: pythonAttention },
};

interface Opener {
  readonly token: Token;
  readonly marker: number;
  /** Index in `segments` of the events that follow this opener. */
  readonly segment: number;
}

function size(token: Token): number {
  return token.end.offset - token.start.offset;
}

function moved(point: Point, by: number): Point {
  return { ...point, column: point.column + by, offset: point.offset + by, _bufferIndex: point._bufferIndex + by };
}

/** Same result as micromark's `resolveAllAttention`; see the module comment for how it differs. */
export function resolveAttention(events: Event[], context: TokenizeContext): Event[] {
  // segments[0] holds what precedes every open opener; segments[i + 1] what follows openers[i].
  const segments: Event[][] = [[]];
  const openers: Opener[] = [];
  // bottoms[kind]: openers below this stack height cannot open a closer of that kind.
  const bottoms = new Map<number, number>();
  let index = -1;
  while (++index < events.length) {
    const event = events[index];
    const exit = events[index + 1];
    if (!event || event[0] !== 'enter' || event[1].type !== 'attentionSequence' || !exit) {
      if (event) top(segments).push(event);
      continue;
    }
    index++;
    const closer = event[1];
    const marker = context.sliceSerialize(closer).charCodeAt(0);
    let pending: Event[] = [event, exit];
    while (closer._close && size(closer) > 0) {
      const kind = marker * 8 + (closer._open ? 4 : 0) + (size(closer) % 3);
      const at = findOpener(openers, bottoms.get(kind) ?? 0, closer, marker);
      if (at === undefined) {
        bottoms.set(kind, openers.length);
        break;
      }
      pending = pair(at, closer);
      for (const [key, bottom] of bottoms) if (bottom > at) bottoms.set(key, at);
    }
    top(segments).push(...pending);
    if (closer._open && size(closer) > 0) {
      openers.push({ token: closer, marker, segment: segments.length });
      segments.push([]);
    }
  }
  // In place: the caller (micromark's subtokenizer) holds on to this array.
  events.length = 0;
  for (const segment of segments) for (const event of segment) events.push(event);
  for (const event of events) if (event[1].type === 'attentionSequence') event[1].type = 'data';
  return events;

  /** Wraps everything after `openers[at]` as emphasis or strong; returns the closer's rest. */
  function pair(at: number, closer: Token): Event[] {
    const opener = openers[at];
    if (!opener) return [];
    const inner: Event[] = [];
    for (const segment of segments.splice(opener.segment)) for (const event of segment) inner.push(event);
    openers.length = at;
    const use = size(opener.token) > 1 && size(closer) > 1 ? 2 : 1;
    const strong = use > 1;
    const openingSequence: Token = { type: strong ? 'strongSequence' : 'emphasisSequence', start: moved(opener.token.end, -use), end: { ...opener.token.end } };
    const closingSequence: Token = { type: strong ? 'strongSequence' : 'emphasisSequence', start: { ...closer.start }, end: moved(closer.start, use) };
    const text: Token = { type: strong ? 'strongText' : 'emphasisText', start: { ...opener.token.end }, end: { ...closer.start } };
    const group: Token = { type: strong ? 'strong' : 'emphasis', start: { ...openingSequence.start }, end: { ...closingSequence.end } };
    opener.token.end = { ...openingSequence.start };
    closer.start = { ...closingSequence.end };
    const parent = top(segments);
    // The opener's own two events end the parent segment; what is left of it is re-emitted.
    parent.length -= 2;
    if (size(opener.token) > 0) {
      parent.push(['enter', opener.token, context], ['exit', opener.token, context]);
      openers.push(opener);
      segments.push([]);
    }
    const target = top(segments);
    target.push(['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]);
    for (const event of resolveInside(inner)) target.push(event);
    target.push(['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]);
    return size(closer) > 0 ? [['enter', closer, context], ['exit', closer, context]] : [];
  }

  /** What micromark does to a span's content: its runs are final, then the other span resolvers. */
  function resolveInside(inner: Event[]): Event[] {
    for (const event of inner) if (event[1].type === 'attentionSequence') event[1].type = 'data';
    const others = (context.parser.constructs.insideSpan.null ?? []).filter((construct) => construct.resolveAll !== micromarkResolver && construct.resolveAll !== resolveAttention);
    return resolveAll(others, inner, context);
  }
}

/** The nearest opener at or above `bottom` that may open `closer` (micromark's rules). */
function findOpener(openers: readonly Opener[], bottom: number, closer: Token, marker: number): number | undefined {
  const closeSize = size(closer);
  for (let at = openers.length - 1; at >= bottom; at--) {
    const opener = openers[at];
    if (!opener || opener.marker !== marker) continue;
    const openSize = size(opener.token);
    // A run that can both open and close does not pair with one whose sizes add up to a
    // multiple of 3, unless both are.
    if ((opener.token._close || closer._open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
    return at;
  }
  return undefined;
}

function top(segments: Event[][]): Event[] {
  const last = segments[segments.length - 1];
  if (last) return last;
  const fresh: Event[] = [];
  segments.push(fresh);
  return fresh;
}
