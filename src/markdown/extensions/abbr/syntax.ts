/**
 * `*[HTML]: Hyper Text Markup Language` as a micromark flow construct: one line, which may
 * interrupt a paragraph (Python-Markdown finds the line anywhere in a block and splits the
 * block around it).
 *
 * ```
 * *[HTML]: Hyper Text Markup Language
 * ^^ abbrDefinitionMarker
 *   ^^^^ abbrDefinitionTerm
 *       ^^^ abbrDefinitionMarker (`]`, optional space, `:`), then spaces
 *           ^^^^^^^^^^^^^^^^^^^^^^^^^ abbrDefinitionTitle (to the end of the line)
 * ```
 * Python-Markdown's pattern is `^[*]\[([^\]]*)\][ ]?:[ ]*(.*)$`: the `*` must start the line
 * (after container prefixes), so an indented line is not a definition.
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
    if (code === null || markdownLineEnding(code)) return nok(code);
    if (code === RIGHT_BRACKET) {
      effects.exit('abbrDefinitionTerm');
      return termEnd(code);
    }
    termSize++;
    effects.consume(code);
    return term;
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
    if (code === null || markdownLineEnding(code)) return end(code);
    effects.enter('abbrDefinitionTitle');
    return title(code);
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
