/**
 * How Pygments lexers hand text to other lexers (pygments/lexer.py): `do_insertions` splices
 * tokens (prompts) into another lexer's token stream at given offsets of its text,
 * DelegatingLexer lexes the `needle` tokens of one lexer with another, and `using` lexes a match
 * with another lexer by name.
 *
 *     insertions [[0, [[0, 'Generic.Prompt', '$ ']]]] + bash tokens of `ls\n`
 *       ->   <gp>$ </gp>ls
 */
import { textLexer } from './lexers/text.ts';
import type { Callback, Lexer, Token } from './regex-lexer.ts';
import type { TokenType } from './token.ts';

/** `(index, tokens)`: tokens to put in at `index` of the inner lexer's text. */
export type Insertion = readonly [index: number, tokens: readonly Token[]];

export function* doInsertions(insertions: readonly Insertion[], tokens: Iterable<Token>): Generator<Token> {
  let next = 0;
  let insertion = insertions[next];
  if (insertion === undefined) {
    yield* tokens;
    return;
  }
  let realpos: number | undefined;
  for (const [index, type, value] of tokens) {
    realpos ??= index;
    let old = 0;
    // Every insertion that falls inside (or right after) this token splits it there.
    while (insertion !== undefined && index + value.length >= insertion[0]) {
      const before = value.slice(old, insertion[0] - index);
      if (before !== '') {
        yield [realpos, type, before];
        realpos += before.length;
      }
      for (const [, insertedType, insertedValue] of insertion[1]) {
        yield [realpos, insertedType, insertedValue];
        realpos += insertedValue.length;
      }
      old = insertion[0] - index;
      insertion = insertions[++next];
    }
    if (old < value.length) {
      yield [realpos, type, value.slice(old)];
      realpos += value.length - old;
    }
  }
  // Insertions past the end of the inner text (a prompt with no command).
  while (insertion !== undefined) {
    realpos ??= 0;
    for (const [, insertedType, insertedValue] of insertion[1]) {
      yield [realpos, insertedType, insertedValue];
      realpos += insertedValue.length;
    }
    insertion = insertions[++next];
  }
}

/**
 * DelegatingLexer: `language` lexes the text; its `needle` tokens, put together, are lexed by
 * `root`, and the other tokens are inserted back where they were.
 */
export function delegatingLexer(name: string, root: Lexer, language: Lexer, needle: TokenType = 'Other'): Lexer {
  return {
    name,
    byName: language.byName,
    *tokensUnprocessed(text) {
      let buffered = '';
      const insertions: Insertion[] = [];
      let pending: Token[] = [];
      for (const token of language.tokensUnprocessed(text)) {
        if (token[1] === needle) {
          if (pending.length > 0) {
            insertions.push([buffered.length, pending]);
            pending = [];
          }
          buffered += token[2];
        } else {
          pending.push(token);
        }
      }
      if (pending.length > 0) insertions.push([buffered.length, pending]);
      yield* doInsertions(insertions, root.tokensUnprocessed(buffered));
    },
  };
}

/**
 * `using(OtherLexer, state=...)`: the match lexed by the lexer Pygments registers under `alias`.
 * A lexer we have not ported lexes it as one plain text token.
 */
export function using(alias: string, state?: string): Callback {
  const stack = state === undefined ? undefined : ['root', state];
  return function* (lexer, match) {
    const other = lexer.byName(alias) ?? textLexer(lexer.byName);
    for (const [index, type, value] of other.tokensUnprocessed(match.text, stack)) yield [index + match.start, type, value];
  };
}
