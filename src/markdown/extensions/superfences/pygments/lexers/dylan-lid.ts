/**
 * Pygments' DylanLidLexer (pygments/lexers/dylan.py, Pygments 2.20), rule for rule: Dylan's library
 * interchange (.lid) files: `Keyword: value` headers and comments.
 *
 *     Library: hello   ->   <na>Library</na><o>:</o><w> </w><s>hello</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const dylanLidLexer: LexerDefinition = {
  name: 'DylanLID',
  aliases: ['dylan-lid', 'lid'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`(.*?)(:)([ \t]*)(.*(?:\n[ \t].+)*)`, bygroups('Name.Attribute', 'Operator', 'Text.Whitespace', 'Literal.String')],
    ],
  },
};
