/**
 * Pygments' SourcesListLexer and DebianSourcesLexer (pygments/lexers/installers.py, Pygments
 * 2.20.0): APT's one-line `sources.list` and its deb822 `.sources` files, rule for rule.
 *
 *     deb http://deb.debian.org/debian bookworm main   ->   <k>deb</k><w> </w><s>http://...</s><w> </w><kp>main</kp>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const sourcesListLexer: LexerDefinition = {
  name: 'Debian Sourcelist',
  aliases: ['debsources', 'sourceslist', 'sources.list'],
  tokens: {
    root: [
      [String.raw`\s+`, W],
      ['#.*?$', 'Comment'],
      [String.raw`^(deb(?:-src)?)(\s+)`, bygroups('Keyword', W), 'distribution'],
    ],
    distribution: [
      ['#.*?$', 'Comment', '#pop'],
      [String.raw`\$\(ARCH\)`, 'Name.Variable'],
      [String.raw`[^\s$[]+`, 'Literal.String'],
      [String.raw`\[`, 'Literal.String.Other', 'escaped-distribution'],
      [String.raw`\$`, 'Literal.String'],
      [String.raw`\s+`, W, 'components'],
    ],
    'escaped-distribution': [
      [String.raw`\]`, 'Literal.String.Other', '#pop'],
      [String.raw`\$\(ARCH\)`, 'Name.Variable'],
      [String.raw`[^\]$]+`, 'Literal.String.Other'],
      [String.raw`\$`, 'Literal.String.Other'],
    ],
    components: [
      ['#.*?$', 'Comment', '#pop:2'],
      ['$', 'Text', '#pop:2'],
      [String.raw`\s+`, W],
      [String.raw`\S+`, 'Keyword.Pseudo'],
    ],
  },
};

export const debianSourcesLexer: LexerDefinition = {
  name: 'Debian Sources file',
  aliases: ['debian.sources'],
  tokens: {
    root: [
      [String.raw`^(Signed-By)(:)(\s*)`, bygroups('Keyword', 'Punctuation', W), 'signed-by'],
      [String.raw`^([a-zA-Z\-0-9\.]*?)(:)(\s*)(.*?)$`, bygroups('Keyword', 'Punctuation', W, 'Literal.String')],
    ],
    // An armored key, its lines indented, runs to its END line.
    'signed-by': [
      [String.raw` -----END PGP PUBLIC KEY BLOCK-----\n`, 'Text', '#pop'],
      [String.raw`.+\n`, 'Text'],
    ],
  },
};
