/**
 * Pygments' DebianControlLexer (pygments/lexers/installers.py, Pygments 2.20.0): Debian
 * `control` files and `apt-cache show` output, rule for rule.
 *
 *     Depends: libc6 (>= 2.34)   ->   <k>Depends</k><p>:</p><w> </w><nf>libc6</nf> <p>(</p><o>&gt;=</o>...
 */
import { bygroups, defaultState, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const debianControlLexer: LexerDefinition = {
  name: 'Debian Control file',
  aliases: ['debcontrol', 'control'],
  tokens: {
    root: [
      ['^(Description)', 'Keyword', 'description'],
      [String.raw`^(Maintainer|Uploaders|Changed-By)(:)(\s*)`, bygroups('Keyword', 'Punctuation', W), 'maintainer'],
      [String.raw`^((?:Build-|Pre-)?Depends(?:-Indep|-Arch)?)(:)(\s*)`, bygroups('Keyword', 'Punctuation', W), 'package_list'],
      [String.raw`^(Recommends|Suggests|Enhances|Breaks|Replaces|Provides|Conflicts)(:)(\s*)`, bygroups('Keyword', 'Punctuation', W), 'package_list'],
      [String.raw`^((?:Python-)?Version)(:)(\s*)(\S+)$`, bygroups('Keyword', 'Punctuation', W, 'Literal.Number')],
      [String.raw`^((?:Installed-)?Size)(:)(\s*)(\S+)$`, bygroups('Keyword', 'Punctuation', W, 'Literal.Number')],
      [String.raw`^(MD5Sum|SHA1|SHA256)(:)(\s*)(\S+)$`, bygroups('Keyword', 'Punctuation', W, 'Literal.Number')],
      [String.raw`^([a-zA-Z\-0-9\.]*?)(:)(\s*)(.*?)$`, bygroups('Keyword', 'Punctuation', W, 'Literal.String')],
    ],
    maintainer: [
      ['<[^>]+>$', 'Generic.Strong', '#pop'],
      ['<[^>]+>', 'Generic.Strong'],
      [String.raw`,\n?`, W],
      ['[^,<]+$', 'Text', '#pop'],
      ['[^,<]+', 'Text'],
    ],
    description: [
      [String.raw`(.*)(Homepage)(: )(\S+)`, bygroups('Text', 'Literal.String', 'Name', 'Name.Class')],
      [String.raw`:.*\n`, 'Generic.Strong'],
      [String.raw` .*\n`, 'Text'],
      defaultState('#pop'),
    ],
    package_list: [
      [
        String.raw`(\$)(\{)(\w+)(\s*)(:)(\s*)(\w+)(\})`,
        bygroups('Operator', 'Punctuation', 'Name.Entity', W, 'Punctuation', W, 'Text', 'Punctuation'),
      ],
      [String.raw`\(`, 'Punctuation', 'package_list_vers'],
      [String.raw`\|`, 'Operator'],
      [String.raw`\n\s`, W],
      [String.raw`\n`, W, '#pop'],
      [String.raw`[,\s]`, 'Text'],
      ['[+.a-zA-Z0-9-]+', 'Name.Function'],
      [String.raw`(\[)(!?)(.*?)(\])`, bygroups('Punctuation', 'Operator', 'Name.Entity', 'Punctuation')],
    ],
    package_list_vers: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`([><=]+)(\s*)([^)]+)`, bygroups('Operator', W, 'Literal.Number')],
    ],
  },
};
