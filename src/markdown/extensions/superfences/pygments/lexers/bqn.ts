/**
 * Pygments' BQNLexer (pygments/lexers/bqn.py, Pygments 2.20.0), rule for rule. Names stop at BQN's
 * special double-struck letters (𝕊, 𝕩...), which `\w` would otherwise take.
 *
 *     Avg ← +´÷≠   ->   <o>Avg</o><w> </w><kd>←</kd><w> </w><o>+</o><na>´</na><o>÷≠</o>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const bqnLexer: LexerDefinition = {
  name: 'BQN',
  aliases: ['bqn'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*$', 'Comment.Single'],
      [String.raw`\'((\'\')|[^\'])*\'`, 'Literal.String.Single'],
      ['"(("")|[^"])*"', 'Literal.String.Double'],
      ['@', 'Literal.String.Symbol'],
      [String.raw`[\.⋄,\[\]⟨⟩‿]`, 'Punctuation'],
      [String.raw`[\(\)]`, 'Literal.String.Regex'],
      [String.raw`¯?[0-9](([0-9]|_)*\.?([0-9]|_)+|([0-9]|_)*)([Ee][¯]?([0-9]|_)+)?|¯|∞|π|·`, 'Literal.Number'],
      [String.raw`[a-z]((?=[^𝕎𝕏𝔽𝔾𝕊𝕨𝕩𝕗𝕘𝕤𝕣])\w)*`, 'Name.Variable'],
      ['[∘○⊸⟜⌾⊘◶⎉⚇⍟⎊]', 'Name.Property'],
      ['_(𝕣|[a-zA-Z0-9]+)_', 'Name.Property'],
      ['[˙˜˘¨⌜⁼´˝`𝕣]', 'Name.Attribute'],
      ['_(𝕣|[a-zA-Z0-9]+)', 'Name.Attribute'],
      [String.raw`[+\-×÷\⋆√⌊⌈∧∨¬|≤<>≥=≠≡≢⊣⊢⥊∾≍⋈↑↓↕«»⌽⍉/⍋⍒⊏⊑⊐⊒∊⍷⊔!𝕎𝕏𝔽𝔾𝕊]`, 'Operator'],
      [String.raw`[A-Z]((?=[^𝕎𝕏𝔽𝔾𝕊𝕨𝕩𝕗𝕘𝕤𝕣])\w)*|•((?=[^𝕎𝕏𝔽𝔾𝕊𝕨𝕩𝕗𝕘𝕤𝕣])\w)+`, 'Operator'],
      ['˙', 'Name.Constant'],
      ['[←↩⇐]', 'Keyword.Declaration'],
      ['[{}]', 'Keyword.Type'],
      ['[;:?𝕨𝕩𝕗𝕘𝕤]', 'Name.Entity'],
    ],
  },
};
