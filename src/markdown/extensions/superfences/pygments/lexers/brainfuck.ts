/**
 * Pygments' BrainfuckLexer (pygments/lexers/esoteric.py, Pygments 2.20.0), rule for rule: each kind of
 * instruction its own colour, anything else a comment; a `]` with no open loop is an error.
 *
 *     +[->+<]   ->   <nb>+</nb><k>[</k><nb>-</nb><nv>&gt;</nv><nb>+</nb><nv>&lt;</nv><k>]</k>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const brainfuckLexer: LexerDefinition = {
  name: 'Brainfuck',
  aliases: ['brainfuck', 'bf'],
  tokens: {
    common: [
      ['[.,]+', 'Name.Tag'],
      ['[+-]+', 'Name.Builtin'],
      ['[<>]+', 'Name.Variable'],
      [String.raw`[^.,+\-<>\[\]]+`, 'Comment'],
    ],
    root: [
      [String.raw`\[`, 'Keyword', 'loop'],
      [String.raw`\]`, 'Error'],
      include('common'),
    ],
    loop: [
      [String.raw`\[`, 'Keyword', '#push'],
      [String.raw`\]`, 'Keyword', '#pop'],
      include('common'),
    ],
  },
};
