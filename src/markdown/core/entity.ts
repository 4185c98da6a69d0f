/**
 * Entities as Python-Markdown passes them: its `ENTITY_RE` (`&#123;`, `&#x1F;`, `&name;`) stashes
 * the reference as raw HTML and its serializer leaves any `&…;` of that shape alone, so the
 * browser decodes what the page wrote. micromark decodes only what CommonMark knows (HTML's names,
 * 7 decimal or 6 hex digits) and turns the rest into text, or into U+FFFD where the browser reads
 * another character. Those references stay raw HTML here, the rest is left to micromark.
 *
 * ```
 * a &notanentity; b   ->  <p>a &notanentity; b</p>     (the browser shows "a ¬anentity; b")
 * &#12345678;         ->  <p>&#12345678;</p>           (not "&amp;#12345678;")
 * &#128;              ->  <p>&#128;</p>                (the browser shows "€", not U+FFFD)
 * &copy;              ->  <p>©</p>                     (micromark's, as before)
 * ```
 */
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';
import { asciiAlphanumeric, asciiDigit, asciiHexDigit } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';

/** The most digits micromark's `characterReference` reads (decimal, hexadecimal). */
const MICROMARK_DECIMAL_MAX = 7;
const MICROMARK_HEX_MAX = 6;

/** Where micromark's `decodeNumericCharacterReference` gives U+FFFD (controls, surrogates, noncharacters, out of range). */
function micromarkReplaces(code: number): boolean {
  return code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) ||
    (code > 0xd7ff && code < 0xe000) || (code > 0xfdcf && code < 0xfdf0) ||
    (code & 0xffff) === 0xffff || (code & 0xffff) === 0xfffe || code > 0x10ffff;
}

/** Opens the raw HTML a reference becomes (`&` consumed); `close` ends it after the `;`. */
function rawReference(effects: Effects): void {
  effects.enter('htmlText');
  effects.enter('htmlTextData');
  effects.consume(codes.ampersand);
}

/**
 * `&#…;` that micromark would read otherwise than the browser does: too many digits for it, or a
 * code point it replaces. Runs before `characterReference`, and refuses the others so it decodes them.
 */
const numericReference: Construct = {
  name: 'pythonMarkdownNumericEntity',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let digits = '';
    let hex = false;
    return start;

    /** `|&#12;`. */
    function start(): State {
      rawReference(effects);
      return hash;
    }

    /** `&|#12;`. */
    function hash(code: Code): State | undefined {
      if (code !== codes.numberSign) return nok(code);
      effects.consume(code);
      return kind;
    }

    /** `&#|12;` or `&#|x1F;`. */
    function kind(code: Code): State | undefined {
      if (code === codes.lowercaseX || code === codes.uppercaseX) {
        hex = true;
        effects.consume(code);
        return value;
      }
      return value(code);
    }

    /** `&#1|2;`: digits up to the `;`. */
    function value(code: Code): State | undefined {
      if (code !== null && (hex ? asciiHexDigit(code) : asciiDigit(code))) {
        digits += String.fromCharCode(code);
        effects.consume(code);
        return value;
      }
      if (code !== codes.semicolon || digits === '') return nok(code);
      const tooLong = digits.length > (hex ? MICROMARK_HEX_MAX : MICROMARK_DECIMAL_MAX);
      if (!tooLong && !micromarkReplaces(Number.parseInt(digits, hex ? 16 : 10))) return nok(code);
      effects.consume(code);
      effects.exit('htmlTextData');
      effects.exit('htmlText');
      return ok;
    }
  },
};

/** `&name;` that is no HTML entity (or too long for micromark): after `characterReference` failed. */
const namedReference: Construct = {
  name: 'pythonMarkdownNamedEntity',
  add: 'after',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let size = 0;
    return start;

    /** `|&name;`. */
    function start(): State {
      rawReference(effects);
      return name;
    }

    /** `&na|me;`. */
    function name(code: Code): State | undefined {
      if (code !== null && asciiAlphanumeric(code)) {
        size += 1;
        effects.consume(code);
        return name;
      }
      if (code !== codes.semicolon || size === 0) return nok(code);
      effects.consume(code);
      effects.exit('htmlTextData');
      effects.exit('htmlText');
      return ok;
    }
  },
};

/**
 * `&#…;` with more digits than micromark reads, in a title or URL (string content): a character
 * reference all the same, with micromark's tokens, which core/entity-values.ts decodes as the
 * browser does Python-Markdown's raw one (U+FFFD).
 */
const longNumericReference: Construct = {
  name: 'pythonMarkdownLongNumericEntity',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let size = 0;
    let max = MICROMARK_DECIMAL_MAX;
    let hex = false;
    return start;

    /** `|&#12345678;`. */
    function start(code: Code): State | undefined {
      effects.enter('characterReference');
      marker(code);
      return hash;
    }

    function marker(code: Code): void {
      effects.enter('characterReferenceMarker');
      effects.consume(code);
      effects.exit('characterReferenceMarker');
    }

    /** `&|#12345678;`. */
    function hash(code: Code): State | undefined {
      if (code !== codes.numberSign) return nok(code);
      effects.enter('characterReferenceMarkerNumeric');
      effects.consume(code);
      effects.exit('characterReferenceMarkerNumeric');
      return kind;
    }

    /** `&#|12345678;` or `&#|x1234567;`. */
    function kind(code: Code): State | undefined {
      if (code === codes.lowercaseX || code === codes.uppercaseX) {
        hex = true;
        max = MICROMARK_HEX_MAX;
        effects.enter('characterReferenceMarkerHexadecimal');
        effects.consume(code);
        effects.exit('characterReferenceMarkerHexadecimal');
      }
      effects.enter('characterReferenceValue');
      return value;
    }

    /** `&#1|2345678;`. */
    function value(code: Code): State | undefined {
      if (code !== null && (hex ? asciiHexDigit(code) : asciiDigit(code))) {
        size++;
        effects.consume(code);
        return value;
      }
      if (code !== codes.semicolon || size <= max) return nok(code);
      effects.exit('characterReferenceValue');
      marker(code);
      effects.exit('characterReference');
      return ok;
    }
  },
};

export const pythonEntityExtension: Extension = {
  text: { [codes.ampersand]: [numericReference, namedReference] },
  string: { [codes.ampersand]: longNumericReference },
};
