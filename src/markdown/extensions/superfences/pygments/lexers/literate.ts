/**
 * Pygments' LiterateIdrisLexer, LiterateAgdaLexer and LiterateCryptolLexer
 * (pygments/lexers/haskell.py, Pygments 2.20.0): LiterateLexer (`literateTokens`, shared with
 * Literate Haskell) over IdrisLexer, AgdaLexer or CryptolLexer. Bird style (`>` lines) or LaTeX
 * style (`\begin{code}` blocks), chosen by the `litstyle` option or the text; Literate Agda is
 * always LaTeX.
 *
 *     > x : Nat   ->   <c1>&gt; </c1><nf>x</nf> <ow>:</ow> <kt>Nat</kt>
 */
import type { Lexer, LexerFactory } from '../regex-lexer.ts';
import { literateTokens } from './literate-haskell.ts';
import { textLexer } from './text.ts';

/** `style`: the litstyle the subclass always passes (LiterateAgdaLexer's 'latex'), else the option's. */
function literate(name: string, aliases: readonly string[], base: string, style?: string): LexerFactory {
  const create = (byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer => {
    const code = byName(base) ?? textLexer(byName);
    const tex = byName('tex') ?? textLexer(byName);
    return {
      name,
      byName,
      tokensUnprocessed: (text) => literateTokens(code, tex, text, style ?? options['litstyle']),
      withOptions: (more) => create(byName, more),
    };
  };
  return { name, aliases, create: (byName) => create(byName, {}) };
}

export const literateIdrisLexer = literate('Literate Idris', ['literate-idris', 'lidris', 'lidr'], 'idris');
export const literateAgdaLexer = literate('Literate Agda', ['literate-agda', 'lagda'], 'agda', 'latex');
export const literateCryptolLexer = literate('Literate Cryptol', ['literate-cryptol', 'lcryptol', 'lcry'], 'cryptol');
