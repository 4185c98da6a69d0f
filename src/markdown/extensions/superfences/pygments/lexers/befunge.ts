/**
 * Pygments' BefungeLexer (pygments/lexers/esoteric.py, Pygments 2.20.0), rule for rule: one token per
 * instruction character (Befunge-93 and -98).
 *
 *     "!olleH">:#,_@   ->   <s2>"!olleH"</s2><nv>&gt;</nv><nb>:</nb><c>#</c><nb>,</nb><k>_@</k>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const befungeLexer: LexerDefinition = {
  name: 'Befunge',
  aliases: ['befunge'],
  tokens: {
    root: [
      ['[0-9a-f]', 'Literal.Number'],
      ['[+*/%!`-]', 'Operator'],
      [String.raw`[<>^v?\[\]rxjk]`, 'Name.Variable'],
      [String.raw`[:\\$.,n]`, 'Name.Builtin'],
      ['[|_mw]', 'Keyword'],
      ['[{}]', 'Name.Tag'],
      ['".*?"', 'Literal.String.Double'],
      [String.raw`\'.`, 'Literal.String.Single'],
      ['[#;]', 'Comment'],
      ['[pg&~=@iotsy]', 'Keyword'],
      ['[()A-Z]', 'Comment'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
