/**
 * Pygments' TextLexer (pygments/lexers/special.py): the whole text as one `Text` token, so no
 * spans. PyMdown also falls back to it for an unknown or missing language; a language Pygments
 * knows but we have not ported is drawn the same way, under that lexer's name (auto_title).
 */
import type { Lexer } from '../regex-lexer.ts';

export function textLexer(byName: (alias: string) => Lexer | undefined, name = 'Text only'): Lexer {
  return {
    name,
    byName,
    *tokensUnprocessed(text) {
      yield [0, 'Text', text];
    },
  };
}
