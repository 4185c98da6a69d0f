/**
 * URL autolinks as Python-Markdown's AUTOLINK_RE has them: `<` + `http`, `https`, `ftp` or
 * `ftps` (any case) + `://`, then anything but `<` and `>`, spaces included, up to `>`.
 * micromark's `autolink` ends the URL at a space, so those stay text there; this construct runs
 * before it and takes the URLs of these schemes whole (the URL is kept as written, core/urls.ts).
 *
 * ```
 * <https://example.com/a b>   ->  <a href="https://example.com/a b">https://example.com/a b</a>
 * <https://example.com/>      ->  the same as micromark's
 * <https://example.com/a      ->  <a href="https://example.com/a\nb">https://example.com/a\nb</a>
 * b>
 * ```
 */
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';

/** The schemes AUTOLINK_RE knows, lowercased: `(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?`. */
const SCHEMES = new Set(['http', 'https', 'ftp', 'ftps']);

const pythonAutolink: Construct = {
  name: 'pythonMarkdownAutolink',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let scheme = '';
    let slashes = 0;
    return start;

    /** `|<https://a b>`. */
    function start(code: Code): State | undefined {
      effects.enter('autolink');
      effects.enter('autolinkMarker');
      effects.consume(code);
      effects.exit('autolinkMarker');
      effects.enter('autolinkProtocol');
      return name;
    }

    /** `<ht|tps://a b>`: the scheme's letters, then `:`. */
    function name(code: Code): State | undefined {
      if (code !== null && code !== codes.colon && /[a-z]/i.test(String.fromCharCode(code)) && scheme.length < 5) {
        scheme += String.fromCharCode(code).toLowerCase();
        effects.consume(code);
        return name;
      }
      if (code !== codes.colon || !SCHEMES.has(scheme)) return nok(code);
      effects.consume(code);
      return slash;
    }

    /** `<https:|//a b>`. */
    function slash(code: Code): State | undefined {
      if (slashes < 2) {
        if (code !== codes.slash) return nok(code);
        slashes++;
        effects.consume(code);
        return slash;
      }
      return rest(code);
    }

    /** `<https://a| b>`: anything but `<` and `>`, line endings too (`[^<>]`). */
    function rest(code: Code): State | undefined {
      if (code === codes.greaterThan) {
        effects.exit('autolinkProtocol');
        effects.enter('autolinkMarker');
        effects.consume(code);
        effects.exit('autolinkMarker');
        effects.exit('autolink');
        return ok;
      }
      if (code === codes.eof || code === codes.lessThan) return nok(code);
      effects.consume(code);
      return rest;
    }
  },
};

/**
 * Email autolinks as AUTOMAIL_RE has them (`<([^<> !]+@[^@<> ]+)>`, tried right after
 * AUTOLINK_RE): no space, an `@` with text on both sides, no `!` before the last `@`. Broader
 * than micromark's: `<a_b@c_d.e>`, `<git@github.com:x/y.git>` and `<ssh://git@host/repo>` are
 * mailto links to Python-Markdown. One written with `mailto:` shows the address without it
 * (core/inline.ts, as for micromark's).
 */
const pythonAutomail: Construct = {
  name: 'pythonMarkdownAutomail',
  tokenize(effects: Effects, ok: State, nok: State): State {
    let content = '';
    // Reads the content up to `>` (no space, `<` or line ending) before any token is made.
    const scan: Construct = {
      partial: true,
      tokenize(scanEffects: Effects, found: State, missing: State): State {
        const read = (code: Code): State | undefined => {
          if (code === codes.greaterThan) return found(code);
          if (code === codes.eof || code === codes.lessThan || code === codes.space || markdownLineEnding(code)) return missing(code);
          content += String.fromCharCode(code);
          scanEffects.consume(code);
          return read;
        };
        return read;
      },
    };
    return start;

    /** `|<a@b>`. */
    function start(code: Code): State | undefined {
      effects.enter('autolink');
      effects.enter('autolinkMarker');
      effects.consume(code);
      effects.exit('autolinkMarker');
      return effects.check(scan, decide, nok);
    }

    /** `<|a@b>`: an `@` with text on both sides, no `!` before it. */
    function decide(code: Code): State | undefined {
      const at = content.lastIndexOf('@');
      if (at < 1 || at === content.length - 1 || content.slice(0, at).includes('!')) return nok(code);
      effects.enter(kind());
      return inside(code);
    }

    /** `mailto:` written out: a URL autolink (its text loses the scheme, core/inline.ts). */
    function kind(): 'autolinkProtocol' | 'autolinkEmail' {
      return content.startsWith('mailto:') ? 'autolinkProtocol' : 'autolinkEmail';
    }

    function inside(code: Code): State | undefined {
      if (code === codes.greaterThan) {
        effects.exit(kind());
        effects.enter('autolinkMarker');
        effects.consume(code);
        effects.exit('autolinkMarker');
        effects.exit('autolink');
        return ok;
      }
      effects.consume(code);
      return inside;
    }
  },
};

export const pythonAutolinkExtension: Extension = {
  text: { [codes.lessThan]: [pythonAutolink, pythonAutomail] },
};
