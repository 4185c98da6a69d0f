/**
 * Pygments' TOMLLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: keys are
 * names, values after `=` are typed (dates, numbers, strings, arrays, inline tables).
 *
 *     [tool.poetry]      ->   <k>[tool.poetry]</k>
 *     version = "1.0"         <n>version</n><w> </w><o>=</o><w> </w><s2>"1.0"</s2>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
// Adapted by Pygments from CPython's tomllib.
const TIME = String.raw`\d\d:\d\d(:\d\d(\.\d+)?)?`;
const DATETIME = String.raw`(?x)
                  \d\d\d\d-\d\d-\d\d # date, e.g., 1988-10-27
                (
                  [Tt ] ${TIME} # optional time
                  (
                    [Zz]|[+-]\d\d:\d\d # optional time offset
                  )?
                )?
              `;

export const tomlLexer: LexerDefinition = {
  name: 'TOML',
  aliases: ['toml'],
  tokens: {
    root: [
      [String.raw`\s+`, W],
      ['#.*', 'Comment.Single'],
      include('key'), // assignment keys
      [String.raw`(=)(\s*)`, bygroups('Operator', W), 'value'], // after "=", find a value
      [String.raw`\[\[?`, 'Keyword', 'table-key'], // table header
    ],
    key: [
      ['[A-Za-z0-9_-]+', 'Name'], // start of bare key (only ASCII is allowed here)
      ['"', 'Literal.String.Double', 'basic-string'],
      ["'", 'Literal.String.Single', 'literal-string'],
      [String.raw`\.`, 'Punctuation'], // dots act as separators in keys
    ],
    // like 'key', but the name components and dots are Keyword, as the whole header is
    'table-key': [
      ['[A-Za-z0-9_-]+', 'Keyword'],
      ['"', 'Literal.String.Double', 'basic-string'],
      ["'", 'Literal.String.Single', 'literal-string'],
      [String.raw`\.`, 'Keyword'],
      [String.raw`\]\]?`, 'Keyword', '#pop'],
      [String.raw`[ \t]+`, W], // inline whitespace allowed
    ],
    value: [
      [DATETIME, 'Literal.Date', '#pop'], // datetime, baretime
      [TIME, 'Literal.Date', '#pop'],
      // a float if there is a fractional part and/or an exponent
      [String.raw`[+-]?\d[0-9_]*[eE][+-]?\d[0-9_]*`, 'Literal.Number.Float', '#pop'],
      [String.raw`[+-]?\d[0-9_]*\.\d[0-9_]*([eE][+-]?\d[0-9_]*)?`, 'Literal.Number.Float', '#pop'],
      ['[+-]?(inf|nan)', 'Literal.Number.Float', '#pop'], // infinities and NaN
      ['-?0b[01_]+', 'Literal.Number.Bin', '#pop'],
      ['-?0o[0-7_]+', 'Literal.Number.Oct', '#pop'],
      ['-?0x[0-9a-fA-F_]+', 'Literal.Number.Hex', '#pop'],
      ['[+-]?[0-9_]+', 'Literal.Number.Integer', '#pop'],
      ['"""', 'Literal.String.Double', ['#pop', 'multiline-basic-string']],
      ['"', 'Literal.String.Double', ['#pop', 'basic-string']],
      ["'''", 'Literal.String.Single', ['#pop', 'multiline-literal-string']],
      ["'", 'Literal.String.Single', ['#pop', 'literal-string']],
      ['true|false', 'Keyword.Constant', '#pop'],
      [String.raw`\[`, 'Punctuation', ['#pop', 'array']],
      [String.raw`\{`, 'Punctuation', ['#pop', 'inline-table']],
    ],
    array: [
      // whitespace, including newlines, is ignored inside arrays, and comments are allowed
      [String.raw`\s+`, W],
      ['#.*', 'Comment.Single'],
      [',', 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      defaultState('value'), // parse a value and come back
    ],
    'inline-table': [
      [String.raw`\s+`, W], // since TOML 1.1.0, as in arrays
      ['#.*', 'Comment.Single'],
      include('key'),
      [String.raw`(=)(\s*)`, bygroups('Punctuation', W), 'value'],
      [',', 'Punctuation'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    'basic-string': [
      ['"', 'Literal.String.Double', '#pop'],
      include('escapes'),
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ],
    'literal-string': [[".*?'", 'Literal.String.Single', '#pop']],
    'multiline-basic-string': [
      ['"""', 'Literal.String.Double', '#pop'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', W)],
      include('escapes'),
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double'],
    ],
    'multiline-literal-string': [
      ["'''", 'Literal.String.Single', '#pop'],
      ["[^']+", 'Literal.String.Single'],
      ["'", 'Literal.String.Single'],
    ],
    escapes: [
      [String.raw`\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}`, 'Literal.String.Escape'],
      [String.raw`\\.`, 'Literal.String.Escape'],
    ],
  },
};
