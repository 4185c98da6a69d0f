/**
 * Pygments' Json5Lexer (pygments/lexers/json5.py, Pygments 2.20.0), rule for rule: JSON with
 * comments, single quotes, unquoted keys, hex numbers and Infinity/NaN.
 *
 *     {key: 'a', n: 0x1F}   ->   <p>{</p><nv>key</nv><p>:</p> <s>'a'</s><p>,</p> <nv>n</nv><p>:</p> <mh>0x1F</mh><p>}</p>
 */
import { include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** The inside of a string quoted by `quote`: escapes, a lone backslash, the closing quote. */
function stringRules(quote: string): Rule[] {
  return [
    [String.raw`[^${quote}\\]+`, 'Literal.String'],
    [String.raw`\\.`, 'Literal.String.Escape'],
    [String.raw`\\`, 'Punctuation'],
    [quote, 'Literal.String', '#pop'],
  ];
}

/** A quoted key, after its opening quote: the rest of it, then the value. */
function quotedFieldName(quote: string): Rule[] {
  return [[String.raw`([^${quote}\\]|\\.)*${quote}`, 'Name.Variable', ['#pop', 'object_value']]];
}

export const json5Lexer: LexerDefinition = {
  name: 'JSON5',
  aliases: ['json5'],
  tokens: {
    _comments: [
      [String.raw`(//|#).*\n`, 'Comment.Single'],
      [String.raw`/\*\*([^/]|/(?!\*))*\*/`, 'Literal.String.Doc'],
      [String.raw`/\*([^/]|/(?!\*))*\*/`, 'Comment'],
    ],
    root: [
      include('_comments'),
      ["'", 'Literal.String', 'singlestring'],
      ['"', 'Literal.String', 'doublestring'],
      ['[+-]?0[xX][0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[+-.]?[0-9]+[.]?[0-9]?([eE][-]?[0-9]+)?', 'Literal.Number.Float'],
      [String.raw`\{`, 'Punctuation', 'object'],
      [String.raw`\[`, 'Punctuation', 'array'],
      [words(['false', 'Infinity', '+Infinity', '-Infinity', 'NaN', 'null', 'true'], '', String.raw`\b`), 'Keyword'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [':', 'Punctuation'],
    ],
    singlestring: stringRules("'"),
    doublestring: stringRules('"'),
    array: [
      [',', 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      include('root'),
    ],
    object: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\b([^:]+)`, 'Name.Variable', 'object_value'],
      ['"', 'Name.Variable', 'double_field_name'],
      ["'", 'Name.Variable', 'single_field_name'],
      include('_comments'),
    ],
    double_field_name: quotedFieldName('"'),
    single_field_name: quotedFieldName("'"),
    object_value: [
      [',', 'Punctuation', '#pop'],
      [String.raw`\}`, 'Punctuation', '#pop:2'],
      include('root'),
    ],
  },
};
