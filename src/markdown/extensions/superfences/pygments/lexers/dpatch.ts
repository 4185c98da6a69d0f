/**
 * Pygments' DarcsPatchLexer (pygments/lexers/diff.py, Pygments 2.20), rule for rule: darcs patches:
 * patch headers, hunks and their inserted and deleted lines.
 *
 *     hunk ./a.txt 1   ->   <k>hunk</k> ./a.txt 1
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const darcsPatchLexer: LexerDefinition = {
  name: 'Darcs Patch',
  aliases: ['dpatch'],
  tokens: {
    root: [
      ['<', 'Operator'],
      ['>', 'Operator'],
      [String.raw`\{`, 'Operator'],
      [String.raw`\}`, 'Operator'],
      [String.raw`(\[)((?:TAG )?)(.*)(\n)(.*)(\*\*)(\d+)(\s?)(\])`, bygroups('Operator', 'Keyword', 'Name', 'Text.Whitespace', 'Name', 'Operator', 'Literal.Date', 'Text.Whitespace', 'Operator')],
      [String.raw`(\[)((?:TAG )?)(.*)(\n)(.*)(\*\*)(\d+)(\s?)`, bygroups('Operator', 'Keyword', 'Name', 'Text.Whitespace', 'Name', 'Operator', 'Literal.Date', 'Text.Whitespace'), 'comment'],
      ['New patches:', 'Generic.Heading'],
      ['Context:', 'Generic.Heading'],
      ['Patch bundle hash:', 'Generic.Heading'],
      [String.raw`(\s*)(hunk|addfile|adddir|rmfile|rmdir|move|replace)(.*)(\n)`, bygroups('Text.Whitespace', 'Keyword', 'Text', 'Text.Whitespace')],
      [String.raw`\+`, 'Generic.Inserted', 'insert'],
      ['-', 'Generic.Deleted', 'delete'],
      [String.raw`(.*)(\n)`, bygroups('Text', 'Text.Whitespace')],
    ],
    comment: [
      [String.raw`[^\]].*\n`, 'Comment'],
      [String.raw`\]`, 'Operator', '#pop'],
    ],
    specialText: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`\[_[^_]*_]`, 'Operator'],
    ],
    insert: [
      include('specialText'),
      [String.raw`\[`, 'Generic.Inserted'],
      [String.raw`[^\n\[]+`, 'Generic.Inserted'],
    ],
    delete: [
      include('specialText'),
      [String.raw`\[`, 'Generic.Deleted'],
      [String.raw`[^\n\[]+`, 'Generic.Deleted'],
    ],
  },
};
