/**
 * Pygments' PacmanConfLexer (pygments/lexers/configs.py, Pygments 2.20.0): pacman.conf, INI
 * with bare flag lines, rule for rule.
 *
 *     Color   ->   <na>Color</na>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const pacmanConfLexer: LexerDefinition = {
  name: 'PacmanConf',
  aliases: ['pacmanconf'],
  tokens: {
    root: [
      ['#.*$', 'Comment.Single'],
      // section header
      [String.raw`^(\s*)(\[.*?\])(\s*)$`, bygroups(W, 'Keyword', W)],
      // variable definitions (leading space is allowed)
      [String.raw`(\w+)(\s*)(=)`, bygroups('Name.Attribute', W, 'Operator')],
      // flags to turn on
      [String.raw`^(\s*)(\w+)(\s*)$`, bygroups(W, 'Name.Attribute', W)],
      // built-in special values: repository, architecture, outfile, url
      [words(['$repo', '$arch', '%o', '%u'], '', String.raw`\b`), 'Name.Variable'],
      // fallback
      [String.raw`\s+`, W],
      ['.', 'Text'],
    ],
  },
};
