/**
 * Pygments' ProcfileLexer (pygments/lexers/procfile.py, Pygments 2.20.0): Heroku/Foreman
 * Procfiles, rule for rule.
 *
 *     web: gunicorn app   ->   <nl>web</nl><p>:</p><w> </w>gunicorn<w> </w>app
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const procfileLexer: LexerDefinition = {
  name: 'Procfile',
  aliases: ['procfile'],
  tokens: {
    root: [
      ['^([a-z]+)(:)', bygroups('Name.Label', 'Punctuation')],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['"[^"]*"', 'Literal.String'],
      ["'[^']*'", 'Literal.String'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`\$[a-zA-Z_][\w]*`, 'Name.Variable'],
      [String.raw`(\w+)(=)(\w+)`, bygroups('Name.Variable', 'Punctuation', 'Literal.String')],
      [String.raw`([\w\-\./]+)`, 'Text'],
    ],
  },
};
