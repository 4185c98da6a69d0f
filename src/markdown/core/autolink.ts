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
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';

/** The schemes AUTOLINK_RE knows, lowercased: `(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?`. */
const SCHEMES = new Set(['http', 'https', 'ftp', 'ftps']);
const COLON = 58;
const SLASH = 47;

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
      if (code !== null && code !== COLON && /[a-z]/i.test(String.fromCharCode(code)) && scheme.length < 5) {
        scheme += String.fromCharCode(code).toLowerCase();
        effects.consume(code);
        return name;
      }
      if (code !== COLON || !SCHEMES.has(scheme)) return nok(code);
      effects.consume(code);
      return slash;
    }

    /** `<https:|//a b>`. */
    function slash(code: Code): State | undefined {
      if (slashes < 2) {
        if (code !== SLASH) return nok(code);
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

export const pythonAutolinkExtension: Extension = {
  text: { [codes.lessThan]: pythonAutolink },
};
