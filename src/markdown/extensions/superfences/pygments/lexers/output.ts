/**
 * Pygments' OutputLexer (pygments/lexers/special.py, Pygments 2.20.0): the whole text is one
 * `Generic.Output` token, for program output shown next to code.
 *
 *     Hello, world   ->   <go>Hello, world</go>
 */
import type { Lexer, LexerFactory } from '../regex-lexer.ts';

export const outputLexer: LexerFactory = {
  name: 'Text output',
  aliases: ['output'],
  create(byName): Lexer {
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(text) {
        yield [0, 'Generic.Output', text];
      },
    };
  },
};
