/**
 * Pygments' FlatlineLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule.
 * Flatline, BigML's Lisp-like feature language: its built-in functions.
 *
 *     (+ 1 (f "x"))   ->   <p>(</p><nb>+ </nb><mi>1</mi><w> </w><p>(</p><nb>f </nb><s>"x"</s><p>)</p><p>)</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { ROOT_BUILTIN } from './flatline-words.ts';

const ROOT_KEYWORD = [
  'let',
];

export const flatlineLexer: LexerDefinition = {
  name: 'Flatline',
  aliases: ['flatline'],
  tokens: {
    root: [
      ['[,]+', 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`0x-?[a-f\d]+`, 'Literal.Number.Hex'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`\\(.|[a-z]+)`, 'Literal.String.Char'],
      ['_', 'Literal.String.Symbol'],
      [words(ROOT_KEYWORD, '', ' '), 'Keyword'],
      [words(ROOT_BUILTIN, '', ' '), 'Name.Builtin'],
      [String.raw`(?<=\()(?!#)[\w!$%*+<=>?/.#-]+`, 'Name.Function'],
      [String.raw`(?!#)[\w!$%*+<=>?/.#-]+`, 'Name.Variable'],
      [String.raw`(\(|\))`, 'Punctuation'],
    ],
  },
};
