/**
 * Pygments' GleamLexer (pygments/lexers/gleam.py, Pygments 2.20.0), rule for rule.
 *
 *     pub fn main() { io.println("hi") }   ->   <k>pub</k> <k>fn</k> <n>main</n><p>()</p> <p>{</p> <k>io</k><p>.</p><n>println</n>...
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = words([
  'as', 'assert', 'auto', 'case', 'const', 'delegate', 'derive', 'echo', 'else', 'fn', 'if', 'implement', 'import',
  'let', 'macro', 'opaque', 'panic', 'pub', 'test', 'todo', 'type', 'use',
], '', String.raw`\b`);

export const gleamLexer: LexerDefinition = {
  name: 'Gleam',
  aliases: ['gleam'],
  tokens: {
    root: [
      // Comments
      [String.raw`(///.*?)(\n)`, bygroups('Literal.String.Doc', 'Text.Whitespace')],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      // Keywords
      [KEYWORDS, 'Keyword'],
      [String.raw`([a-zA-Z_]+)(\.)`, bygroups('Keyword', 'Punctuation')],
      // Punctuation
      [String.raw`[()\[\]{}:;,@]+`, 'Punctuation'],
      [String.raw`(#|!=|!|==|\|>|\|\||\||\->|<\-|&&|<<|>>|\.\.|\.|=)`, 'Punctuation'],
      // Operators
      [String.raw`(<>|\+\.?|\-\.?|\*\.?|/\.?|%\.?|<=\.?|>=\.?|<\.?|>\.?|=)`, 'Operator'],
      // Strings
      [String.raw`"(\\"|[^"])*"`, 'Literal.String'],
      // Identifiers
      [String.raw`\b(let)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`\b(fn)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`[a-zA-Z_/]\w*`, 'Name'],
      // numbers
      [String.raw`(\d+(_\d+)*\.(?!\.)(\d+(_\d+)*)?|\.\d+(_\d+)*)([eEf][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+(_\d+)*[eEf][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`0[xX][a-fA-F0-9]+(_[a-fA-F0-9]+)*(\.([a-fA-F0-9]+(_[a-fA-F0-9]+)*)?)?p[+-]?\d+`, 'Literal.Number.Float'],
      ['0[bB][01]+(_[01]+)*', 'Literal.Number.Bin'],
      ['0[oO][0-7]+(_[0-7]+)*', 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+(_[a-fA-F0-9]+)*', 'Literal.Number.Hex'],
      [String.raw`\d+(_\d+)*`, 'Literal.Number.Integer'],
      // Whitespace
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
