/**
 * Inline raw HTML as Python-Markdown's HTML_RE knows it: tags, `<!--…-->` comments and `<?…?>`
 * instructions (and CDATA sections, which its extractor keeps). micromark also takes
 * declarations inline; Python-Markdown leaves those as text (escaped), so this construct refuses
 * them before micromark's runs.
 *
 * ```
 * a <!DOCTYPE html> b   ->  <p>a &lt;!DOCTYPE html&gt; b</p>
 * a <!-- note --> b     ->  <p>a <!-- note --> b</p>
 * a <!---> b            ->  <p>a &lt;!---&gt; b</p>
 * a <!---> *b* --> c     ->  <p>a <!---> *b* --> c</p>
 * ```
 */
import { htmlText } from 'micromark-core-commonmark';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';
import { asciiAlpha, markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { factorySpace } from 'micromark-factory-space';

/**
 * `<!` followed by neither `-` nor `[` is a declaration, which Python-Markdown leaves as text. A
 * comment is one for HTML_RE (`<!--(?:(?!<!--|-->).)*-->`) only when a `-->` starts after the
 * `<!--` and no other `<!--` comes before it: `<!-->`, `<!--->` and `<!-- a <!-- b -->` (from its
 * first `<`) are text, which CommonMark 0.31 reads as comments.
 */
const notDeclaration: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    /** What the comment's text ends with, up to three characters. */
    let tail = '';
    return (code: Code) => {
      if (code !== codes.lessThan) return nok(code);
      effects.consume(code);
      return (next: Code) => {
        if (next !== codes.exclamationMark) return ok(next);
        effects.consume(next);
        return (after: Code) => {
          if (after === codes.leftSquareBracket) return ok(after);
          if (after !== codes.dash) return nok(after);
          effects.consume(after);
          return (second: Code) => {
            if (second !== codes.dash) return ok(second);
            effects.consume(second);
            return comment;
          };
        };
      };
    };

    /** `<!--|a -->`: the first `-->` after the opener decides, a `<!--` before it refuses. */
    function comment(code: Code): State | undefined {
      if (code === codes.eof) return nok(code);
      if (code === codes.greaterThan && tail.endsWith('--')) return ok(code);
      if (code === codes.dash && tail.endsWith('<!-')) return nok(code);
      tail = (tail + (code < 0 ? ' ' : String.fromCharCode(code))).slice(-3);
      effects.consume(code);
      return comment;
    }
  },
};

/**
 * A comment as HTML_RE reads it, which {@link notDeclaration} has checked: from `<!--` to the
 * first `-->` after it, so `<!---> *b* -->` is one comment where micromark ends one at `<!--->`
 * (and would read `*b*` as emphasis). Line endings inside are tokenized as micromark's
 * `htmlText` does.
 */
const pythonComment: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let tail = '';
    let opener = 0;
    return (code: Code) => {
      effects.enter('htmlText');
      effects.enter('htmlTextData');
      return open(code);
    };

    /** `<!--`, checked already. */
    function open(code: Code): State | undefined {
      effects.consume(code);
      opener++;
      return opener === 4 ? body : open;
    }

    function body(code: Code): State | undefined {
      if (code === null) return nok(code);
      if (markdownLineEnding(code)) {
        effects.exit('htmlTextData');
        effects.enter('lineEnding');
        effects.consume(code);
        effects.exit('lineEnding');
        tail = (tail + ' ').slice(-3);
        return (next: Code) => {
          const after = (inner: Code): State | undefined => {
            effects.enter('htmlTextData');
            return body(inner);
          };
          const size = self.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4;
          return markdownSpace(next) ? factorySpace(effects, after, 'linePrefix', size)(next) : after(next);
        };
      }
      const closes = code === codes.greaterThan && tail.endsWith('--');
      tail = (tail + (code < 0 ? ' ' : String.fromCharCode(code))).slice(-3);
      effects.consume(code);
      if (!closes) return body;
      effects.exit('htmlTextData');
      effects.exit('htmlText');
      return ok;
    }
  },
};

const COMMENT_OPENER = [codes.lessThan, codes.exclamationMark, codes.dash, codes.dash];

const pythonHtmlText: Construct = {
  name: 'pythonMarkdownHtmlText',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const inner = htmlText.tokenize.call(this, effects, ok, nok);
    const comment = pythonComment.tokenize.call(this, effects, ok, nok);
    // A comment's four opening characters are known only by reading them: `<!--` (checked)
    // takes Python's comment, anything else micromark's htmlText.
    const isComment: Construct = {
      partial: true,
      tokenize(look, yes, no) {
        let read = 0;
        const step = (code: Code): State | undefined => {
          if (code !== COMMENT_OPENER[read]) return no(code);
          look.consume(code);
          read++;
          return read === COMMENT_OPENER.length ? yes : step;
        };
        return step;
      },
    };
    return effects.check(notDeclaration, effects.check(isComment, comment, inner), nok);
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
