/**
 * Pygments' SystemdLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule.
 *
 *     [Service]             ->   <k>[Service]</k>
 *     ExecStart=/usr/bin/tor     <na>ExecStart</na><o>=</o><s>/usr/bin/tor</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const systemdLexer: LexerDefinition = {
  name: 'Systemd',
  aliases: ['systemd'],
  tokens: {
    root: [
      [String.raw`^[ \t]*\n`, W],
      [String.raw`^([;#].*)(\n)`, bygroups('Comment.Single', W)],
      [String.raw`(\[[^\]\n]+\])(\n)`, bygroups('Keyword', W)],
      [String.raw`([^=]+)([ \t]*)(=)([ \t]*)([^\n]*)(\\)(\n)`, bygroups('Name.Attribute', W, 'Operator', W, 'Literal.String', 'Text', W), 'value'],
      [String.raw`([^=]+)([ \t]*)(=)([ \t]*)([^\n]*)(\n)`, bygroups('Name.Attribute', W, 'Operator', W, 'Literal.String', W)],
    ],
    value: [
      // line continuation
      [String.raw`^([;#].*)(\n)`, bygroups('Comment.Single', W)],
      [String.raw`([ \t]*)([^\n]*)(\\)(\n)`, bygroups(W, 'Literal.String', 'Text', W)],
      [String.raw`([ \t]*)([^\n]*)(\n)`, bygroups(W, 'Literal.String', W), '#pop'],
    ],
  },
};
