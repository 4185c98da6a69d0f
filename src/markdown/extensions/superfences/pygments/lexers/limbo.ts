/**
 * Pygments' LimboLexer (pygments/lexers/inferno.py, Pygments 2.20.0), rule for rule.
 * Limbo, Inferno's language: C-like with its own types and channel operators.
 *
 *     implement Hello;   ->   <k>implement</k><w> </w><n>Hello</n><p>;</p>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const limboLexer: LexerDefinition = {
  name: 'Limbo',
  aliases: ['limbo'],
  tokens: {
    whitespace: [
      [String.raw`^(\s*)([a-zA-Z_]\w*:)(\s*\n)`, bygroups('Text.Whitespace', 'Name.Label', 'Text.Whitespace')],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    statements: [
      ['"', 'Literal.String', 'string'],
      [String.raw`'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])`, 'Literal.Number.Float'],
      ['16r[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['8r[0-7]+', 'Literal.Number.Oct'],
      [String.raw`((([1-3]\d)|([2-9]))r)?(\d+)`, 'Literal.Number.Integer'],
      [String.raw`[()\[\],.]`, 'Punctuation'],
      ['[~!%^&*+=|?:<>/-]|(->)|(<-)|(=>)|(::)', 'Operator'],
      [String.raw`(alt|break|case|continue|cyclic|do|else|exitfor|hd|if|implement|import|include|len|load|orpick|return|spawn|tagof|tl|to|while)\b`, 'Keyword'],
      [String.raw`(byte|int|big|real|string|array|chan|list|adt|fn|ref|of|module|self|type)\b`, 'Keyword.Type'],
      [String.raw`(con|iota|nil)\b`, 'Keyword.Constant'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    statement: [
      include('whitespace'),
      include('statements'),
      ['[{}]', 'Punctuation'],
      [';', 'Punctuation', '#pop'],
    ],
    root: [
      include('whitespace'),
      defaultState('statement'),
    ],
  },
};
