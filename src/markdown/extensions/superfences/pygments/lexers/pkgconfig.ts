/**
 * Pygments' PkgConfigLexer (pygments/lexers/configs.py, Pygments 2.20.0): pkg-config `.pc`
 * files, rule for rule.
 *
 *     Libs: -L${libdir}   ->   <nt>Libs</nt><p>:</p><w> </w>-L<si>${</si><na>libdir</na><si>}</si>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const pkgconfigLexer: LexerDefinition = {
  name: 'PkgConfig',
  aliases: ['pkgconfig'],
  tokens: {
    root: [
      ['#.*$', 'Comment.Single'],
      // variable definitions
      [String.raw`^(\w+)(=)`, bygroups('Name.Attribute', 'Operator')],
      // keyword lines
      [String.raw`^([\w.]+)(:)`, bygroups('Name.Tag', 'Punctuation'), 'spvalue'],
      // variable references
      include('interp'),
      // fallback
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[^\${}#=:\n.]+`, 'Text'],
      ['.', 'Text'],
    ],
    interp: [
      // `$$` is a literal `$`
      [String.raw`\$\$`, 'Text'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'curly'],
    ],
    curly: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\w+`, 'Name.Attribute'],
    ],
    spvalue: [
      include('interp'),
      ['#.*$', 'Comment.Single', '#pop'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      // fallback
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[^\${}#\n\s]+`, 'Text'],
      ['.', 'Text'],
    ],
  },
};
