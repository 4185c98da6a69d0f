/**
 * Pygments' HspecLexer (pygments/lexers/haskell.py, Pygments 2.20.0): HaskellLexer with the
 * descriptions of `it`, `describe` and `context` drawn as doc strings, tried before Haskell's rules.
 *
 *     it "adds" $ 1 + 1   ->   it<w> </w><sd>"adds"</sd><w> </w><o>$</o><w> </w><mi>1</mi>...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { haskellLexer } from './haskell.ts';

export const hspecLexer: LexerDefinition = {
  name: 'Hspec',
  aliases: ['hspec'],
  tokens: {
    ...haskellLexer.tokens,
    root: [
      [String.raw`(it)(\s*)("[^"]*")`, bygroups('Text', 'Text.Whitespace', 'Literal.String.Doc')],
      [String.raw`(describe)(\s*)("[^"]*")`, bygroups('Text', 'Text.Whitespace', 'Literal.String.Doc')],
      [String.raw`(context)(\s*)("[^"]*")`, bygroups('Text', 'Text.Whitespace', 'Literal.String.Doc')],
      // `inherit`: HaskellLexer's root rules follow
      ...(haskellLexer.tokens['root'] ?? []),
    ],
  },
};
