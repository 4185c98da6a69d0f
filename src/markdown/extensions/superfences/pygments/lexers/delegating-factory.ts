/**
 * Pygments' DelegatingLexer subclasses that only name their two lexers (pygments/lexer.py,
 * Pygments 2.20.0): `language` lexes the text and its `Other` tokens, put together, are lexed by
 * `root`. A registered lexer is named by alias, so the pair is built from the lexers the renderer
 * has; a base lexer Pygments registers under no name (JspRootLexer) is given as its rule table.
 *
 *     delegatingFactory('XML+Smarty', ['xml+smarty'], 'xml', 'smarty')
 */
import { delegatingLexer } from '../delegation.ts';
import { compileLexer, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { textLexer } from './text.ts';

export type LexerSource = string | LexerDefinition | LexerFactory;

/** A lexer by alias, rule table or factory; plain text only for an alias nothing registers. */
export function lexerFrom(source: LexerSource, byName: (alias: string) => Lexer | undefined): Lexer {
  if (typeof source === 'string') return byName(source) ?? textLexer(byName);
  return 'tokens' in source ? compileLexer(source, byName) : source.create(byName);
}

/**
 * A DelegatingLexer that hands lexer options (`extend_pygments_lang`) to both of its lexers, as
 * Pygments' constructor does (`root_lexer(**options)`, `language_lexer(**options)`).
 */
export function delegatingWithOptions(name: string, root: Lexer, language: Lexer, needle?: TokenType): Lexer {
  return {
    ...delegatingLexer(name, root, language, needle),
    withOptions: (options) => delegatingWithOptions(name, root.withOptions?.(options) ?? root, language.withOptions?.(options) ?? language, needle),
  };
}

export function delegatingFactory(name: string, aliases: readonly string[], root: LexerSource, language: LexerSource, needle?: TokenType): LexerFactory {
  return {
    name,
    aliases,
    create: (byName) => delegatingWithOptions(name, lexerFrom(root, byName), lexerFrom(language, byName), needle),
  };
}
