/**
 * Pygments' BBCodeLexer (pygments/lexers/markup.py, Pygments 2.20.0), rule for rule: forum markup
 * tags and their attributes.
 *
 *     [b]bold[/b]   ->   <k>[b</k><k>]</k>bold<k>[/b</k><k>]</k>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const bbcodeLexer: LexerDefinition = {
  name: 'BBCode',
  aliases: ['bbcode'],
  tokens: {
    root: [
      ['[^[]+', 'Text'],
      [String.raw`\[/?\w+`, 'Keyword', 'tag'],
      [String.raw`\[`, 'Text'],
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(\w+)(=)("?[^\s"\]]+"?)`, bygroups('Name.Attribute', 'Operator', 'Literal.String')],
      [String.raw`(=)("?[^\s"\]]+"?)`, bygroups('Operator', 'Literal.String')],
      [String.raw`\]`, 'Keyword', '#pop'],
    ],
  },
};
