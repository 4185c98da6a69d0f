/**
 * Pygments' GroffLexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: roff requests
 * (`.TH`, `.SH`), escapes and font changes, as man pages are written.
 *
 *     .SH NAME   ->   .<k>SH</k> <s>NAME</s>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const groffLexer: LexerDefinition = {
  name: 'Groff',
  aliases: ['groff', 'nroff', 'man'],
  tokens: {
    root: [
      [String.raw`(\.)(\w+)`, bygroups('Text', 'Keyword'), 'request'],
      [String.raw`\.`, 'Punctuation', 'request'],
      [String.raw`[^\\\n]+`, 'Text', 'textline'],
      defaultState('textline'),
    ],
    textline: [
      include('escapes'),
      [String.raw`[^\\\n]+`, 'Text'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
    escapes: [
      [String.raw`\\"[^\n]*`, 'Comment'],
      [String.raw`\\[fn]\w`, 'Literal.String.Escape'],
      [String.raw`\\\(.{2}`, 'Literal.String.Escape'],
      [String.raw`\\.\[.*\]`, 'Literal.String.Escape'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`\\\n`, 'Text', 'request'],
    ],
    request: [
      [String.raw`\n`, 'Text', '#pop'],
      include('escapes'),
      [String.raw`"[^\n"]+"`, 'Literal.String.Double'],
      [String.raw`\d+`, 'Literal.Number'],
      [String.raw`\S+`, 'Literal.String'],
      [String.raw`\s+`, 'Text'],
    ],
  },
};
