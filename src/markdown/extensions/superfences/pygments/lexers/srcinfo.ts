/**
 * Pygments' SrcinfoLexer (pygments/lexers/srcinfo.py, Pygments 2.20.0): Arch Linux `.SRCINFO`
 * files, rule for rule.
 *
 *     pkgver = 1.0   ->   <k>pkgver</k><w> </w><o>=</o><w> </w>1.0
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = ['pkgbase', 'pkgname', 'pkgver', 'pkgrel', 'epoch', 'pkgdesc', 'url', 'install', 'changelog', 'arch', 'groups', 'license', 'noextract', 'options', 'backup', 'validpgpkeys'];
/** Keywords that take an `_<arch>` suffix. */
const ARCHITECTURE_DEPENDENT = ['source', 'depends', 'checkdepends', 'makedepends', 'optdepends', 'provides', 'conflicts', 'replaces', 'md5sums', 'sha1sums', 'sha224sums', 'sha256sums', 'sha384sums', 'sha512sums'];

export const srcinfoLexer: LexerDefinition = {
  name: 'Srcinfo',
  aliases: ['srcinfo'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*', 'Comment.Single'],
      [words(KEYWORDS), 'Keyword', 'assignment'],
      [words(ARCHITECTURE_DEPENDENT, '', String.raw`_\w+`), 'Keyword', 'assignment'],
      [String.raw`\w+`, 'Name.Variable', 'assignment'],
    ],
    assignment: [
      [' +', 'Text.Whitespace'],
      ['=', 'Operator', 'value'],
    ],
    value: [
      [' +', 'Text.Whitespace'],
      ['.*', 'Text', '#pop:2'],
    ],
  },
};
