/**
 * `*[HTML]: Hyper Text Markup Language` as a micromark flow construct, which may interrupt a
 * paragraph (Python-Markdown finds the line anywhere in a block and splits the block around it).
 *
 * ```
 * *[HTML]: Hyper Text Markup Language
 * ^^ abbrDefinitionMarker
 *   ^^^^ abbrDefinitionTerm
 *       ^^^ abbrDefinitionMarker (`]`, optional space, `:`), then spaces
 *           ^^^^^^^^^^^^^^^^^^^^^^^^^ abbrDefinitionTitle (to the end of the line)
 * ```
 * Python-Markdown 3.10's pattern is `^[*]\[([^\\]*?)\][ ]?:[ ]*\n?[ ]*(.*)$`: the `*` must start
 * the line (after container prefixes), the term may hold `]` (it ends at the first `]` followed
 * by `:` or ` :`) but no backslash, and an empty title continues on the next line
 * (`*[HTML]:\n    Hyper Text`). Without a term or a title it is no definition: the line is text.
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    abbrDefinition: 'abbrDefinition';
    abbrDefinitionMarker: 'abbrDefinitionMarker';
    abbrDefinitionTerm: 'abbrDefinitionTerm';
    abbrDefinitionTitle: 'abbrDefinitionTitle';
    abbrDefinitionSpace: 'abbrDefinitionSpace';
  }
}

const ASTERISK = 42;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const COLON = 58;
const SPACE = 32;
const BACKSLASH = 92;

const abbrDefinition: Construct = { name: 'abbrDefinition', tokenize };

export function abbrSyntax(): Extension {
  return { flow: { [ASTERISK]: abbrDefinition } };
}

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const tail = this.events[this.events.length - 1];
  // Indentation inside the current container means the `*` does not start the line.
  const indented = tail !== undefined && tail[1].type === 'linePrefix';
  let termSize = 0;

  const start: State = (code) => {
    if (code !== ASTERISK || indented) return nok(code);
    effects.enter('abbrDefinition');
    effects.enter('abbrDefinitionMarker');
    effects.consume(code);
    return bracket;
  };

  const bracket: State = (code) => {
    if (code !== LEFT_BRACKET) return nok(code);
    effects.consume(code);
    effects.exit('abbrDefinitionMarker');
    return termStart;
  };

  const termStart: State = (code) => {
    if (code === RIGHT_BRACKET) return termEnd(code);
    effects.enter('abbrDefinitionTerm');
    return term(code);
  };

  const term: State = (code) => {
    if (code === null || markdownLineEnding(code) || code === BACKSLASH) return nok(code);
    // Only a `]` followed by `:` or ` :` ends the term; any other `]` belongs to it.
    if (code === RIGHT_BRACKET) return effects.check(termClose, closeTerm, termCharacter)(code);
    return termCharacter(code);
  };

  const termCharacter: State = (code) => {
    if (code !== SPACE) termSize++;
    effects.consume(code);
    return term;
  };

  const closeTerm: State = (code) => {
    effects.exit('abbrDefinitionTerm');
    return termEnd(code);
  };

  const termEnd: State = (code) => {
    effects.enter('abbrDefinitionMarker');
    effects.consume(code);
    return optionalSpace;
  };

  const optionalSpace: State = (code) => {
    if (code === SPACE) {
      effects.consume(code);
      return colon;
    }
    return colon(code);
  };

  const colon: State = (code) => {
    if (code !== COLON || termSize === 0) return nok(code);
    effects.consume(code);
    effects.exit('abbrDefinitionMarker');
    return spaces;
  };

  const spaces: State = (code) => {
    if (code === SPACE) {
      effects.enter('abbrDefinitionSpace');
      return spaceRun(code);
    }
    return titleStart(code);
  };

  const spaceRun: State = (code) => {
    if (code === SPACE) {
      effects.consume(code);
      return spaceRun;
    }
    effects.exit('abbrDefinitionSpace');
    return titleStart(code);
  };

  const titleStart: State = (code) => {
    if (code === null) return nok(code);
    // No title on this line: it may stand on the next one (not a lazy line).
    if (markdownLineEnding(code) && !nextLine) return effects.attempt(nonLazyLineEnding, nextLineStart, nok)(code);
    if (markdownLineEnding(code) || code === SPACE) return nok(code);
    effects.enter('abbrDefinitionTitle');
    return title(code);
  };

  let nextLine = false;
  const nextLineStart: State = (code) => {
    nextLine = true;
    return spaces(code);
  };

  const title: State = (code: Code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('abbrDefinitionTitle');
      return end(code);
    }
    effects.consume(code);
    return title;
  };

  const end: State = (code) => {
    effects.exit('abbrDefinition');
    return ok(code);
  };

  return start;
}

/** `]` then an optional space and `:`: where a term ends. */
const termClose: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const bracket: State = (code) => {
      if (code !== RIGHT_BRACKET) return nok(code);
      effects.consume(code);
      return space;
    };
    const space: State = (code) => {
      if (code === SPACE) {
        effects.consume(code);
        return colon;
      }
      return colon(code);
    };
    const colon: State = (code) => (code === COLON ? ok(code) : nok(code));
    return bracket;
  },
};

/** A line ending followed by a line that is not lazy (it belongs to the same container). */
const nonLazyLineEnding: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const lineStart: State = (code) => (this.parser.lazy[this.now().line] ? nok(code) : ok(code));
    return (code) => {
      if (!markdownLineEnding(code)) return nok(code);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return lineStart;
    };
  },
};
