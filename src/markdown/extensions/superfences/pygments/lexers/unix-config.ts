/**
 * Pygments' UnixConfigLexer (pygments/lexers/configs.py, Pygments 2.20.0): colon-separated
 * files such as /etc/passwd and /etc/group, rule for rule.
 *
 *     root:x:0:0   ->   <n>root</n><p>:</p><s>x</s><p>:</p><m>0</m><p>:</p><m>0</m>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const unixConfigLexer: LexerDefinition = {
  name: 'Unix/Linux config files',
  aliases: ['unixconfig', 'linuxconfig'],
  tokens: {
    root: [
      ['^#.*', 'Comment'],
      [String.raw`\n`, 'Text.Whitespace'],
      [':', 'Punctuation'],
      ['[0-9]+', 'Literal.Number'],
      // Two or more name-like characters (spaces too, but no line end) are plain text.
      [String.raw`((?!\n)[a-zA-Z0-9\_\-\s\(\),]){2,}`, 'Text'],
      ['[^:\\n]+', 'Literal.String'],
    ],
  },
};
