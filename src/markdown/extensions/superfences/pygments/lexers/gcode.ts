/**
 * Pygments' GcodeLexer (pygments/lexers/gcodelexer.py, Pygments 2.20.0), rule for rule: CNC G-code
 * (`;` comments, `G`/`M` codes at a line's start, letter-number words).
 *
 *     G01 X10.5 Y-2 F300 ; cut   ->   <nb>G01 </nb><k>X</k><m>10.5</m><w> </w><k>Y</k><m>-2</m><w> </w><k>F</k>...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const gcodeLexer: LexerDefinition = {
  name: 'g-code',
  aliases: ['gcode'],
  tokens: {
    root: [
      [String.raw`;.*\n`, 'Comment'],
      [String.raw`^[gmGM]\d{1,4}\s`, 'Name.Builtin'],
      [String.raw`([^gGmM])([+-]?\d*[.]?\d+)`, bygroups('Keyword', 'Literal.Number')],
      [String.raw`\s`, 'Text.Whitespace'],
      [String.raw`.*\n`, 'Text'],
    ],
  },
};
