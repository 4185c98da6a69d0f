/**
 * A backslash escapes any character (PyMdown's escape pattern `\\(.)`, run with DOTALL),
 * replacing core's Python-Markdown escape, which knows only `ESCAPED_CHARS`. With `nbsp`, `\ `
 * is a no-break space; with `hardbreak`, a backslash before a line ending is a `<br>`, and
 * without it the backslash just goes (the escaped line ending stays).
 *
 * ```
 * \W\e \❤       ->  We ❤
 * \ (nbsp)      ->  &nbsp;
 * \⏎ (hardbreak) -> <br />
 * ```
 * Three constructs on `\`, tried in order; each consumes the backslash and checks what follows.
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    escapeAllNbsp: 'escapeAllNbsp';
    escapeAllDropped: 'escapeAllDropped';
  }
}


export interface EscapeAllOptions {
  readonly nbsp: boolean;
  readonly hardbreak: boolean;
}

/** `\` then a character `accept` takes, as one token of `type` (line endings are never consumed). */
function backslashThen(name: string, type: TokenType, accept: (code: Code) => boolean, consumeNext: boolean): Construct {
  return {
    name,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      return (code) => {
        if (code !== codes.backslash) return nok(code);
        effects.enter(type);
        effects.consume(code);
        return (next: Code) => {
          if (!accept(next)) return nok(next);
          if (!consumeNext) {
            effects.exit(type);
            return ok(next);
          }
          effects.consume(next);
          effects.exit(type);
          return ok;
        };
      };
    },
  };
}

const characterEscape: Construct = {
  name: 'escapeAllCharacterEscape',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code) => {
      if (code !== codes.backslash) return nok(code);
      effects.enter('characterEscape');
      effects.enter('escapeMarker');
      effects.consume(code);
      effects.exit('escapeMarker');
      return value;
    };

    /** `\|x`: one character, both halves of a surrogate pair (`\😄`). */
    function value(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code)) return nok(code);
      effects.enter('characterEscapeValue');
      effects.consume(code);
      if (code >= 0xd800 && code <= 0xdbff) return low;
      return done;
    }

    function low(code: Code): State | undefined {
      if (code !== null && code >= 0xdc00 && code <= 0xdfff) effects.consume(code);
      return done(code);
    }

    function done(code: Code): State | undefined {
      effects.exit('characterEscapeValue');
      effects.exit('characterEscape');
      return ok(code);
    }
  },
};

export function escapeAllSyntax(options: EscapeAllOptions): Extension {
  const constructs: Construct[] = [
    options.hardbreak
      ? backslashThen('escapeAllHardBreak', 'hardBreakEscape', (code) => markdownLineEnding(code), false)
      : backslashThen('escapeAllLineEnding', 'escapeAllDropped', (code) => markdownLineEnding(code), false),
  ];
  if (options.nbsp) constructs.push(backslashThen('escapeAllNbsp', 'escapeAllNbsp', (code) => code === codes.space, true));
  constructs.push(characterEscape);
  return {
    disable: { null: ['pythonMarkdownCharacterEscape', 'characterEscape', 'hardBreakEscape'] },
    string: { [codes.backslash]: characterEscape },
    text: { [codes.backslash]: constructs },
  };
}
