/**
 * legacy_em: `_` emphasis as Python-Markdown before 3.0 had it, which is what `*` does: an
 * underscore inside a word may open or close emphasis. CommonMark's (and Python-Markdown 3's)
 * "smart" underscore never does. We tokenize `_` runs with `*`'s flanking rule and let
 * core's attention resolver pair them.
 *
 * ```
 * _connected_words_     ->  <em>connected</em>words_
 * __bold_italic bold___ ->  <strong>bold<em>italic bold</em></strong>
 * ```
 */
import { resolveAttention } from '../../core/attention.ts';
import { markdownLineEndingOrSpace, unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

const UNDERSCORE = 95;

/** micromark's character classes: 1 whitespace (or nothing), 2 punctuation, undefined otherwise. */
function classify(code: Code): 1 | 2 | undefined {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) return 1;
  if (unicodePunctuation(code)) return 2;
  return undefined;
}

const legacyUnderscore: Construct = {
  // Not `attention`: core disables that name to swap in its linear resolver (core/attention.ts),
  // which pairs these runs like every other emphasis run.
  name: 'legacyEmAttention',
  tokenize(this: TokenizeContext, effects, ok) {
    const markers = this.parser.constructs.attentionMarkers.null ?? [];
    const previous = this.previous;
    const before = classify(previous);
    const inside: State = (code) => {
      if (code === UNDERSCORE) {
        effects.consume(code);
        return inside;
      }
      const token = effects.exit('attentionSequence');
      const after = classify(code);
      // `*`'s rule (no extra condition for intraword runs), as legacy underscores behave.
      token._open = !after || (after === 2 && Boolean(before)) || (code !== null && markers.includes(code));
      token._close = !before || (before === 2 && Boolean(after)) || (previous !== null && markers.includes(previous));
      return ok(code);
    };
    return (code) => {
      effects.enter('attentionSequence');
      return inside(code);
    };
  },
  resolveAll: resolveAttention,
};

export function legacyEmSyntax(): Extension {
  return { text: { [UNDERSCORE]: legacyUnderscore } };
}
