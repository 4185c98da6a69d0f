/**
 * Links inside links, as Python-Markdown makes them. Its inline patterns run one after another
 * over the whole text (treeprocessors.py `__handleInline`), each from the left: the link pattern
 * (priority 160) takes the first `[` whose bracket-balanced text is followed by a `(...)`, and
 * the text inside goes on with the later patterns only. So the outer link wins, where CommonMark
 * lets the inner one win and leaves the outer as text:
 *
 * ```
 * [a [b](x) c](y)   ->  <a href="y">a [b](x) c</a>
 * ```
 *
 * Links that come from other patterns end up nested (`<a>` in `<a>`, which a browser splits):
 * a reference (priority 170, before the link) or a shortcut reference (130, after it) inside
 * the text, and an inline link after an element there (an image, a code span, a reference
 * link...), whose text the tree processor later reads again with every pattern (an element's
 * tail). Not followed: an inline link right inside the text of an emphasised link (`*[a [b](x)](y)*`
 * nests in Python, as the emphasis element's children are read again), and brackets in a code
 * span after the inner link, which Python does not count.
 */
import type { Event, Token, TokenizeContext } from 'micromark-util-types';
import { createLinkReader, type LinkReader } from './link-resource.ts';

/** Tokens that Python-Markdown makes elements of inside a link's text (not raw HTML or entities, stashed as strings). */
const ELEMENTS = new Set(['codeText', 'image', 'link', 'autolink', 'hardBreakEscape', 'hardBreakTrailing']);

/**
 * How many brackets each `[` enclosing `inner` still has open at the current position (its own
 * included), for the ones whose text up to here holds no element: only those can still swallow
 * an inline link that closes here. Escaped brackets are not counted (the escape pattern, 180,
 * has made placeholders of them by then). The text from the farthest such `[` to here is read
 * once, whatever their number (`[a ` × 4000 then a link stays linear): a `[` encloses the
 * position when the bracket balance after it never drops below its own level. What it reads is
 * charged to `budget` (the inline text's lookahead budget, see label-end.ts); none is looked at
 * once that is spent.
 */
export function enclosingDepths(context: TokenizeContext, starts: readonly Token[], inner: Token, escapable: string, budget: { left: number }): number[] {
  const innerAt = starts.indexOf(inner);
  const candidates = starts.slice(0, Math.max(innerAt, 0)).filter((start) => start.type === 'labelLink' && !start._balanced);
  if (candidates.length === 0) return [];
  const plain = withoutElements(context.events, candidates, budget);
  const farthest = plain.at(-1);
  if (!farthest) return [];
  const from = farthest.end.offset;
  const text = context.sliceSerialize({ start: farthest.end, end: context.now() });
  budget.left -= text.length;
  // Offsets index the text only where it is the source as written (no tab's virtual spaces).
  if (budget.left <= 0 || text.length !== context.now().offset - from) return [];
  // balance[i]: `[` less `]` in text[0, i); lowest[i]: the lowest balance at any later position.
  const balance = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    let step = 0;
    if (character === '\\' && escapable.includes(text.charAt(index + 1))) {
      balance[index + 1] = balance[index] ?? 0;
      index++;
    } else if (character === '[') step = 1;
    else if (character === ']') step = -1;
    balance[index + 1] = (balance[index] ?? 0) + step;
  }
  const lowest = new Int32Array(text.length + 1);
  lowest[text.length] = balance[text.length] ?? 0;
  for (let index = text.length - 1; index >= 0; index--) lowest[index] = Math.min(balance[index] ?? 0, lowest[index + 1] ?? 0);
  const end = balance[text.length] ?? 0;
  const depths: number[] = [];
  for (const start of plain) {
    const at = start.end.offset - from;
    const level = balance[at] ?? 0;
    if ((lowest[at] ?? 0) >= level) depths.push(1 + end - level);
  }
  return depths;
}

/** The candidates with no element token after them, read back from the end once. */
function withoutElements(events: readonly Event[], candidates: readonly Token[], budget: { left: number }): Token[] {
  const left = new Set(candidates);
  const plain: Token[] = [];
  let element = false;
  for (let index = events.length - 1; index >= 0 && left.size > 0; index--) {
    if (--budget.left <= 0) return [];
    const event = events[index];
    if (!event) continue;
    const [kind, token] = event;
    if (left.has(token)) {
      left.delete(token);
      if (!element) plain.push(token);
    } else if (kind === 'enter' && ELEMENTS.has(token.type)) element = true;
  }
  return plain;
}

/**
 * Reads on from the current position, a character at a time: `true` once one of the enclosing
 * `[`s (their open depths from `enclosingDepths`) closes and a Python `(...)` follows it, `false`
 * once none can, `undefined` while it cannot tell yet (`atEnd`: the inline text ended).
 */
export function createEnclosingScan(depths: readonly number[], escapable: string): (character: string, atEnd: boolean) => boolean | undefined {
  let closed = 0;
  let escaping = false;
  const pending = [...depths].sort((a, b) => a - b);
  let next = 0;
  let readers: LinkReader[] = [];
  let justClosed = 0;
  return (character, atEnd) => {
    if (atEnd) return readers.some((reader) => reader.finish() !== undefined);
    // Readers started at a `]` need a `(` right after it.
    if (justClosed > 0 && character !== '(') readers = readers.slice(0, readers.length - justClosed);
    justClosed = 0;
    for (const reader of readers) {
      if (reader.push(character)) return true;
    }
    if (escaping) escaping = false;
    else if (character === '\\' && escapable.includes('\\')) escaping = true;
    else if (character === '[') closed--;
    else if (character === ']') {
      closed++;
      while (pending[next] === closed) {
        next++;
        readers = [...readers, createLinkReader(escapable)];
        justClosed++;
      }
    }
    return next === pending.length && readers.length === 0 && justClosed === 0 ? false : undefined;
  };
}
