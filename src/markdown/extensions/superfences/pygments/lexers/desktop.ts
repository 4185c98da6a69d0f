/**
 * Pygments' DesktopLexer (pygments/lexers/configs.py, Pygments 2.20.0): freedesktop.org
 * `.desktop` entries, rule for rule.
 *
 *     Name[de]=Editor   ->   <na>Name</na><nn>[de]</nn><o>=</o><s>Editor</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const desktopLexer: LexerDefinition = {
  name: 'Desktop file',
  aliases: ['desktop'],
  tokens: {
    root: [
      [String.raw`^[ \t]*\n`, W],
      [String.raw`^(#.*)(\n)`, bygroups('Comment.Single', W)],
      [String.raw`(\[[^\]\n]+\])(\n)`, bygroups('Keyword', W)],
      [
        String.raw`([-A-Za-z0-9]+)(\[[^\] \t=]+\])?([ \t]*)(=)([ \t]*)([^\n]*)([ \t\n]*\n)`,
        bygroups('Name.Attribute', 'Name.Namespace', W, 'Operator', W, 'Literal.String', W),
      ],
    ],
  },
};
