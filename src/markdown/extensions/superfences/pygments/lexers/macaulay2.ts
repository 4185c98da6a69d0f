/**
 * Pygments' Macaulay2Lexer (pygments/lexers/macaulay2.py, Pygments 2.20), rule for rule: Macaulay2:
 * its keywords, types, functions and constants (_macaulay2_builtins.py).
 *
 *     R = QQ[x,y]   ->   R<w> </w>=<w> </w><nb>QQ</nb>[x,y]
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { MACAULAY2_NAME_BUILTIN, MACAULAY2_NAME_FUNCTION, MACAULAY2_NAME_CONSTANT } from './macaulay2-words.ts';

export const macaulay2Lexer: LexerDefinition = {
  name: 'Macaulay2',
  aliases: ['macaulay2'],
  tokens: {
    root: [
      ['--.*$', 'Comment.Single'],
      [String.raw`-\*`, 'Comment.Multiline', 'block comment'],
      ['"', 'Literal.String', 'quote string'],
      ['///', 'Literal.String', 'slash string'],
      [words(['SPACE', 'TEST', 'and', 'break', 'breakpoint', 'catch', 'continue', 'do', 'elapsedTime', 'elapsedTiming', 'else', 'for', 'from', 'global', 'if', 'in', 'list', 'local', 'new', 'not', 'of', 'or', 'profile', 'return', 'shield', 'step', 'symbol', 'then', 'threadLocal', 'threadVariable', 'throw', 'time', 'timing', 'to', 'try', 'when', 'while', 'xor'], String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(MACAULAY2_NAME_BUILTIN, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [words(MACAULAY2_NAME_FUNCTION, String.raw`\b`, String.raw`\b`), 'Name.Function'],
      [words(MACAULAY2_NAME_CONSTANT, String.raw`\b`, String.raw`\b`), 'Name.Constant'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    'block comment': [
      ['[^*-]+', 'Comment.Multiline'],
      [String.raw`\*-`, 'Comment.Multiline', '#pop'],
      ['[*-]', 'Comment.Multiline'],
    ],
    'quote string': [
      [String.raw`[^\\"]+`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\"?`, 'Literal.String'],
    ],
    'slash string': [
      ['[^/]+', 'Literal.String'],
      ['(//)+(?!/)', 'Literal.String'],
      ['/(//)+(?!/)', 'Literal.String', '#pop'],
      ['/', 'Literal.String'],
    ],
  },
};
