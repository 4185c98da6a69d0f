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
 * Python-Markdown 3.10's pattern is `^[*]\[([^\\]*?)\][ ]?:[ ]*\n?[ ]*(.*)$`: the `*` must start the
 * line (after container prefixes), so an indented line is not a definition; the term holds no
 * backslash and runs to the first `]` followed by `:` or ` :` (so it may hold a `]`); the title may
 * be on the next line; a blank term or title is no definition.
 *
 * ```
 * *[ABBR]:                 term ABBR, title on the next line (any indentation)
 *     Abbreviation
 * ```
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    abbrDefinition: 'abbrDefinition';
    abbrDefinitionMarker: 'abbrDefinitionMarker';
    abbrDefinitionTerm: 'abbrDefinitionTerm';
    abbrDefinitionTitle: 'abbrDefinitionTitle';
    abbrDefinitionSpace: 'abbrDefinitionSpace';
  }
}


const abbrDefinition: Construct = { name: 'abbrDefinition', tokenize };
/** `]`, an optional space, `:`: where the term ends (checked, not consumed). */
const termClose: Construct = { tokenize: tokenizeTermClose, partial: true };
/** The line ending before a title written on the next line, when that line is not lazy. */
const nextLine: Construct = { tokenize: tokenizeNextLine, partial: true };

export function abbrSyntax(): Extension {
  return { flow: { [codes.asterisk]: abbrDefinition } };
}

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const tail = this.events[this.events.length - 1];
  // Indentation inside the current container means the `*` does not start the line.
  const indented = tail !== undefined && tail[1].type === 'linePrefix';
  let termBlank = true;
  let titleBlank = true;

  const start: State = (code) => {
    if (code !== codes.asterisk || indented) return nok(code);
    effects.enter('abbrDefinition');
    effects.enter('abbrDefinitionMarker');
    effects.consume(code);
    return bracket;
  };

  const bracket: State = (code) => {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('abbrDefinitionMarker');
    return termStart;
  };

  const termStart: State = (code) => {
    if (code === codes.rightSquareBracket) return effects.check(termClose, termEnd, termOpen)(code);
    return termOpen(code);
  };

  const termOpen: State = (code) => {
    effects.enter('abbrDefinitionTerm');
    return term(code);
  };

  const term: State = (code) => {
    if (code === null || markdownLineEnding(code) || code === codes.backslash) return nok(code);
    if (code === codes.rightSquareBracket) return effects.check(termClose, closeTerm, termChar)(code);
    return termChar(code);
  };

  const termChar: State = (code) => {
    if (code !== codes.space) termBlank = false;
    effects.consume(code);
    return term;
  };

  const closeTerm: State = (code) => {
    effects.exit('abbrDefinitionTerm');
    return termEnd(code);
  };

  const termEnd: State = (code) => {
    if (termBlank) return nok(code);
    effects.enter('abbrDefinitionMarker');
    effects.consume(code);
    return optionalSpace;
  };

  const optionalSpace: State = (code) => {
    if (code === codes.space) {
      effects.consume(code);
      return colon;
    }
    return colon(code);
  };

  const colon: State = (code) => {
    effects.consume(code);
    effects.exit('abbrDefinitionMarker');
    return spaces(titleStart);
  };

  /** Spaces before the title, on the definition line or the next one. */
  const spaces = (next: State): State => (code) => {
    if (code !== codes.space) return next(code);
    effects.enter('abbrDefinitionSpace');
    const run: State = (inner) => {
      if (inner === codes.space) {
        effects.consume(inner);
        return run;
      }
      effects.exit('abbrDefinitionSpace');
      return next(inner);
    };
    return run(code);
  };

  const titleStart: State = (code) => {
    if (markdownLineEnding(code)) return effects.attempt(nextLine, spaces(titleOnNextLine), nok)(code);
    return titleOnNextLine(code);
  };

  const titleOnNextLine: State = (code) => {
    if (code === null || markdownLineEnding(code)) return nok(code);
    effects.enter('abbrDefinitionTitle');
    return title(code);
  };

  const title: State = (code: Code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('abbrDefinitionTitle');
      // Python strips the title: spaces alone are no title.
      return titleBlank ? nok(code) : end(code);
    }
    if (code !== codes.space) titleBlank = false;
    effects.consume(code);
    return title;
  };

  const end: State = (code) => {
    effects.exit('abbrDefinition');
    return ok(code);
  };

  return start;
}

function tokenizeTermClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const close: State = (code) => {
    effects.consume(code);
    return space;
  };
  const space: State = (code) => {
    if (code === codes.space) {
      effects.consume(code);
      return colon;
    }
    return colon(code);
  };
  const colon: State = (code) => (code === codes.colon ? ok(code) : nok(code));
  return close;
}

function tokenizeNextLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const lineEnding: State = (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return lineStart;
  };
  // A lazy line (a quote's text without its `>`) is not the definition's own next line.
  const lineStart: State = (code) => (self.parser.lazy[self.now().line] ? nok(code) : ok(code));
  return lineEnding;
}
