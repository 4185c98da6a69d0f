/**
 * Pygments' RdLexer (pygments/lexers/r.py, Pygments 2.20.0), rule for rule: R's documentation files (Rd).
 *
 *     name{sum}alias{sum}title{Sum of Vector Elements}
 *     ->   name<nb>{</nb>sum<nb>}</nb>alias<nb>{</nb>sum<nb>}</nb>title<nb>{</nb>Sum of Vector Elements<nb>}</nb>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const rdLexer: LexerDefinition = {
  name: 'Rd',
  aliases: ['rd'],
  tokens: {
    root: [
      [String.raw`\\[\\{}%]`, 'Literal.String.Escape'],
      [String.raw`%.*$`, 'Comment'],
      [String.raw`\\(?:cr|l?dots|R|tab)\b`, 'Keyword.Constant'],
      [String.raw`\\[a-zA-Z]+\b`, 'Keyword'],
      [String.raw`^\s*#(?:ifn?def|endif).*\b`, 'Comment.Preproc'],
      [String.raw`[{}]`, 'Name.Builtin'],
      [String.raw`[^\\%\n{}]+`, 'Text'],
      [String.raw`.`, 'Text'],
    ],
  },
};
