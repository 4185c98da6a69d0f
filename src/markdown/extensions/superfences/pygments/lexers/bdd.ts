/**
 * Pygments' BddLexer (pygments/lexers/bdd.py, Pygments 2.20.0), rule for rule.
 * Bdd, Gherkin-style steps: the step keywords, `<placeholders>`, tables and strings.
 *
 *     Given a user <name>   ->   <k>Given</k><w> </w>a<w> </w>user<w> </w><p>&lt;</p><nv>name</nv><p>&gt;</p>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const bddLexer: LexerDefinition = {
  name: 'Bdd',
  aliases: ['bdd'],
  tokens: {
    comments: [
      [String.raw`^\s*#.*$`, 'Comment'],
    ],
    miscellaneous: [
      [String.raw`(<|>|\[|\]|=|\||:|\(|\)|\{|\}|,|\.|;|-|_|\$)`, 'Punctuation'],
      [String.raw`((?<=\<)[^\\>]+(?=\>))`, 'Name.Variable'],
      [String.raw`"([^\"]*)"`, 'Literal.String'],
      [String.raw`^@\S+`, 'Name.Label'],
    ],
    numbers: [
      [String.raw`(\d+\.?\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number'],
    ],
    root: [
      [String.raw`\n|\s+`, 'Text.Whitespace'],
      ['Given|When|Then|Add|And|Feature|Scenario Outline|Scenario|Background|Examples|But', 'Keyword'],
      include('comments'),
      include('miscellaneous'),
      include('numbers'),
      [String.raw`\S+`, 'Text'],
    ],
  },
};
