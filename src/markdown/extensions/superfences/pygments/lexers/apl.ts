/**
 * Pygments' APLLexer (pygments/lexers/apl.py, Pygments 2.20.0), rule for rule: each glyph class
 * (functions, operators, the quad names, the assignment arrow) has its own token.
 *
 *     avg←{(+/⍵)÷≢⍵}   ->   <nv>avg</nv><kd>←</kd><kt>{</kt><p>(</p><o>+</o><na>/</na><nb>⍵</nb>...
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const aplLexer: LexerDefinition = {
  name: 'APL',
  aliases: ['apl'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[⍝#].*$', 'Comment.Single'],
      [String.raw`\'((\'\')|[^\'])*\'`, 'Literal.String.Single'],
      ['"(("")|[^"])*"', 'Literal.String.Double'],
      ['[⋄◇()]', 'Punctuation'],
      [String.raw`[\[\];]`, 'Literal.String.Regex'],
      ['⎕[A-Za-zΔ∆⍙][A-Za-zΔ∆⍙_¯0-9]*', 'Name.Function'],
      ['[A-Za-zΔ∆⍙_][A-Za-zΔ∆⍙_¯0-9]*', 'Name.Variable'],
      [String.raw`¯?(0[Xx][0-9A-Fa-f]+|[0-9]*\.?[0-9]+([Ee][+¯]?[0-9]+)?|¯|∞)([Jj]¯?(0[Xx][0-9A-Fa-f]+|` +
        String.raw`[0-9]*\.?[0-9]+([Ee][+¯]?[0-9]+)?|¯|∞))?`, 'Literal.Number'],
      [String.raw`[\.\\\/⌿⍀¨⍣⍨⍠⍤∘⌸&⌶@⌺⍥⍛⍢]`, 'Name.Attribute'],
      [String.raw`[+\-×÷⌈⌊∣|⍳?*⍟○!⌹<≤=>≥≠≡≢∊⍷∪∩~∨∧⍱⍲⍴,⍪⌽⊖⍉↑↓⊂⊃⌷⍋⍒⊤⊥⍕⍎⊣⊢⍁⍂≈⌸⍯↗⊆⊇⍸√⌾…⍮]`, 'Operator'],
      ['⍬', 'Name.Constant'],
      ['[⎕⍞]', 'Name.Variable.Global'],
      ['[←→]', 'Keyword.Declaration'],
      ['[⍺⍵⍶⍹∇:]', 'Name.Builtin.Pseudo'],
      ['[{}]', 'Keyword.Type'],
    ],
  },
};
