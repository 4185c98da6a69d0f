/**
 * Pygments' NewspeakLexer (pygments/lexers/smalltalk.py, Pygments 2.20), rule for rule: Newspeak:
 * class headers, keyword messages and symbols.
 *
 *     x := 3 + 4.   ->   <nv>x</nv> <o>:</o><o>=</o> <mi>3</mi> <o>+</o> <mf>4.</mf>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const newspeakLexer: LexerDefinition = {
  name: 'Newspeak',
  aliases: ['newspeak'],
  tokens: {
    root: [
      [String.raw`\b(Newsqueak2)\b`, 'Keyword.Declaration'],
      [String.raw`'[^']*'`, 'Literal.String'],
      [String.raw`\b(class)(\s+)(\w+)(\s*)`, bygroups('Keyword.Declaration', 'Text', 'Name.Class', 'Text')],
      [String.raw`\b(mixin|self|super|private|public|protected|nil|true|false)\b`, 'Keyword'],
      [String.raw`(\w+\:)(\s*)([a-zA-Z_]\w+)`, bygroups('Name.Function', 'Text', 'Name.Variable')],
      [String.raw`(\w+)(\s*)(=)`, bygroups('Name.Attribute', 'Text', 'Operator')],
      [String.raw`<\w+>`, 'Comment.Special'],
      include('expressionstat'),
      include('whitespace'),
    ],
    expressionstat: [
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`:\w+`, 'Name.Variable'],
      [String.raw`(\w+)(::)`, bygroups('Name.Variable', 'Operator')],
      [String.raw`\w+:`, 'Name.Function'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`\(|\)`, 'Punctuation'],
      [String.raw`\[|\]`, 'Punctuation'],
      [String.raw`\{|\}`, 'Punctuation'],
      [String.raw`(\^|\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-|:)`, 'Operator'],
      [String.raw`\.|;`, 'Punctuation'],
      include('whitespace'),
      include('literals'),
    ],
    literals: [
      [String.raw`\$.`, 'Literal.String'],
      [String.raw`'[^']*'`, 'Literal.String'],
      [String.raw`#'[^']*'`, 'Literal.String.Symbol'],
      [String.raw`#\w+:?`, 'Literal.String.Symbol'],
      [String.raw`#(\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-)+`, 'Literal.String.Symbol'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text'],
      ['"[^"]*"', 'Comment'],
    ],
  },
};
