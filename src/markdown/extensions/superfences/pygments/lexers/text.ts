/**
 * Pygments' TextLexer (pygments/lexers/special.py): the whole text as one `Text` token, so no
 * spans. PyMdown also falls back to it for an unknown or missing language.
 */
import type { Lexer } from '../regex-lexer.ts';

export function textLexer(byName: (alias: string) => Lexer | undefined): Lexer {
  return {
    name: 'Text only',
    byName,
    *tokensUnprocessed(text) {
      yield [0, 'Text', text];
    },
  };
}
