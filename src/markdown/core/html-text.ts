/**
 * Inline raw HTML as Python-Markdown's HTML_RE knows it: tags, `<!--…-->` comments and `<?…?>`
 * instructions (and CDATA sections, which its extractor keeps). micromark also takes
 * declarations inline; Python-Markdown leaves those as text (escaped), so this construct refuses
 * them before micromark's runs.
 *
 * ```
 * a <!DOCTYPE html> b   ->  <p>a &lt;!DOCTYPE html&gt; b</p>
 * a <!-- note --> b     ->  <p>a <!-- note --> b</p>
 * ```
 */
import { htmlText } from 'micromark-core-commonmark';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';

const EXCLAMATION = 33;

/** `<!` followed by neither `-` nor `[`: a declaration, which Python-Markdown leaves as text. */
const notDeclaration: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    return (code: Code) => {
      if (code !== codes.lessThan) return nok(code);
      effects.consume(code);
      return (next: Code) => {
        if (next !== EXCLAMATION) return ok(next);
        effects.consume(next);
        return (after: Code) => (after === codes.dash || after === codes.leftSquareBracket ? ok(after) : nok(after));
      };
    };
  },
};

const pythonHtmlText: Construct = {
  name: 'pythonMarkdownHtmlText',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const inner = htmlText.tokenize.call(this, effects, ok, nok);
    return effects.check(notDeclaration, inner, nok);
  },
};

/** Swaps micromark's `htmlText` for {@link pythonHtmlText}. */
export const pythonHtmlTextExtension: Extension = {
  disable: { null: ['htmlText'] },
  text: { [codes.lessThan]: pythonHtmlText },
};
