/**
 * Pygments' JMESPathLexer (pygments/lexers/jmespath.py, Pygments 2.20.0), rule for rule: JSON query
 * expressions (fields, projections, filters, functions).
 *
 *     people[?age > `20`].name   ->   <nv>people</nv><p>[?</p><nv>age</nv><w> </w><o>&gt;</o><w> </w><l>`</l><m>20...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const jmespathLexer: LexerDefinition = {
  name: 'JMESPath',
  aliases: ['jmespath', 'jp'],
  tokens: {
    string: [
      [String.raw`'(\\(.|\n)|[^'\\])*'`, 'Literal.String'],
    ],
    punctuation: [
      [String.raw`(\[\?|[\.\*\[\],:\(\)\{\}\|])`, 'Punctuation'],
    ],
    ws: [
      [String.raw` |\t|\n|\r`, 'Text.Whitespace'],
    ],
    'dq-identifier': [
      [String.raw`[^\\"]+`, 'Name.Variable'],
      [String.raw`\\"`, 'Name.Variable'],
      ['.', 'Punctuation', '#pop'],
    ],
    identifier: [
      ['(&)?(")', bygroups('Name.Variable', 'Punctuation'), 'dq-identifier'],
      ['(")?(&?[A-Za-z][A-Za-z0-9_-]*)(")?', bygroups('Punctuation', 'Name.Variable', 'Punctuation')],
    ],
    root: [
      include('ws'),
      include('string'),
      [String.raw`(==|!=|<=|>=|<|>|&&|\|\||!)`, 'Operator'],
      include('punctuation'),
      ['@', 'Name.Variable.Global'],
      [String.raw`(&?[A-Za-z][A-Za-z0-9_]*)(\()`, bygroups('Name.Function', 'Punctuation')],
      [String.raw`(&)(\()`, bygroups('Name.Variable', 'Punctuation')],
      include('identifier'),
      [String.raw`-?\d+`, 'Literal.Number'],
      ['`', 'Literal', 'literal'],
    ],
    literal: [
      include('ws'),
      include('string'),
      include('punctuation'),
      [String.raw`(false|true|null)\b`, 'Keyword.Constant'],
      include('identifier'),
      [String.raw`-?\d+\.?\d*([eE][-+]\d+)?`, 'Literal.Number'],
      ["\\\\`", 'Literal'],
      ['`', 'Literal', '#pop'],
    ],
  },
};
