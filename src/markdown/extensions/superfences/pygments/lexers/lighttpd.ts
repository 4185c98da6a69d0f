/**
 * Pygments' LighttpdConfLexer (pygments/lexers/configs.py, Pygments 2.20.0): lighttpd.conf,
 * rule for rule.
 *
 *     server.port = 80   ->   <k>server.port</k><w> </w><o>=</o><w> </w><m>80</m>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const lighttpdLexer: LexerDefinition = {
  name: 'Lighttpd configuration file',
  aliases: ['lighttpd', 'lighty'],
  tokens: {
    root: [
      [String.raw`#.*\n`, 'Comment.Single'],
      [String.raw`/\S*`, 'Name'], // pathname
      ['[a-zA-Z._-]+', 'Keyword'],
      [String.raw`\d+\.\d+\.\d+\.\d+(?:/\d+)?`, 'Literal.Number'],
      ['[0-9]+', 'Literal.Number'],
      [String.raw`=>|=~|\+=|==|=|\+`, 'Operator'],
      [String.raw`\$[A-Z]+`, 'Name.Builtin'],
      [String.raw`[(){}\[\],]`, 'Punctuation'],
      [String.raw`"([^"\\]*(?:\\.[^"\\]*)*)"`, 'Literal.String.Double'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
