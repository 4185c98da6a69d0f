/**
 * Pygments' ScdocLexer (pygments/lexers/scdoc.py, Pygments 2.20.0), rule for rule: scdoc's man page
 * markup (headings, bold, underline, lists, literal blocks).
 *
 *     # NAME   ->   <gh>#</gh> NAME
 */
import { bygroups, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const scdocLexer: LexerDefinition = {
  name: 'scdoc',
  aliases: ['scdoc', 'scd'],
  tokens: {
    root: [
      [String.raw`^(;.+\n)`, bygroups('Comment')],
      [String.raw`^(#)([^#].+\n)`, bygroups('Generic.Heading', 'Text')],
      [String.raw`^(#{2})(.+\n)`, bygroups('Generic.Subheading', 'Text')],
      [String.raw`^(\s*)([*-])(\s)(.+\n)`, bygroups('Text', 'Keyword', 'Text', usingThis('inline'))],
      [String.raw`^(\s*)(\.+\.)( .+\n)`, bygroups('Text', 'Keyword', usingThis('inline'))],
      [String.raw`^(\s*>\s)(.+\n)`, bygroups('Keyword', 'Generic.Emph')],
      ["^(```\\n)([\\w\\W]*?)(^```$)", bygroups('Literal.String', 'Text', 'Literal.String')],
      include('inline'),
    ],
    inline: [
      [String.raw`\\.`, 'Text'],
      [String.raw`(\s)(_[^_]+_)(\W|\n)`, bygroups('Text', 'Generic.Emph', 'Text')],
      [String.raw`(\s)(\*[^*]+\*)(\W|\n)`, bygroups('Text', 'Generic.Strong', 'Text')],
      ['`[^`]+`', 'Literal.String.Backtick'],
      [String.raw`[^\\\s]+`, 'Text'],
      ['.', 'Text'],
    ],
  },
};
