/**
 * Pygments' MathematicaLexer (pygments/lexers/algebra.py, Pygments 2.20.0), rule for rule: one
 * state of names, numbers, operators and strings.
 *
 *     f[x_] := x^2   ->   <n>f</n><p>[</p><nv>x_</nv><p>]</p><w> </w><o>:=</o><w> </w><n>x</n><o>^</o><mi>2</mi>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

// Pygments' list misses a comma after "!=": the two are one operator, `!===`, as here.
const OPERATORS = [
  ';;', '=', '=.', '!===', ':=', '->', ':>', '/.', '+', '-', '*', '/', '^', '&&', '||', '!', '<>', '|', '/;', '?', '@', '//',
  '/@', '@@', '@@@', '~~', '===', '&', '<', '>', '<=', '>=',
];
const PUNCTUATION = [',', ';', '(', ')', '[', ']', '{', '}'];

export const mathematicaLexer: LexerDefinition = {
  name: 'Mathematica',
  aliases: ['mathematica', 'mma', 'nb', 'wl', 'wolfram'],
  tokens: {
    root: [
      [String.raw`(?s)\(\*.*?\*\)`, 'Comment'],
      ['([a-zA-Z]+[A-Za-z0-9]*`)', 'Name.Namespace'],
      ['([A-Za-z0-9]*_+[A-Za-z0-9]*)', 'Name.Variable'],
      [String.raw`#\d*`, 'Name.Variable'],
      ['([a-zA-Z]+[a-zA-Z0-9]*)', 'Name'],
      [String.raw`-?\d+\.\d*`, 'Literal.Number.Float'],
      [String.raw`-?\d*\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [words(OPERATORS), 'Operator'],
      [words(PUNCTUATION), 'Punctuation'],
      ['".*?"', 'Literal.String'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
