/**
 * Pygments' TerminfoLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: terminfo
 * sources (names, then `,`-separated capabilities).
 *
 *     vt100|dec vt100, cols#80,   ->   <nt>vt100</nt><p>|</p><na>dec vt100</na><p>,</p><w> </w><nc>cols</nc><o>#...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const terminfoLexer: LexerDefinition = {
  name: 'Terminfo',
  aliases: ['terminfo'],
  tokens: {
    root: [
      ['^#.*$', 'Comment'],
      [String.raw`^[^\s#,|]+`, 'Name.Tag', 'names'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    names: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`(,)([ \t]*)`, bygroups('Punctuation', 'Text.Whitespace'), 'defs'],
      [String.raw`\|`, 'Punctuation'],
      ['[^,|]+', 'Name.Attribute'],
    ],
    defs: [
      [String.raw`\n[ \t]+`, 'Text.Whitespace'],
      [String.raw`\n`, 'Text.Whitespace', '#pop:2'],
      ['(#)([0-9]+)', bygroups('Operator', 'Literal.Number')],
      ['=', 'Operator', 'data'],
      [String.raw`(,)([ \t]*)`, bygroups('Punctuation', 'Text.Whitespace')],
      [String.raw`[^\s,=#]+`, 'Name.Class'],
    ],
    data: [
      [String.raw`\\[,\\]`, 'Literal'],
      [String.raw`(,)([ \t]*)`, bygroups('Punctuation', 'Text.Whitespace'), '#pop'],
      [String.raw`[^\\,]+`, 'Literal'],
      ['.', 'Literal'],
    ],
  },
};
