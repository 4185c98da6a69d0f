/**
 * Pygments' DiffLexer (pygments/lexers/diff.py, Pygments 2.20.0), rule for rule: one rule per line.
 *
 *     -old   ->   <gd>-old</gd>
 *     +new        <gi>+new</gi>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

export const diffLexer: LexerDefinition = {
  name: 'Diff',
  aliases: ['diff', 'udiff'],
  tokens: {
    root: [
      [String.raw`( )(.*)(\n)`, bygroups(W, 'Text', W)],
      [String.raw`(!.*|---)(\n)`, bygroups('Generic.Strong', W)],
      [String.raw`((?:< |-).*)(\n)`, bygroups('Generic.Deleted', W)],
      [String.raw`((?:> |\+).*)(\n)`, bygroups('Generic.Inserted', W)],
      [String.raw`(@.*|\d(?:,\d+)?(?:a|c|d)\d+(?:,\d+)?)(\n)`, bygroups('Generic.Subheading', W)],
      [String.raw`((?:[Ii]ndex|diff).*)(\n)`, bygroups('Generic.Heading', W)],
      [String.raw`(=.*)(\n)`, bygroups('Generic.Heading', W)],
      [String.raw`(.*)(\n)`, bygroups('Text', W)],
    ],
  },
};
