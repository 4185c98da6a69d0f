/**
 * `++ctrl+alt+del++` as a micromark text construct (PyMdown's `RE_KBD`).
 *
 * ```
 * ++ctrl+"My Key"++
 * ^^ keysMarker
 *   ^^^^ keysKey   (word characters and `-`, or a quoted string with `\` escapes)
 *       ^ keysSeparator
 *        ^^^^^^^^ keysKey
 *                ^^ keysMarker
 * ```
 * PyMdown rejects the whole match when one key is not in its key map, so the construct checks
 * every key against the renderer's key map before it succeeds; otherwise the text stays text.
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { KeyMap } from './key-map.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    keys: 'keys';
    keysMarker: 'keysMarker';
    keysKey: 'keysKey';
    keysSeparator: 'keysSeparator';
  }
}

const KEY_CHAR = /^[\p{L}\p{N}_-]$/u;

function isKeyChar(code: Code): boolean {
  return code !== null && code >= 0 && KEY_CHAR.test(String.fromCodePoint(code));
}

export function keysSyntax(keyMap: KeyMap): Extension {
  const construct: Construct = { name: 'keys', tokenize };
  return { text: { [codes.plusSign]: construct } };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const keys: string[] = [];
    let key = '';
    let quote: number | undefined;

    const start: State = (code) => {
      effects.enter('keys');
      effects.enter('keysMarker');
      effects.consume(code);
      return secondPlus;
    };

    const secondPlus: State = (code) => {
      if (code !== codes.plusSign) return nok(code);
      effects.consume(code);
      effects.exit('keysMarker');
      return keyStart;
    };

    const keyStart: State = (code) => {
      if (code === codes.quotationMark || code === codes.apostrophe) {
        quote = code;
        effects.enter('keysKey');
        key = String.fromCodePoint(code);
        effects.consume(code);
        return quoted;
      }
      if (!isKeyChar(code)) return nok(code);
      effects.enter('keysKey');
      return word(code);
    };

    const word: State = (code) => {
      if (isKeyChar(code) && code !== null) {
        key += String.fromCodePoint(code);
        effects.consume(code);
        return word;
      }
      return keyEnd(code);
    };

    const quoted: State = (code) => {
      if (code === null || markdownLineEnding(code)) return nok(code);
      key += String.fromCodePoint(code);
      effects.consume(code);
      if (code === quote) return key.length > 2 ? keyEnd : nok;
      return code === codes.backslash ? escaped : quoted;
    };

    const escaped: State = (code) => {
      if (code === null || markdownLineEnding(code)) return nok(code);
      key += String.fromCodePoint(code);
      effects.consume(code);
      return quoted;
    };

    const keyEnd: State = (code) => {
      if (code !== codes.plusSign) return nok(code);
      effects.exit('keysKey');
      keys.push(key);
      key = '';
      return effects.attempt({ tokenize: tokenizeClose, partial: true }, done, separator)(code);
    };

    const separator: State = (code) => {
      effects.enter('keysSeparator');
      effects.consume(code);
      effects.exit('keysSeparator');
      return keyStart;
    };

    const done: State = (code) => {
      if (!keys.every((k) => keyMap.resolve(k))) return nok(code);
      effects.exit('keys');
      return ok(code);
    };

    return start;
  }
}

/** `++` closes the keys. */
function tokenizeClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const second: State = (code) => {
    if (code !== codes.plusSign) return nok(code);
    effects.consume(code);
    effects.exit('keysMarker');
    return ok;
  };
  return (code) => {
    effects.enter('keysMarker');
    effects.consume(code);
    return second;
  };
}
