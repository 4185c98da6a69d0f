/**
 * Pygments' NginxConfLexer (pygments/lexers/configs.py, Pygments 2.20), rule for rule.
 *
 *     listen 80;   ->   <k>listen</k><w> </w><mi>80</mi><p>;</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const nginxLexer: LexerDefinition = {
  name: 'Nginx configuration file',
  aliases: ['nginx'],
  tokens: {
    root: [
      [String.raw`(include)(\s+)([^\s;]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name')],
      [String.raw`[^\s;#]+`, 'Keyword', 'stmt'],
      include('base'),
    ],
    block: [
      [String.raw`\}`, 'Punctuation', '#pop:2'],
      [String.raw`[^\s;#]+`, 'Keyword.Namespace', 'stmt'],
      include('base'),
    ],
    stmt: [
      [String.raw`\{`, 'Punctuation', 'block'],
      [';', 'Punctuation', '#pop'],
      include('base'),
    ],
    base: [
      [String.raw`#.*\n`, 'Comment.Single'],
      ['on|off', 'Name.Constant'],
      [String.raw`\$[^\s;#()]+`, 'Name.Variable'],
      ['([a-z0-9.-]+)(:)([0-9]+)', bygroups('Name', 'Punctuation', 'Literal.Number.Integer')],
      ['[a-z-]+/[a-z-+]+', 'Literal.String'], // mimetype
      [String.raw`[0-9]+[km]?\b`, 'Literal.Number.Integer'],
      [String.raw`(~)(\s*)([^\s{]+)`, bygroups('Punctuation', 'Text.Whitespace', 'Literal.String.Regex')],
      ['[:=~]', 'Punctuation'],
      [String.raw`[^\s;#{}$]+`, 'Literal.String'], // catch all
      [String.raw`/[^\s;#]*`, 'Name'], // pathname
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[$;]', 'Text'], // leftover characters
    ],
  },
};
