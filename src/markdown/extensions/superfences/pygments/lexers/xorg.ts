/**
 * Pygments' XorgLexer (pygments/lexers/xorg.py, Pygments 2.20.0): xorg.conf, rule for rule.
 *
 *     Driver "intel"   ->   <nb>Driver</nb> <no>"intel"</no>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const xorgLexer: LexerDefinition = {
  name: 'Xorg',
  aliases: ['xorg.conf'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      ['#.*$', 'Comment'],
      [String.raw`((?:Sub)?Section)(\s+)("\w+")`, bygroups('Literal.String.Escape', 'Text', 'Literal.String.Escape')],
      ['(End(?:Sub)?Section)', 'Literal.String.Escape'],
      [String.raw`(\w+)(\s+)([^\n#]+)`, bygroups('Name.Builtin', 'Text', 'Name.Constant')],
    ],
  },
};
