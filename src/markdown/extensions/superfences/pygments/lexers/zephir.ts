/**
 * Pygments' ZephirLexer (pygments/lexers/php.py, Pygments 2.20), rule for rule: Zephir (PHP
 * extensions): regex literals after operators, typed variables, classes and namespaces.
 *
 *     let a = 5;   ->   <kd>let</kd> <nx>a</nx> <o>=</o> <mi>5</mi><p>;</p>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const zephirLexer: LexerDefinition = {
  name: 'Zephir',
  aliases: ['zephir'],
  flags: 'ms',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gim]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['/', 'Operator', '#pop'],
      defaultState('#pop'),
    ],
    badregex: [
      [String.raw`\n`, 'Text', '#pop'],
    ],
    root: [
      [String.raw`^(?=\s|/)`, 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      [String.raw`\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|->|[-<>+*%&|^/])=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`(for|in|while|do|break|return|continue|switch|case|default|if|else|loop|require|inline|throw|try|catch|finally|new|delete|typeof|instanceof|void|namespace|use|extends|this|fetch|isset|unset|echo|fetch|likely|unlikely|empty)\b`, 'Keyword', 'slashstartsregex'],
      [String.raw`(var|let|with|function)\b`, 'Keyword.Declaration', 'slashstartsregex'],
      [String.raw`(abstract|boolean|bool|char|class|const|double|enum|export|extends|final|native|goto|implements|import|int|string|interface|long|ulong|char|uchar|float|unsigned|private|protected|public|short|static|self|throws|reverse|transient|volatile|readonly)\b`, 'Keyword.Reserved'],
      [String.raw`(true|false|null|undefined)\b`, 'Keyword.Constant'],
      [String.raw`(Array|Boolean|Date|_REQUEST|_COOKIE|_SESSION|_GET|_POST|_SERVER|this|stdClass|range|count|iterator|window)\b`, 'Name.Builtin'],
      [String.raw`[$a-zA-Z_][\w\\]*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
  },
};
