/**
 * Pygments' TermcapLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: termcap
 * database entries (names, then `:`-separated capabilities).
 *
 *     vt100|dec vt100:co#80:   ->   <nt>vt100</nt><p>|</p><na>dec vt100</na><p>:</p><nc>co</nc><o>#</o><m>80</m>...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const termcapLexer: LexerDefinition = {
  name: 'Termcap',
  aliases: ['termcap'],
  tokens: {
    root: [
      ['^#.*', 'Comment'],
      [String.raw`^[^\s#:|]+`, 'Name.Tag', 'names'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    names: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [':', 'Punctuation', 'defs'],
      [String.raw`\|`, 'Punctuation'],
      ['[^:|]+', 'Name.Attribute'],
    ],
    defs: [
      [String.raw`(\\)(\n[ \t]*)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`\n[ \t]*`, 'Text.Whitespace', '#pop:2'],
      ['(#)([0-9]+)', bygroups('Operator', 'Literal.Number')],
      ['=', 'Operator', 'data'],
      [':', 'Punctuation'],
      [String.raw`[^\s:=#]+`, 'Name.Class'],
    ],
    data: [
      [String.raw`\\072`, 'Literal'],
      [':', 'Punctuation', '#pop'],
      [String.raw`[^:\\]+`, 'Literal'],
      ['.', 'Literal'],
    ],
  },
};
