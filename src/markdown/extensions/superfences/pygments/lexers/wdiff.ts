/**
 * Pygments' WDiffLexer (pygments/lexers/diff.py, Pygments 2.20), rule for rule: wdiff output:
 * `[-deleted-]` and `{+inserted+}` runs.
 *
 *     a [-b-] {+c+}   ->   a <gd>[-</gd><gd>b</gd><gd>-]</gd> <gi>{+</gi><gi>c</gi><gi>+}</gi>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const wdiffLexer: LexerDefinition = {
  name: 'WDiff',
  aliases: ['wdiff'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\{\+`, 'Generic.Inserted', 'inserted'],
      [String.raw`\[\-`, 'Generic.Deleted', 'deleted'],
      [String.raw`[^{}[\]+-]+`, 'Text'],
      ['.', 'Text'],
    ],
    inserted: [
      [String.raw`\{\+`, 'Generic.Inserted', '#push'],
      [String.raw`\[\-`, 'Generic.Inserted', '#push'],
      [String.raw`\-\]`, 'Generic.Inserted', '#pop'],
      [String.raw`\+\}`, 'Generic.Inserted', '#pop'],
      [String.raw`[^{}[\]+-]+`, 'Generic.Inserted'],
      ['.', 'Generic.Inserted'],
    ],
    deleted: [
      [String.raw`\[\-`, 'Generic.Deleted', '#push'],
      [String.raw`\{\+`, 'Generic.Deleted', '#push'],
      [String.raw`\+\}`, 'Generic.Deleted', '#pop'],
      [String.raw`\-\]`, 'Generic.Deleted', '#pop'],
      [String.raw`[^{}[\]+-]+`, 'Generic.Deleted'],
      ['.', 'Generic.Deleted'],
    ],
  },
};
