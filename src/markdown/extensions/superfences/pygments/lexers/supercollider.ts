/**
 * Pygments' SuperColliderLexer (pygments/lexers/supercollider.py, Pygments 2.20.0), rule for rule:
 * SuperCollider code (keywords, built-in classes, `\symbol` literals, numbers, operators).
 *
 *     SinOsc.ar(440, 0, 0.2).play;   ->   <nx>SinOsc</nx><p>.</p><nx>ar</nx><p>(</p><mi>440</mi><p>,</p> <mi>0</mi>...
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const superColliderLexer: LexerDefinition = {
  name: 'SuperCollider',
  aliases: ['supercollider', 'sc'],
  flags: 'ms',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text'],
      ['<!--', 'Comment'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gim]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['(?=/)', 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [
      [String.raw`\n`, 'Text', '#pop'],
    ],
    root: [
      [String.raw`^(?=\s|/|<!--)`, 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      [String.raw`\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*%&|^/])=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [
        words([
          'for', 'in', 'while', 'do', 'break', 'return', 'continue', 'switch', 'case', 'default', 'if',
          'else', 'throw', 'try', 'catch', 'finally', 'new', 'delete', 'typeof', 'instanceof', 'void',
        ], '', String.raw`\b`),
        'Keyword', 'slashstartsregex',
      ],
      [words(['var', 'let', 'with', 'function', 'arg'], '', String.raw`\b`), 'Keyword.Declaration', 'slashstartsregex'],
      [
        words([
          '(abstract', 'boolean', 'byte', 'char', 'class', 'const', 'debugger', 'double', 'enum', 'export',
          'extends', 'final', 'float', 'goto', 'implements', 'import', 'int', 'interface', 'long', 'native',
          'package', 'private', 'protected', 'public', 'short', 'static', 'super', 'synchronized', 'throws',
          'transient', 'volatile',
        ], '', String.raw`\b`),
        'Keyword.Reserved',
      ],
      [words(['true', 'false', 'nil', 'inf'], '', String.raw`\b`), 'Keyword.Constant'],
      [
        words([
          'Array', 'Boolean', 'Date', 'Error', 'Function', 'Number', 'Object', 'Packages', 'RegExp',
          'String', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'super', 'thisFunctionDef',
          'thisFunction', 'thisMethod', 'thisProcess', 'thisThread', 'this',
        ], '', String.raw`\b`),
        'Name.Builtin',
      ],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      [String.raw`\\?[$a-zA-Z_]\w*`, 'Literal.String.Symbol'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
  },
};
