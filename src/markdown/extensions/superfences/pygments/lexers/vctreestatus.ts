/**
 * Pygments' VCTreeStatusLexer (pygments/lexers/console.py, Pygments 2.20), rule for rule: the file
 * lists `svn status` and the like print.
 *
 *     M  src/main.c   ->   <gi>M  </gi>src/main.c
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const vcTreeStatusLexer: LexerDefinition = {
  name: 'VCTreeStatus',
  aliases: ['vctreestatus'],
  tokens: {
    root: [
      [String.raw`^A  \+  C\s+`, 'Generic.Error'],
      [String.raw`^A\s+\+?\s+`, 'Literal.String'],
      [String.raw`^M\s+`, 'Generic.Inserted'],
      [String.raw`^C\s+`, 'Generic.Error'],
      [String.raw`^D\s+`, 'Generic.Deleted'],
      [String.raw`^[?!]\s+`, 'Comment.Preproc'],
      [String.raw`      >\s+.*\n`, 'Comment.Preproc'],
      [String.raw`\S+`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
