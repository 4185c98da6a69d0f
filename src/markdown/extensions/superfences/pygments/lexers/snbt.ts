/**
 * Pygments' SNBTLexer (pygments/lexers/minecraft.py, Pygments 2.20), rule for rule: Minecraft's
 * stringified NBT: compounds, lists, typed numbers and strings.
 *
 *     {Count: 1b}   ->   <p>{</p><na>Count</na><p>:</p><w> </w><mi>1b</mi><p>}</p>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const snbtLexer: LexerDefinition = {
  name: 'SNBT',
  aliases: ['snbt'],
  tokens: {
    root: [
      [String.raw`\{`, 'Punctuation', 'compound'],
      [String.raw`[^\{]+`, 'Text'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    operators: [
      ['[,:;]', 'Punctuation'],
    ],
    literals: [
      ['(true|false)', 'Keyword.Constant'],
      [String.raw`-?\d+[eE]-?\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d*\.\d+[fFdD]?`, 'Literal.Number.Float'],
      [String.raw`-?\d+[bBsSlLfFdD]?`, 'Literal.Number.Integer'],
      ['"', 'Literal.String.Double', 'literals.string_double'],
      [String.raw`'`, 'Literal.String.Single', 'literals.string_single'],
    ],
    'literals.string_double': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    'literals.string_single': [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`[^\\'\n]+`, 'Literal.String.Single'],
      [String.raw`'`, 'Literal.String.Single', '#pop'],
    ],
    compound: [
      ['[A-Z_a-z]+', 'Name.Attribute'],
      include('operators'),
      include('whitespace'),
      include('literals'),
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\[`, 'Punctuation', 'list'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    list: [
      ['[A-Z_a-z]+', 'Name.Attribute'],
      include('literals'),
      include('operators'),
      include('whitespace'),
      [String.raw`\[`, 'Punctuation', '#push'],
      [String.raw`\{`, 'Punctuation', 'compound'],
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
  },
};
