/**
 * Pygments' HexdumpLexer (pygments/lexers/hexdump.py, Pygments 2.20.0), rule for rule: the output of
 * `hexdump`, `hexdump -C`/`hd`, `hexcat`, `od -t x1z`, `xxd` and DOS DEBUG. After a first `|...|`,
 * `>...<` or unbracketed text column, a state keeps reading that format.
 *
 *     00000000  7f 45 4c 46  |.ELF|   ->   <nl>00000000</nl><w>  </w><mh>7f</mh>...<p>|</p><s>.ELF</s><p>|</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

const HD = '[0-9A-Ha-h]';

export const hexdumpLexer: LexerDefinition = {
  name: 'Hexdump',
  aliases: ['hexdump'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      include('offset'),
      [String.raw`(${HD}{2})(\-)(${HD}{2})`, bygroups('Literal.Number.Hex', 'Punctuation', 'Literal.Number.Hex')],
      [`${HD}{2}`, 'Literal.Number.Hex'],
      [String.raw`(\s{2,3})(\>)(.{16})(\<)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation'), 'bracket-strings'],
      [String.raw`(\s{2,3})(\|)(.{16})(\|)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation'), 'piped-strings'],
      [String.raw`(\s{2,3})(\>)(.{1,15})(\<)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(\s{2,3})(\|)(.{1,15})(\|)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(\s{2,3})(.{1,15})$`, bygroups('Text.Whitespace', 'Literal.String')],
      [String.raw`(\s{2,3})(.{16}|.{20})$`, bygroups('Text.Whitespace', 'Literal.String'), 'nonpiped-strings'],
      [String.raw`\s`, 'Text.Whitespace'],
      [String.raw`^\*`, 'Punctuation'],
    ],
    offset: [
      [`^(${HD}+)(:)`, bygroups('Name.Label', 'Punctuation'), 'offset-mode'],
      [`^${HD}+`, 'Name.Label'],
    ],
    'offset-mode': [
      [String.raw`\s`, 'Text.Whitespace', '#pop'],
      [`${HD}+`, 'Name.Label'],
      [':', 'Punctuation'],
    ],
    'piped-strings': [
      [String.raw`\n`, 'Text.Whitespace'],
      include('offset'),
      [`${HD}{2}`, 'Literal.Number.Hex'],
      [String.raw`(\s{2,3})(\|)(.{1,16})(\|)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`\s`, 'Text.Whitespace'],
      [String.raw`^\*`, 'Punctuation'],
    ],
    'bracket-strings': [
      [String.raw`\n`, 'Text.Whitespace'],
      include('offset'),
      [`${HD}{2}`, 'Literal.Number.Hex'],
      [String.raw`(\s{2,3})(\>)(.{1,16})(\<)$`, bygroups('Text.Whitespace', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`\s`, 'Text.Whitespace'],
      [String.raw`^\*`, 'Punctuation'],
    ],
    'nonpiped-strings': [
      [String.raw`\n`, 'Text.Whitespace'],
      include('offset'),
      [String.raw`(${HD}{2})(\-)(${HD}{2})`, bygroups('Literal.Number.Hex', 'Punctuation', 'Literal.Number.Hex')],
      [`${HD}{2}`, 'Literal.Number.Hex'],
      [String.raw`(\s{19,})(.{1,20}?)$`, bygroups('Text.Whitespace', 'Literal.String')],
      [String.raw`(\s{2,3})(.{1,20})$`, bygroups('Text.Whitespace', 'Literal.String')],
      [String.raw`\s`, 'Text.Whitespace'],
      [String.raw`^\*`, 'Punctuation'],
    ],
  },
};
