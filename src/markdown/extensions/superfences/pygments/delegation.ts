/**
 * Helpers for Pygments lexers that hand text to another lexer (pygments/lexer.py `using(Other)`
 * and `do_insertions`), for lexers that are more than one rule table: Makefile (preprocessor
 * lines spliced into a Makefile stream), HTTP bodies, Makefile recipes lexed as Bash.
 */
import type { Callback, Token } from './regex-lexer.ts';

/**
 * `using(OtherLexer)`: the match lexed by the lexer registered under `alias`, offsets shifted to
 * the match. Without that lexer the match stays one `Text` token, as the text lexer would give.
 */
export function usingLexer(alias: string): Callback {
  return function* (lexer, match) {
    const other = lexer.byName(alias);
    if (other === undefined) {
      if (match.text !== '') yield [match.start, 'Text', match.text];
      return;
    }
    for (const [index, type, value] of other.tokensUnprocessed(match.text)) yield [index + match.start, type, value];
  };
}

/** `(index, tokens)`: tokens to splice in at `index` of the main stream's text. */
export type Insertion = readonly [index: number, tokens: readonly Token[]];

/**
 * do_insertions: splices each insertion's tokens into `tokens` at its text index, splitting the
 * token that spans that index, and renumbers every token from the first one's position on, as
 * Pygments does (so offsets count the inserted text too).
 *
 *     insert [Comment.Preproc "ifdef X\n"] at 4 into [Text "all:\nrun\n"]
 *       ->   Text "all:", Comment.Preproc "ifdef X\n", Text "\nrun\n"
 */
export function* doInsertions(insertions: readonly Insertion[], tokens: Iterable<Token>): Generator<Token> {
  let next = 0;
  let current = insertions[next];
  if (current === undefined) {
    yield* tokens;
    return;
  }
  let realpos: number | undefined;
  for (const [index, type, value] of tokens) {
    realpos ??= index;
    let cut = 0;
    while (current !== undefined && index + value.length >= current[0]) {
      const before = value.slice(cut, current[0] - index);
      if (before !== '') {
        yield [realpos, type, before];
        realpos += before.length;
      }
      for (const [, insertedType, insertedValue] of current[1]) {
        yield [realpos, insertedType, insertedValue];
        realpos += insertedValue.length;
      }
      cut = current[0] - index;
      current = insertions[++next];
    }
    if (cut < value.length) {
      yield [realpos, type, value.slice(cut)];
      realpos += value.length - cut;
    }
  }
  // Insertions past the end of the main stream follow it.
  realpos ??= 0;
  while (current !== undefined) {
    for (const [, insertedType, insertedValue] of current[1]) {
      yield [realpos, insertedType, insertedValue];
      realpos += insertedValue.length;
    }
    current = insertions[++next];
  }
}
