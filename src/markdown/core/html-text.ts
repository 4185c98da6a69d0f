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
import { asciiAlpha, markdownLineEnding } from 'micromark-util-character';

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

/**
 * A tag as HTML_RE has it where micromark's `htmlText` sees none: `<`, an optional `/`, a letter,
 * then anything but `<`, `>`, `@` and a space, then optionally a space and anything but `<` and
 * `>`, up to `>` (`(<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?)>`). So `<your_api_key>`, `<file.txt>` and
 * `<localhost:8080>` are raw HTML to Python-Markdown (the browser makes elements of them), not
 * text or an autolink. `<a@b.c>` is no tag (an `@` before any space): the email autolink takes it.
 */
const looseTag: Construct = {
  name: 'pythonMarkdownLooseTag',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let spaced = false;
    return start;

    /** `|<a_b>`. */
    function start(code: Code): State | undefined {
      effects.enter('htmlText');
      effects.enter('htmlTextData');
      effects.consume(code);
      return slash;
    }

    /** `<|/a_b>`. */
    function slash(code: Code): State | undefined {
      if (code === codes.slash) {
        effects.consume(code);
        return letter;
      }
      return letter(code);
    }

    /** `</|a_b>`: a letter starts the name. */
    function letter(code: Code): State | undefined {
      if (code === null || !asciiAlpha(code)) return nok(code);
      effects.consume(code);
      return inside;
    }

    /** `<a|_b c@d>`: up to `>`; no `@` before the first space. */
    function inside(code: Code): State | undefined {
      if (code === codes.greaterThan) {
        effects.consume(code);
        effects.exit('htmlTextData');
        effects.exit('htmlText');
        return ok;
      }
      if (code === codes.eof || code === codes.lessThan || markdownLineEnding(code)) return nok(code);
      if (code === codes.backslash) {
        effects.consume(code);
        return escaped;
      }
      if (code === codes.space) spaced = true;
      else if (code === codes.atSign && !spaced) return nok(code);
      effects.consume(code);
      return inside;
    }

    /**
     * `<a\\|>`: Python-Markdown's escapes run first (priority 180, before HTML_RE's 90), so an
     * escaped `>` ends no tag; an escaped backslash leaves the `>` after it alone.
     */
    function escaped(code: Code): State | undefined {
      if (code === codes.greaterThan) return nok(code);
      if (code === codes.backslash) {
        effects.consume(code);
        return inside;
      }
      return inside(code);
    }
  },
};

/**
 * Swaps micromark's `htmlText` for {@link pythonHtmlText}, then {@link looseTag} for what HTML_RE
 * takes beyond it (before micromark's autolink: HTML_RE is tried on what AUTOLINK_RE left).
 */
export const pythonHtmlTextExtension: Extension = {
  disable: { null: ['htmlText'] },
  text: { [codes.lessThan]: [pythonHtmlText, looseTag] },
};
