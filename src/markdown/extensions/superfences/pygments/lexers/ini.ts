/**
 * Pygments' IniLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule.
 *
 *     [server]     ->   <k>[server]</k>
 *     port = 80         <na>port</na><w> </w><o>=</o><w> </w><s>80</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const iniLexer: LexerDefinition = {
  name: 'INI',
  aliases: ['ini', 'cfg', 'dosini'],
  tokens: {
    root: [
      [String.raw`\s+`, W],
      [String.raw`[;#].*`, 'Comment.Single'],
      [String.raw`(\[.*?\])([ \t]*)$`, bygroups('Keyword', W)],
      [String.raw`(.*?)([ \t]*)([=:])([ \t]*)(["'])`, bygroups('Name.Attribute', W, 'Operator', W, 'Literal.String'), 'quoted_value'],
      [
        String.raw`(.*?)([ \t]*)([=:])([ \t]*)([^;#\n]*)(\\)(\s+)`,
        bygroups('Name.Attribute', W, 'Operator', W, 'Literal.String', 'Text', W),
        'value',
      ],
      [String.raw`(.*?)([ \t]*)([=:])([ \t]*)([^ ;#\n]*(?: +[^ ;#\n]+)*)`, bygroups('Name.Attribute', W, 'Operator', W, 'Literal.String')],
      // standalone option, supported by some INI parsers
      [String.raw`(.+?)$`, 'Name.Attribute'],
    ],
    quoted_value: [
      [String.raw`([^"'\n]*)(["'])(\s*)`, bygroups('Literal.String', 'Literal.String', W), '#pop'],
      [String.raw`[;#].*`, 'Comment.Single'],
      ['$', 'Literal.String', '#pop'],
    ],
    value: [
      // line continuation
      [String.raw`\s+`, W],
      [String.raw`(\s*)(.*)(\\)([ \t]*)`, bygroups(W, 'Literal.String', 'Text', W)],
      [String.raw`.*$`, 'Literal.String', '#pop'],
    ],
  },
};
