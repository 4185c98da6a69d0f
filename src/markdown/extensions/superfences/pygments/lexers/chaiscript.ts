/**
 * Pygments' ChaiscriptLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule: ChaiScript.
 *
 *     def add(a, b) { return a + b; }
 *     ->   <kr>def</kr> <nx>add</nx><p>(</p><nx>a</nx><p>,</p> <nx>b</nx><p>)</p> <p>{</p> <k>return</k> <nx>a</nx> <o>+</o> <nx>b</nx><p>;</p> <p>}</p>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const chaiscriptLexer: LexerDefinition = {
  name: 'ChaiScript',
  aliases: ['chaiscript', 'chai'],
  flags: 'ms',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`^\#.*?\n`, 'Comment.Single'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gim]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      [String.raw`(?=/)`, 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [
      [String.raw`\n`, 'Text', '#pop'],
    ],
    root: [
      include('commentsandwhitespace'),
      [String.raw`\n`, 'Text'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|\.\.(<<|>>>?|==?|!=?|[-<>+*%&|^/])=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`[=+\-*/]`, 'Operator'],
      [String.raw`(for|in|while|do|break|return|continue|if|else|throw|try|catch)\b`, 'Keyword', 'slashstartsregex'],
      [String.raw`(var)\b`, 'Keyword.Declaration', 'slashstartsregex'],
      [String.raw`(attr|def|fun)\b`, 'Keyword.Reserved'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`(eval|throw)\b`, 'Name.Builtin'],
      ["`\\S+`", 'Name.Builtin'],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`"`, 'Literal.String.Double', 'dqstring'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
    dqstring: [
      [String.raw`\$\{[^"}]+?\}`, 'Literal.String.Interpol'],
      [String.raw`\$`, 'Literal.String.Double'],
      [String.raw`\\\\`, 'Literal.String.Double'],
      [String.raw`\\"`, 'Literal.String.Double'],
      [String.raw`[^\\"$]+`, 'Literal.String.Double'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
    ],
  },
};
