/**
 * Pygments' HxmlLexer (pygments/lexers/haxe.py, Pygments 2.20.0), rule for rule: Haxe build files (.hxml).
 *
 *     -cp src -main Main --js bin/main.js
 *     ->   <p>-</p><k>cp</k> <s>src -main Main --js bin/main.js</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const hxmlLexer: LexerDefinition = {
  name: 'Hxml',
  aliases: ['haxeml', 'hxml'],
  tokens: {
    root: [
      [String.raw`(--)(next)`, bygroups('Punctuation', 'Generic.Heading')],
      [String.raw`(-)(prompt|debug|v)`, bygroups('Punctuation', 'Keyword.Keyword')],
      [String.raw`(--)(neko-source|flash-strict|flash-use-stage|no-opt|no-traces|no-inline|times|no-output)`, bygroups('Punctuation', 'Keyword')],
      [String.raw`(-)(cpp|js|neko|x|as3|swf9?|swf-lib|php|xml|main|lib|D|resource|cp|cmd)( +)(.+)`, bygroups('Punctuation', 'Keyword', 'Text.Whitespace', 'Literal.String')],
      [String.raw`(-)(swf-version)( +)(\d+)`, bygroups('Punctuation', 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer')],
      [String.raw`(-)(swf-header)( +)(\d+)(:)(\d+)(:)(\d+)(:)([A-Fa-f0-9]{6})`, bygroups('Punctuation', 'Keyword', 'Text.Whitespace', 'Literal.Number.Integer', 'Punctuation', 'Literal.Number.Integer', 'Punctuation', 'Literal.Number.Integer', 'Punctuation', 'Literal.Number.Hex')],
      [String.raw`(--)(js-namespace|php-front|php-lib|remap|gen-hx-classes)( +)(.+)`, bygroups('Punctuation', 'Keyword', 'Text.Whitespace', 'Literal.String')],
      [String.raw`#.*`, 'Comment.Single'],
    ],
  },
};
