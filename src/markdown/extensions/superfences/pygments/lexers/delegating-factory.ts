/**
 * Pygments' DelegatingLexer subclasses that only name their two lexers (pygments/lexer.py,
 * Pygments 2.20.0): `language` lexes the text and its `Other` tokens, put together, are lexed by
 * `root`. Both are looked up by alias, so the pair is built from the lexers the renderer has.
 *
 *     delegatingFactory('XML+Smarty', ['xml+smarty'], 'xml', 'smarty')
 */
import { delegatingLexer } from '../delegation.ts';
import type { LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { textLexer } from './text.ts';

export function delegatingFactory(name: string, aliases: readonly string[], root: string, language: string, needle?: TokenType): LexerFactory {
  return {
    name,
    aliases,
    // Both lexers are ported; plain text is only what an unregistered alias would give.
    create: (byName) => delegatingLexer(name, byName(root) ?? textLexer(byName), byName(language) ?? textLexer(byName), needle),
  };
}
